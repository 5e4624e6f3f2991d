import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestChangesProducerApplicationWorkflow } from "../../../../../workflows/producer-application/workflows/request-changes-producer-application"
import { retrieveApplication } from "../../helpers"
import type { AdminRequestChangesProducerApplicationType } from "../../validators"

/** Sends her application back with what to change. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRequestChangesProducerApplicationType>,
  res: MedusaResponse
) => {
  await requestChangesProducerApplicationWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      actor_type: "staff",
      actor_id: req.auth_context.actor_id,
      message: req.validatedBody.message,
      now: new Date(),
    },
  })
  res.json({ application: await retrieveApplication(req.scope, req.params.id) })
}
