import { z } from "@medusajs/framework/zod"
import { plainText, requestBody, storableDate } from "../../utils/validators"
import { IBAN_PROBLEM_MESSAGES, ibanProblem, normalizeIban } from "../../../utils/iban"

const localizedText = (max: number) =>
  z
    .object({
      tr: plainText(0, max).optional(),
      fa: plainText(0, max).optional(),
      en: plainText(0, max).optional(),
    })
    .strict()

/** Her IBAN as she types it (spaces, lower case), kept without spaces in upper case. */
const iban = z
  .string()
  .max(64)
  .transform(normalizeIban)
  .superRefine((value, ctx) => {
    const problem = ibanProblem(value)
    if (problem) {
      ctx.addIssue({ code: "custom", message: IBAN_PROBLEM_MESSAGES[problem] })
    }
  })

/**
 * What she may change of her own shop. Her handle, status and anything the cooperative decides
 * are not here, and `.strict()` refuses them with a 400 rather than ignoring them.
 */
export const ProducerUpdateMe = requestBody(
  z
    .object({
      full_name: plainText(2, 120).optional(),
      craft: localizedText(80).nullable().optional(),
      story: localizedText(2000).nullable().optional(),
      city: plainText(2, 80).nullable().optional(),
      district: plainText(2, 80).nullable().optional(),
      /** Removing her photo is always allowed; a new one comes from the upload route. */
      avatar_url: z.null().optional(),
      show_full_name: z.boolean().optional(),
      show_district: z.boolean().optional(),
      processing_days: z.number().int().min(0).max(365).nullable().optional(),
      accepts_returns: z.boolean().optional(),
      vacation_from: storableDate().nullable().optional(),
      vacation_until: storableDate().nullable().optional(),
      /** Where her earnings are paid; the holder's name as the bank has it (70 is SEPA's limit). */
      iban: iban.nullable().optional(),
      iban_holder: plainText(2, 70).nullable().optional(),
    })
    .strict()
    .refine(
      ({ vacation_from, vacation_until }) =>
        !vacation_from || !vacation_until || vacation_from <= vacation_until,
      { message: "The vacation must end on or after the day it starts.", path: ["vacation_until"] }
    )
)
export type ProducerUpdateMeType = z.infer<typeof ProducerUpdateMe>

/** Her own shop is read whole: no query parameter changes it. */
export const ProducerGetMeParams = z.object({}).strict()
