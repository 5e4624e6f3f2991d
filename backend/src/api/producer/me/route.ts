import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** The logged-in producer's own shop. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [producer],
  } = await query.graph({
    entity: "producer",
    fields: [
      "id",
      "handle",
      "name",
      "craft",
      "story",
      "city",
      "status",
      "avatar_url",
      "created_at",
    ],
    filters: { id: req.auth_context.actor_id },
  })
  if (!producer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Your shop could not be found.")
  }
  res.json({ producer })
}
