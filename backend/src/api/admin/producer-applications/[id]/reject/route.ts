import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectProducerApplicationWorkflow } from "../../../../../workflows/producer-application/workflows/reject-producer-application"
import { retrieveApplication } from "../../helpers"
import type { AdminRejectProducerApplicationType } from "../../validators"

/** Declines her application; the reason is sent to her. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRejectProducerApplicationType>,
  res: MedusaResponse
) => {
  await rejectProducerApplicationWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      actor_type: "staff",
      actor_id: req.auth_context.actor_id,
      message: req.validatedBody.reason,
      now: new Date(),
    },
  })
  res.json({ application: await retrieveApplication(req.scope, req.params.id) })
}
