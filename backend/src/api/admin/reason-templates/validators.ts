import { z } from "@medusajs/framework/zod"
import { readableText, requestBody } from "../../utils/validators"
import { REASON_TEMPLATE_KINDS } from "../../../modules/cooperative/models/reason-template"

const message = readableText().trim().min(3).max(2000)

/** At least one language: the applicant gets hers, or the first one written. */
const localizedMessage = z
  .object({ tr: message.optional(), fa: message.optional(), en: message.optional() })
  .strict()
  .refine((value) => Object.values(value).some(Boolean), {
    message: "Write the message in at least one language.",
  })

export const AdminGetReasonTemplatesParams = z
  .object({ kind: z.enum(REASON_TEMPLATE_KINDS).optional() })
  .strict()
export type AdminGetReasonTemplatesParamsType = z.infer<typeof AdminGetReasonTemplatesParams>

export const AdminGetReasonTemplateParams = z.object({}).strict()

const reasonTemplate = z
  .object({
    kind: z.enum(REASON_TEMPLATE_KINDS),
    label: readableText().trim().min(2).max(80),
    message: localizedMessage,
  })
  .strict()

export const AdminCreateReasonTemplate = requestBody(reasonTemplate)
export type AdminCreateReasonTemplateType = z.infer<typeof AdminCreateReasonTemplate>

export const AdminUpdateReasonTemplate = requestBody(reasonTemplate.partial().strict())
export type AdminUpdateReasonTemplateType = z.infer<typeof AdminUpdateReasonTemplate>
