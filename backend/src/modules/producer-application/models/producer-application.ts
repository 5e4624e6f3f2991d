import { model } from "@medusajs/framework/utils"
import { ApplicationEvent } from "./application-event"

export const APPLICATION_STATUSES = [
  "submitted",
  "in_review",
  "changes_requested",
  "approved",
  "rejected",
] as const

export const APPLICANT_LOCALES = ["tr", "fa", "en"] as const

/** A woman's request to sell on the marketplace, as she wrote it, and where staff are with it. */
export const ProducerApplication = model
  .define("producer_application", {
    id: model.id({ prefix: "papp" }).primaryKey(),
    /** What the applicant quotes, with her email, to check her status. */
    reference: model.text().unique(),
    full_name: model.text().searchable(),
    email: model.text().searchable(),
    phone: model.text(),
    city: model.text(),
    district: model.text().nullable(),
    craft: model.text(),
    story: model.text(),
    /** The course or cooperative she comes from, e.g. a KEÇMEK certificate number. */
    course: model.text().nullable(),
    /** Photos of her products she uploaded with the application, at most five. */
    photo_urls: model.array().nullable(),
    locale: model.enum([...APPLICANT_LOCALES]).default("tr"),
    consented_at: model.dateTime(),
    status: model.enum([...APPLICATION_STATUSES]).default("submitted"),
    /** The staff member reviewing it (a Medusa user id). */
    assigned_to: model.text().nullable(),
    /** The last message staff sent her (changes asked, or why it was rejected). */
    staff_message: model.text().nullable(),
    /** When it last entered the inbox, so the oldest waiting comes first. */
    submitted_at: model.dateTime(),
    events: model.hasMany(() => ApplicationEvent, { mappedBy: "application" }),
  })
  .indexes([{ on: ["status", "submitted_at"] }, { on: ["email"] }, { on: ["phone"] }])
  .cascades({ delete: ["events"] })
