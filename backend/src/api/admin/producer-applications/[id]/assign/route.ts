import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { assignProducerApplicationWorkflow } from "../../../../../workflows/producer-application/workflows/assign-producer-application"
import { retrieveApplication } from "../../helpers"
import type { AdminAssignProducerApplicationType } from "../../validators"

/** Gives the application to a staff member to review (herself, when no one is named). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminAssignProducerApplicationType>,
  res: MedusaResponse
) => {
  const userId = req.validatedBody.user_id ?? req.auth_context.actor_id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: users } = await query.graph({
    entity: "user",
    fields: ["id"],
    filters: { id: userId },
  })
  if (!users.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `No staff member with the id ${userId}.`)
  }

  await assignProducerApplicationWorkflow(req.scope).run({
    input: {
      id: req.params.id,
      actor_type: "staff",
      actor_id: req.auth_context.actor_id,
      assigned_to: userId,
      now: new Date(),
    },
  })
  res.json({ application: await retrieveApplication(req.scope, req.params.id) })
}
