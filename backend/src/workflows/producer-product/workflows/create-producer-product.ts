import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  batchTranslationsWorkflow,
  createInventoryLevelsStep,
  createProductsWorkflow,
  createRemoteLinkStep,
  emitEventStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { producerPhotoFolder } from "../../photos/photo-folders"
import { resolveUploadedPhotosStep } from "../../photos/steps/resolve-uploaded-photos"
import type { ProductTranslations } from "../../../utils/content-locale"
import { planProductTranslations } from "../steps/plan-product-translations"
import { resolveListingStatusStep } from "../steps/resolve-listing-status"
import { resolveShopDefaultsStep } from "../steps/resolve-shop-defaults"

export interface CreateProducerProductInput {
  producer_id: string
  handle: string
  title: string
  description?: string | null
  /** Amounts in each currency's main unit, as Medusa keeps them: `{ try: 450, eur: 14 }`. */
  prices: { try: number; eur?: number }
  stock: number
  /** Days she needs to make it after the order; made-to-order pieces sell with no stock. */
  made_to_order_days?: number | null
  materials?: string[]
  category_id?: string | null
  /** Ids from `POST /producer/photos`, in the order she wants them; the first is the cover. */
  photo_ids?: string[]
  /** Sizes, colours…: one variant per combination, each with her price and stock. */
  options?: ProductOptionInput[]
  /** Her title and description in the other languages she writes. */
  translations?: ProductTranslations
}

export interface ProductOptionInput {
  title: string
  values: string[]
}

/** A simple product still has one option and one variant, as Medusa requires. */
const SINGLE_OPTION: ProductOptionInput = { title: "Model", values: ["Standart"] }

/**
 * Her options and one variant for every combination of their values ("S / Kırmızı"), each
 * priced and sold the same way until she changes one.
 */
export function optionsAndVariants(
  input: Pick<CreateProducerProductInput, "options" | "prices" | "made_to_order_days">
) {
  const options = input.options?.length ? input.options : [SINGLE_OPTION]
  const combinations = options.reduce<Record<string, string>[]>(
    (partial, option) =>
      partial.flatMap((chosen) =>
        option.values.map((value) => ({ ...chosen, [option.title]: value }))
      ),
    [{}]
  )
  const prices = Object.entries(input.prices).flatMap(([currency_code, amount]) =>
    amount === undefined ? [] : [{ currency_code, amount }]
  )
  return {
    options,
    variants: combinations.map((chosen) => ({
      title: Object.values(chosen).join(" / "),
      options: chosen,
      manage_inventory: true,
      allow_backorder: Boolean(input.made_to_order_days),
      prices,
    })),
  }
}

export const createProducerProductWorkflowId = "create-producer-product"

/**
 * A producer lists a product (on sale at once, or waiting for staff under moderation): Medusa's
 * product with a variant per size or colour and their prices, linked to her shop, with her stock
 * of each at the cooperative's warehouse. Any failure undoes every part.
 */
export const createProducerProductWorkflow = createWorkflow(
  createProducerProductWorkflowId,
  (input: CreateProducerProductInput) => {
    const defaults = resolveShopDefaultsStep()
    const photoUrls = resolveUploadedPhotosStep(
      transform({ input }, ({ input }) => ({
        ids: input.photo_ids,
        folder: producerPhotoFolder(input.producer_id),
      }))
    )
    const status = resolveListingStatusStep()
    const products = createProductsWorkflow.runAsStep({
      input: transform(
        { input, defaults, photoUrls, status },
        ({ input, defaults, photoUrls, status }) => ({
          products: [
            {
              title: input.title,
              handle: input.handle,
              description: input.description ?? null,
              status,
              thumbnail: photoUrls?.[0] ?? null,
              images: (photoUrls ?? []).map((url) => ({ url })),
              shipping_profile_id: defaults.shipping_profile_id,
              sales_channels: [{ id: defaults.sales_channel_id }],
              category_ids: input.category_id ? [input.category_id] : [],
              material: input.materials?.join(", ") || null,
              metadata: {
                materials: input.materials ?? [],
                made_to_order_days: input.made_to_order_days ?? null,
              },
              ...optionsAndVariants(input),
            },
          ],
        })
      ),
    })
    createRemoteLinkStep(
      transform({ input, products }, ({ input, products: [product] }) => [
        {
          [PRODUCER_MODULE]: { producer_id: input.producer_id },
          [Modules.PRODUCT]: { product_id: product.id },
        },
      ])
    )
    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["id", "inventory_items.inventory_item_id"],
      filters: transform({ products }, ({ products: [product] }) => ({ product_id: product.id })),
    }).config({ name: "variant-inventory-items" })
    createInventoryLevelsStep(
      transform({ input, defaults, variants }, ({ input, defaults, variants }) =>
        (variants as { inventory_items?: { inventory_item_id: string }[] }[]).flatMap((variant) =>
          (variant.inventory_items ?? []).map((item) => ({
            location_id: defaults.stock_location_id,
            inventory_item_id: item.inventory_item_id,
            stocked_quantity: input.stock,
          }))
        )
      )
    )
    const translationPlan = transform({ input, products }, ({ input, products: [product] }) =>
      planProductTranslations(product.id, input.translations ?? {}, [])
    )
    when({ translationPlan }, ({ translationPlan }) => translationPlan.create.length > 0).then(
      () => {
        batchTranslationsWorkflow.runAsStep({ input: translationPlan })
      }
    )
    emitEventStep({
      eventName: "producer.product_created",
      data: transform({ input, products }, ({ input, products: [product] }) => ({
        id: product.id,
        producer_id: input.producer_id,
      })),
    })
    return new WorkflowResponse(transform({ products }, ({ products: [product] }) => product))
  }
)
