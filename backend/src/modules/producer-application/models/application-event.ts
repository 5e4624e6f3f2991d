import { model } from "@medusajs/framework/utils"
import { ProducerApplication } from "./producer-application"

/** One step in an application's history: who moved it, from what to what, when and why. */
export const ApplicationEvent = model.define("producer_application_event", {
  id: model.id({ prefix: "pappev" }).primaryKey(),
  action: model.enum(["submit", "assign", "request_changes", "resubmit", "approve", "reject"]),
  from_status: model.text().nullable(),
  to_status: model.text(),
  actor_type: model.enum(["applicant", "staff"]),
  actor_id: model.text().nullable(),
  message: model.text().nullable(),
  application: model.belongsTo(() => ProducerApplication, { mappedBy: "events" }),
})
