import { model } from "@medusajs/framework/utils"
import type { ReasonTemplateKind } from "@imece/types"

export const REASON_TEMPLATE_KINDS = [
  "reject",
  "request_changes",
] as const satisfies readonly ReasonTemplateKind[]

/** A reason for rejecting or asking for changes, in the languages applicants write in. */
export const ReasonTemplate = model
  .define("reason_template", {
    id: model.id({ prefix: "rsntpl" }).primaryKey(),
    kind: model.enum([...REASON_TEMPLATE_KINDS]),
    label: model.text(),
    /** `{ tr, fa, en }`: the applicant receives the one in the language she applied in. */
    message: model.json(),
  })
  .indexes([{ on: ["kind"] }])
