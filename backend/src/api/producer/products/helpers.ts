import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  contentLocaleOf,
  type ProductTranslations,
  type ProductWords,
} from "../../../utils/content-locale"
import { setProducerProductStatusWorkflow } from "../../../workflows/producer-product/workflows/set-producer-product-status"

/** What she sees of her products: enough to manage them from her phone. */
export const producerProductFields = [
  "id",
  "title",
  "handle",
  "description",
  "status",
  "thumbnail",
  "material",
  "metadata",
  "created_at",
  "updated_at",
  "images.id",
  "images.url",
  "images.rank",
  "categories.id",
  "categories.name",
  "variants.id",
  "variants.title",
  "variants.allow_backorder",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "variants.prices.amount",
  "variants.prices.currency_code",
]

/**
 * Another producer's product answers 404, exactly as one that does not exist, so a producer
 * cannot learn which ids belong to someone else.
 */
const noSuchProduct = (productId: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `You have no product with the id ${productId}.`)

/** Before a write: only whether the product is hers, without reading its stock, prices or words. */
export async function assertOwnProduct(
  scope: MedusaContainer,
  producerId: string,
  productId: string
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({
    entity: "product",
    fields: ["id", "producer.id"],
    filters: { id: productId },
  })
  if (!product || product.producer?.id !== producerId) {
    throw noSuchProduct(productId)
  }
}

/** One of her products, as she manages it. */
export async function retrieveOwnProduct(
  scope: MedusaContainer,
  producerId: string,
  productId: string
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [product],
  } = await query.graph({
    entity: "product",
    fields: [...producerProductFields, "producer.id"],
    filters: { id: productId },
  })
  if (!product || product.producer?.id !== producerId) {
    throw noSuchProduct(productId)
  }
  const { producer: _producer, ...own } = product
  const [hers] = await withTranslations(scope, [asHerProduct(own)])
  return hers
}

type LevelQuantities = { stocked_quantity: number; reserved_quantity: number }
type VariantWithInventory = {
  id: string
  inventory_items?: { inventory?: { location_levels?: LevelQuantities[] | null } | null }[] | null
}

type RankedImage = { id: string; url: string; rank?: number | null }
type StoredTranslation = {
  reference_id: string
  locale_code: string
  translations?: ProductWords | null
} | null

/**
 * Her products with their words in each language, as `{ fa: { title, description } }`, read
 * from Medusa's translations in one query for the whole page.
 */
export async function withTranslations<T extends { id: string }>(
  scope: MedusaContainer,
  products: T[]
): Promise<(T & { translations: ProductTranslations })[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = products.length
    ? await query.graph({
        entity: "translation",
        fields: ["reference_id", "locale_code", "translations"],
        filters: { reference: "product", reference_id: products.map((product) => product.id) },
      })
    : { data: [] }
  const stored = data as StoredTranslation[]
  return products.map((product) => ({
    ...product,
    translations: Object.fromEntries(
      stored.flatMap((translation) => {
        const locale =
          translation?.reference_id === product.id && contentLocaleOf(translation.locale_code)
        // A cleared field is stored as "": she sees it as not written.
        const words = Object.fromEntries(
          Object.entries(translation?.translations ?? {}).filter(([, text]) => Boolean(text))
        )
        return locale ? [[locale, words]] : []
      })
    ),
  }))
}

/**
 * Her product as she manages it: photos in the order she chose (cover first), and her stock per
 * variant in plain numbers — what she has (`stock`) and how much of it orders already hold
 * (`reserved`), summed over the warehouses, instead of Medusa's inventory tree.
 */
export function asHerProduct<T extends { variants?: unknown; images?: unknown }>(product: T) {
  const images = ((product.images ?? []) as (RankedImage | null)[])
    .flatMap((image) => (image ? [image] : []))
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    .map(({ id, url }) => ({ id, url }))
  const variants = ((product.variants ?? []) as (VariantWithInventory & object)[]).map(
    ({ inventory_items, ...variant }) => {
      const levels = (inventory_items ?? []).flatMap(
        (item) => item.inventory?.location_levels ?? []
      )
      return {
        ...variant,
        stock: levels.reduce((sum, level) => sum + Number(level.stocked_quantity), 0),
        reserved: levels.reduce((sum, level) => sum + Number(level.reserved_quantity), 0),
      }
    }
  )
  return { ...product, images, variants }
}

/** Archives one of her products or puts it back on sale, and answers it as it is now. */
export async function setOwnProductStatus(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  action: "archive" | "publish"
) {
  const producerId = req.auth_context.actor_id
  await assertOwnProduct(req.scope, producerId, req.params.id)
  await setProducerProductStatusWorkflow(req.scope).run({ input: { id: req.params.id, action } })
  res.json({ product: await retrieveOwnProduct(req.scope, producerId, req.params.id) })
}
