import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCommissionRuleResponse } from "@imece/types"
import { deleteCommissionRuleWorkflow } from "../../../../workflows/commission/workflows/delete-commission-rule"
import { retrieveAdminCommissionRule } from "../helpers"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminCommissionRuleResponse>
) => {
  res.json({
    commission_rule: await retrieveAdminCommissionRule(req.scope, req.params.id, new Date()),
  })
}

/** Only a rule that has not started yet; one in force is replaced by a rule from a later day. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const now = new Date()
  await retrieveAdminCommissionRule(req.scope, req.params.id, now)
  await deleteCommissionRuleWorkflow(req.scope).run({ input: { id: req.params.id, now } })
  res.json({ id: req.params.id, object: "commission_rule", deleted: true })
}
