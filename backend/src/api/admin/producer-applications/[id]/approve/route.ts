import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveProducerApplicationWorkflow } from "../../../../../workflows/producer-application/workflows/approve-producer-application"
import { toAdminProducers } from "../../../producers/helpers"
import { retrieveApplication } from "../../helpers"
import type { AdminApproveProducerApplicationType } from "../../validators"

/** Approves her application and opens her shop. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminApproveProducerApplicationType>,
  res: MedusaResponse
) => {
  const { result } = await approveProducerApplicationWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      actor_type: "staff",
      actor_id: req.auth_context.actor_id,
      message: req.validatedBody.message ?? null,
      now: new Date(),
    },
  })
  const [producer] = await toAdminProducers(req.scope, [result.producer])
  res.json({
    application: await retrieveApplication(req.scope, req.params.id),
    producer,
  })
}
