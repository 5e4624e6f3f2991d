import { z } from "@medusajs/framework/zod"
import { MAX_PHOTOS, uploadedPhotoId } from "../../utils/photo-upload"
import { plainText, requestBody } from "../../utils/validators"

const optionalText = (max: number) => plainText(0, max).optional().nullable()

export const ApplicationAnswers = z.object({
  full_name: plainText(2, 120),
  phone: z
    .string()
    .trim()
    .regex(
      /^\+?[0-9 ()-]{7,20}$/,
      "Give a phone number of 7 to 20 digits, e.g. +90 532 123 45 67."
    ),
  city: plainText(2, 80),
  district: optionalText(80),
  craft: plainText(2, 80),
  story: plainText(20, 2000),
  course: optionalText(120),
})

/** Ids from `POST /store/producer-applications/photos`, at most five. */
const photoIds = z.array(uploadedPhotoId).max(MAX_PHOTOS)

export const StoreCreateProducerApplication = requestBody(
  ApplicationAnswers.extend({
    email: z.string().trim().toLowerCase().email().max(254),
    locale: z.enum(["tr", "fa", "en"]).default("tr"),
    photo_ids: photoIds.optional(),
    consent: z.literal(true, { message: "The cooperative's terms must be accepted to apply." }),
  }).strict()
)
export type StoreCreateProducerApplicationType = z.infer<typeof StoreCreateProducerApplication>

const lookup = {
  email: z.string().trim().toLowerCase().email().max(254),
  reference: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^IMC-[0-9A-Z]{8}$/, "Give the reference code you received, e.g. IMC-7K2Q9XAB."),
}

export const StoreGetApplicationStatusParams = z.object(lookup).strict()
export type StoreGetApplicationStatusParamsType = z.infer<typeof StoreGetApplicationStatusParams>

/**
 * She answers again after staff asked for changes; what she leaves out stays as it was. New
 * photos replace the old ones.
 */
export const StoreResubmitProducerApplication = requestBody(
  ApplicationAnswers.partial()
    .extend({ ...lookup, photo_ids: photoIds.min(1).optional() })
    .strict()
)
export type StoreResubmitProducerApplicationType = z.infer<typeof StoreResubmitProducerApplication>
