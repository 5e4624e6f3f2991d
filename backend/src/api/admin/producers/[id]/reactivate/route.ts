import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toAdminProducers } from "../../helpers"
import { reactivateProducerWorkflow } from "../../../../../workflows/producer/workflows/reactivate-producer"

/** Reopens her shop. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result: producer } = await reactivateProducerWorkflow(req.scope).run({
    input: { id: req.params.id },
  })
  const [shown] = await toAdminProducers(req.scope, [producer])
  res.json({ producer: shown })
}
