import { ProductStatus } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  batchTranslationsWorkflow,
  emitEventStep,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { producerPhotoFolder } from "../../photos/photo-folders"
import { resolveUploadedPhotosStep } from "../../photos/steps/resolve-uploaded-photos"
import type { ProductTranslations } from "../../../utils/content-locale"
import { planProductTranslations } from "../steps/plan-product-translations"
import { resolveListingStatusStep } from "../steps/resolve-listing-status"
import { resolveShopDefaultsStep } from "../steps/resolve-shop-defaults"
import { setVariantStockStep } from "../steps/set-variant-stock"
import { validateProductVariantsStep } from "../steps/validate-product-variants"

export interface ProducerVariantChanges {
  id: string
  /** Amounts in the currency's main unit; a currency left out keeps its price. */
  prices?: { try?: number; eur?: number }
  stock?: number
}

export interface UpdateProducerProductInput {
  id: string
  /** Whose product it is: the photos she adds must be hers. */
  producer_id: string
  title?: string
  description?: string | null
  made_to_order_days?: number | null
  materials?: string[]
  category_id?: string | null
  variants?: ProducerVariantChanges[]
  /**
   * Her photos in the order she wants them, the first the cover: ids of the product's images she
   * keeps and ids from `POST /producer/photos` she adds. An image left out is removed.
   */
  photo_ids?: string[]
  /** Replaces her translations: a language left out, or left empty, is removed. */
  translations?: ProductTranslations
}

type Price = { id: string; currency_code: string; amount: number }

/**
 * The product as selected below. Loose on purpose: it accepts both the untyped result and the
 * types `medusa build` generates, which know nothing of fields that come through links (variant
 * prices, inventory items) and allow nulls everywhere.
 */
type SelectedProduct = {
  status: string
  metadata?: Record<string, unknown> | null
  images?: ({ id: string; url: string } | null)[] | null
  variants?:
    | ({
        id: string
        prices?: (Price | null)[] | null
        inventory_items?: ({ inventory_item_id: string } | null)[] | null
      } | null)[]
    | null
}

/** The same product with its lists made plain, for the steps below. */
function currentProduct(product: SelectedProduct) {
  return {
    status: product.status,
    metadata: product.metadata ?? null,
    images: (product.images ?? []).flatMap((image) => (image ? [image] : [])),
    variants: (product.variants ?? []).flatMap((variant) =>
      variant
        ? [
            {
              id: variant.id,
              prices: (variant.prices ?? []).flatMap((price) => (price ? [price] : [])),
              inventory_items: (variant.inventory_items ?? []).flatMap((item) =>
                item ? [item] : []
              ),
            },
          ]
        : []
    ),
  }
}

/**
 * Her photos as Medusa takes them, in her order: the images she keeps by id (so they are not
 * uploaded again) and the new ones by address.
 */
export function orderedImages(
  photoIds: string[],
  current: { id: string; url: string }[],
  uploaded: Map<string, string>
) {
  return photoIds.flatMap((id) => {
    const kept = current.find((image) => image.id === id)
    if (kept) {
      return [{ id: kept.id, url: kept.url }]
    }
    const url = uploaded.get(id)
    return url ? [{ url }] : []
  })
}

/**
 * Medusa replaces a variant's whole price list, so the currencies she did not touch are sent
 * again as they were (with their ids, so they are updated rather than recreated).
 */
export function mergePrices(existing: Price[], changes: Partial<Record<string, number>>) {
  const currencies = new Set([
    ...existing.map((price) => price.currency_code),
    ...Object.keys(changes).filter((currency) => changes[currency] !== undefined),
  ])
  return [...currencies].map((currency_code) => {
    const price = existing.find((p) => p.currency_code === currency_code)
    return {
      ...(price ? { id: price.id } : {}),
      currency_code,
      amount: Number(changes[currency_code] ?? price?.amount),
    }
  })
}

export const updateProducerProductWorkflowId = "update-producer-product"

/**
 * She edits one of her products: its words, materials, made-to-order days, and per variant its
 * prices and stock. Medusa's own product and variant workflows do the writing, so a failure in
 * any part undoes the others.
 */
