import { model } from "@medusajs/framework/utils"

export const PRODUCER_STATUSES = ["pending", "active", "suspended"] as const

/** A woman who makes things by hand and sells them in her own shop on the marketplace. */
export const Producer = model
  .define("producer", {
    id: model.id({ prefix: "prdcr" }).primaryKey(),
    handle: model.text().unique().searchable(),
    name: model.text().searchable(),
    /** Her craft and her story, each as `{ tr, fa, en }`: she writes in the languages she has. */
    craft: model.json().nullable(),
    story: model.json().nullable(),
    city: model.text().nullable(),
    status: model.enum([...PRODUCER_STATUSES]).default("pending"),
    avatar_url: model.text().nullable(),
  })
  .indexes([{ on: ["status"] }])
