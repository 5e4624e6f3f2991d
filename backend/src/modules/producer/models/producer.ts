import { model } from "@medusajs/framework/utils"
import { ProducerPreviousHandle } from "./producer-previous-handle"

export const PRODUCER_STATUSES = ["pending", "active", "suspended"] as const

/** A woman who makes things by hand and sells them in her own shop on the marketplace. */
export const Producer = model
  .define("producer", {
    id: model.id({ prefix: "prdcr" }).primaryKey(),
    handle: model.text().unique().searchable(),
    /** The name shoppers see: her full name, or only her first name if she chooses. */
    name: model.text().searchable(),
    /** Her full name, for staff and herself; public only when `show_full_name`. */
    full_name: model.text().searchable().nullable(),
    /** Where the cooperative writes to her (new orders…): the address she applied with. Never public. */
    email: model.text().nullable(),
    /** Her craft and her story, each as `{ tr, fa, en }`: she writes in the languages she has. */
    craft: model.json().nullable(),
    story: model.json().nullable(),
    city: model.text().nullable(),
    district: model.text().nullable(),
    status: model.enum([...PRODUCER_STATUSES]).default("pending"),
    avatar_url: model.text().nullable(),
    /**
     * Some producers are in sensitive situations: they choose what shoppers may know. No photo
     * is simply no `avatar_url`.
     */
    show_full_name: model.boolean().default(true),
    show_district: model.boolean().default(false),
    /** Her shop's policies: usual days to prepare an order, and whether she takes returns. */
    processing_days: model.number().nullable(),
    accepts_returns: model.boolean().default(true),
    /** Closed for a holiday: her products stay visible but cannot be bought until she is back. */
    vacation_from: model.dateTime().nullable(),
    vacation_until: model.dateTime().nullable(),
    // Where her earnings are paid is kept apart: the producer ledger's `payout_account`.
    previous_handles: model.hasMany(() => ProducerPreviousHandle, { mappedBy: "producer" }),
  })
  .indexes([{ on: ["status"] }])