export const updateProducerProductWorkflow = createWorkflow(
  updateProducerProductWorkflowId,
  (input: UpdateProducerProductInput) => {
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: [
        "id",
        "status",
        "metadata",
        "images.id",
        "images.url",
        "variants.id",
        "variants.prices.id",
        "variants.prices.currency_code",
        "variants.prices.amount",
        "variants.inventory_items.inventory_item_id",
      ],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    const current = transform({ products }, ({ products: [product] }) => currentProduct(product))
    validateProductVariantsStep(
      transform({ input, current }, ({ input, current }) => ({
        variant_ids: (input.variants ?? []).map((variant) => variant.id),
        product_variant_ids: current.variants.map((variant) => variant.id),
      }))
    )

    // Only photos she adds are looked up; a made-up id is refused before anything is written.
    const uploadIds = transform({ input, current }, ({ input, current }) =>
      (input.photo_ids ?? []).filter((id) => !current.images.some((image) => image.id === id))
    )
    const uploadedUrls = resolveUploadedPhotosStep(
      transform({ input, uploadIds }, ({ input, uploadIds }) => ({
        ids: uploadIds,
        folder: producerPhotoFolder(input.producer_id),
      }))
    )

    const listingStatus = resolveListingStatusStep()
    updateProductsWorkflow.runAsStep({
      input: transform(
        { input, current, listingStatus, uploadIds, uploadedUrls },
        ({ input, current, listingStatus, uploadIds, uploadedUrls }) => {
          const images =
            input.photo_ids === undefined
              ? undefined
              : orderedImages(
                  input.photo_ids,
                  current.images,
                  new Map(uploadIds.map((id, index) => [id, uploadedUrls?.[index] ?? ""]))
                )
          return {
            selector: { id: input.id },
            update: {
              // Under moderation, new words or new photos go back to staff before shoppers see them;
              // an archived product stays archived. Reordering or removing photos does not.
              ...(listingStatus === ProductStatus.PROPOSED &&
              current.status !== ProductStatus.DRAFT &&
              (input.title !== undefined ||
                input.description !== undefined ||
                input.translations !== undefined ||
                uploadIds.length > 0)
                ? { status: ProductStatus.PROPOSED }
                : {}),
              ...(images ? { images, thumbnail: images[0]?.url ?? null } : {}),
              ...(input.title !== undefined ? { title: input.title } : {}),
              ...(input.description !== undefined ? { description: input.description } : {}),
              ...(input.category_id !== undefined
                ? { category_ids: input.category_id ? [input.category_id] : [] }
                : {}),
              ...(input.materials !== undefined
                ? { material: input.materials.join(", ") || null }
                : {}),
              metadata: {
                ...(current.metadata ?? {}),
                ...(input.materials !== undefined ? { materials: input.materials } : {}),
                ...(input.made_to_order_days !== undefined
                  ? { made_to_order_days: input.made_to_order_days }
                  : {}),
              },
            },
          }
        }
      ),
    })

    const variantUpdates = transform({ input, current }, ({ input, current }) =>
      current.variants.flatMap((variant) => {
        const changes = input.variants?.find((v) => v.id === variant.id)
        const madeToOrder = input.made_to_order_days
        if (!changes?.prices && madeToOrder === undefined) {
          return []
        }
        const prices = changes?.prices
          ? mergePrices(variant.prices ?? [], changes.prices)
          : undefined
        return [
          {
            id: variant.id,
            ...(prices ? { prices } : {}),
            ...(madeToOrder !== undefined ? { allow_backorder: Boolean(madeToOrder) } : {}),
          },
        ]
      })
    )
    when({ variantUpdates }, ({ variantUpdates }) => variantUpdates.length > 0).then(() => {
      updateProductVariantsWorkflow.runAsStep({
        input: transform({ variantUpdates }, ({ variantUpdates }) => ({
          product_variants: variantUpdates,
        })),
      })
    })

    const stockChanges = transform({ input }, ({ input }) =>
      (input.variants ?? []).filter((variant) => variant.stock !== undefined)
    )
    when({ stockChanges }, ({ stockChanges }) => stockChanges.length > 0).then(() => {
      const defaults = resolveShopDefaultsStep()
      setVariantStockStep(
        transform({ stockChanges, current, defaults }, ({ stockChanges, current, defaults }) =>
          stockChanges.flatMap((change) =>
            (current.variants.find((v) => v.id === change.id)?.inventory_items ?? []).map(
              (item) => ({
                inventory_item_id: item.inventory_item_id,
                location_id: defaults.stock_location_id,
                stocked_quantity: change.stock as number,
              })
            )
          )
        )
      )
    })

    when({ input }, ({ input }) => input.translations !== undefined).then(() => {
      const { data: existing } = useQueryGraphStep({
        entity: "translation",
        fields: ["id", "locale_code"],
        filters: transform({ input }, ({ input }) => ({
          reference: "product",
          reference_id: input.id,
        })),
      }).config({ name: "product-translations" })
      batchTranslationsWorkflow.runAsStep({
        input: transform({ input, existing }, ({ input, existing }) =>
          planProductTranslations(
            input.id,
            input.translations ?? {},
            existing as { id: string; locale_code: string }[]
          )
        ),
      })
    })

    emitEventStep({ eventName: "producer.product_updated", data: { id: input.id } })
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.id })))
  }
)
