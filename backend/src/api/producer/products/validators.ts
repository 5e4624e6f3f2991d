import { z } from "@medusajs/framework/zod"
import { MAX_PHOTOS, productPhotoId, uploadedPhotoId } from "../../utils/photo-upload"
import { createPagedFindParams, plainText, readableText, requestBody } from "../../utils/validators"

/** Prices in the currency's main unit (lira, euro), as Medusa stores them. */
const amount = z.number().positive().max(10_000_000)

export const ProducerGetProductsParams = createPagedFindParams({ limit: 20 }).strict()
export type ProducerGetProductsParamsType = z.infer<typeof ProducerGetProductsParams>

/** Two kinds of choice (say size and colour) of up to 10 values each, at most 50 variants. */
const MAX_OPTIONS = 2
const MAX_OPTION_VALUES = 10
const MAX_VARIANTS = 50

/** A kind of choice shoppers make, "Beden": ["S", "M", "L"]; each value once. */
const productOption = z
  .object({
    title: plainText(1, 40),
    values: z
      .array(plainText(1, 40))
      .min(1)
      .max(MAX_OPTION_VALUES)
      .refine(
        (values) => new Set(values.map((v) => v.toLocaleLowerCase("tr"))).size === values.length,
        "Each value of an option may appear once."
      ),
  })
  .strict()

/** Her title and description in one more language; the store shows them to its readers. */
const words = z
  .object({
    title: plainText(2, 120).optional(),
    description: plainText(0, 4000).nullable().optional(),
  })
  .strict()

/** In the languages she writes, beside the title and description she wrote first. */
const translations = z.object({ tr: words, fa: words, en: words }).partial().strict()

/**
 * A simple product in three answers: what it is, its price, and her stock or the days she needs
 * to make it. Her producer id comes from her session; a body naming one is refused.
 */
export const ProducerCreateProduct = requestBody(
  z
    .object({
      title: plainText(2, 120),
      description: plainText(0, 4000).nullable().optional(),
      prices: z.object({ try: amount, eur: amount.optional() }).strict(),
      stock: z.number().int().min(0).max(100_000).default(0),
      made_to_order_days: z.number().int().min(1).max(180).nullable().optional(),
      materials: z.array(plainText(1, 60)).max(10).optional(),
      category_id: readableText().min(1).max(100).nullable().optional(),
      /** Ids from `POST /producer/photos`; the first is the cover. */
      photo_ids: z.array(uploadedPhotoId).max(MAX_PHOTOS).optional(),
      translations: translations.optional(),
      options: z
        .array(productOption)
        .max(MAX_OPTIONS)
        .refine(
          (options) =>
            new Set(options.map((o) => o.title.toLocaleLowerCase("tr"))).size === options.length,
          "Each option needs its own name."
        )
        .refine(
          (options) => options.reduce((count, o) => count * o.values.length, 1) <= MAX_VARIANTS,
          `Options may make at most ${MAX_VARIANTS} combinations.`
        )
        .optional(),
    })
    .strict()
)
export type ProducerCreateProductType = z.infer<typeof ProducerCreateProduct>

/** Per variant: her prices (a currency left out keeps its price) and the stock she has now. */
const variantChanges = z
  .object({
    id: readableText().min(1).max(100),
    prices: z.object({ try: amount.optional(), eur: amount.optional() }).strict().optional(),
    stock: z.number().int().min(0).max(100_000).optional(),
  })
  .strict()

/** Only what she sends changes; her producer, the status and the handle are not hers to set here. */
export const ProducerUpdateProduct = requestBody(
  z
    .object({
      title: plainText(2, 120).optional(),
      description: plainText(0, 4000).nullable().optional(),
      made_to_order_days: z.number().int().min(1).max(180).nullable().optional(),
      materials: z.array(plainText(1, 60)).max(10).optional(),
      category_id: readableText().min(1).max(100).nullable().optional(),
      variants: z.array(variantChanges).max(MAX_VARIANTS).optional(),
      /** Replaces her translations: a language left out, or left empty, is removed. */
      translations: translations.optional(),
      /** Her photos in order: ids of images she keeps and ids from `POST /producer/photos`. */
      photo_ids: z
        .array(productPhotoId)
        .max(MAX_PHOTOS)
        .refine((ids) => new Set(ids).size === ids.length, "A photo is named twice.")
        .optional(),
    })
    .strict()
)
export type ProducerUpdateProductType = z.infer<typeof ProducerUpdateProduct>

export const ProducerProductAction = requestBody(z.object({}).strict())

export const ProducerGetProductParams = z.object({}).strict()
