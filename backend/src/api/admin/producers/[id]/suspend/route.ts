import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toAdminProducers } from "../../helpers"
import { suspendProducerWorkflow } from "../../../../../workflows/producer/workflows/suspend-producer"

/** Suspends her shop; her products disappear from the store. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result: producer } = await suspendProducerWorkflow(req.scope).run({
    input: { id: req.params.id },
  })
  const [shown] = await toAdminProducers(req.scope, [producer])
  res.json({ producer: shown })
}
