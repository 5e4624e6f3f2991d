import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** What an applicant may see of her own application. */
export const APPLICANT_FIELDS = [
  "id",
  "reference",
  "full_name",
  "status",
  "staff_message",
  "submitted_at",
  "locale",
]

/**
 * Her application, found only with both her email and her reference: one without the other
 * gets the same 404, so nobody can probe whose email applied.
 */
export async function findApplicationOfApplicant(
  scope: MedusaContainer,
  { email, reference }: { email: string; reference: string }
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [application],
  } = await query.graph({
    entity: "producer_application",
    fields: APPLICANT_FIELDS,
    filters: { email, reference },
  })
  if (!application) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "No application matches this email and reference code."
    )
  }
  return application as { id: string; reference: string; status: string }
}
