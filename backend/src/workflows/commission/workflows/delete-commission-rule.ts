import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { deleteCommissionRulesStep } from "../steps/delete-commission-rules"
import { validateCommissionRulesScheduledStep } from "../steps/validate-commission-rules-scheduled"

export interface DeleteCommissionRuleWorkflowInput {
  id: string
  /** The moment of the request: a rule started by then stays. */
  now: Date
}

export const deleteCommissionRuleWorkflowId = "delete-commission-rule"

/** An administrator withdraws a rule before it starts; one in force is replaced, never removed. */
export const deleteCommissionRuleWorkflow = createWorkflow(
  deleteCommissionRuleWorkflowId,
  (input: DeleteCommissionRuleWorkflowInput) => {
    const ids = transform({ input }, ({ input }) => [input.id])
    validateCommissionRulesScheduledStep(
      transform({ ids, input }, ({ ids, input }) => ({ ids, now: input.now }))
    )
    const deleted = deleteCommissionRulesStep(ids)
    emitEventStep({
      eventName: "commission_rule.deleted",
      data: transform({ input }, ({ input }) => ({ id: input.id })),
    })
    return new WorkflowResponse(deleted)
  }
)
