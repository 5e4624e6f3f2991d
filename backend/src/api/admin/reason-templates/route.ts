import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type {
  AdminReasonTemplate,
  AdminReasonTemplateListResponse,
  AdminReasonTemplateResponse,
} from "@imece/types"
import { createReasonTemplatesWorkflow } from "../../../workflows/cooperative/workflows/create-reason-templates"
import { reasonTemplateFields, retrieveReasonTemplate } from "./helpers"
import type { AdminCreateReasonTemplateType, AdminGetReasonTemplatesParamsType } from "./validators"

/** Every reviewer reads the templates, to pick one when she rejects or asks for changes. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetReasonTemplatesParamsType>,
  res: MedusaResponse<AdminReasonTemplateListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "reason_template",
    fields: reasonTemplateFields,
    filters: req.validatedQuery.kind ? { kind: req.validatedQuery.kind } : {},
    pagination: { order: { created_at: "ASC" } },
  })
  res.json({ reason_templates: data as AdminReasonTemplate[] })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateReasonTemplateType>,
  res: MedusaResponse<AdminReasonTemplateResponse>
) => {
  const {
    result: [created],
  } = await createReasonTemplatesWorkflow(req.scope).run({
    input: { reason_templates: [req.validatedBody] },
  })
  res.status(201).json({ reason_template: await retrieveReasonTemplate(req.scope, created.id) })
}
