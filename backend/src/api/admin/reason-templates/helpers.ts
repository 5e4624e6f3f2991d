import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminReasonTemplate } from "@imece/types"

export const reasonTemplateFields = ["id", "kind", "label", "message", "created_at", "updated_at"]

export async function retrieveReasonTemplate(
  scope: MedusaContainer,
  id: string
): Promise<AdminReasonTemplate> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [template],
  } = await query.graph({
    entity: "reason_template",
    fields: reasonTemplateFields,
    filters: { id },
  })
  if (!template) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No reason template with the id ${id}.`)
  }
  return template as AdminReasonTemplate
}
