import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminReasonTemplateResponse } from "@imece/types"
import { deleteReasonTemplatesWorkflow } from "../../../../workflows/cooperative/workflows/delete-reason-templates"
import { updateReasonTemplateWorkflow } from "../../../../workflows/cooperative/workflows/update-reason-template"
import { retrieveReasonTemplate } from "../helpers"
import type { AdminUpdateReasonTemplateType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminReasonTemplateResponse>
) => {
  res.json({ reason_template: await retrieveReasonTemplate(req.scope, req.params.id) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateReasonTemplateType>,
  res: MedusaResponse<AdminReasonTemplateResponse>
) => {
  await retrieveReasonTemplate(req.scope, req.params.id)
  await updateReasonTemplateWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody },
  })
  res.json({ reason_template: await retrieveReasonTemplate(req.scope, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retrieveReasonTemplate(req.scope, req.params.id)
  await deleteReasonTemplatesWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "reason_template", deleted: true })
}
