import Medusa from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import type {
  AdminProducerListParams,
  AdminProducerListResponse,
  StoreProducer,
  StoreProducerListParams,
  StoreProducerListResponse,
  StoreProducerResponse,
} from "@imece/types"

/** A store product together with the producer who made it (`fields=*producer`). */
export type StoreProductWithProducer = HttpTypes.StoreProduct & {
  producer?: StoreProducer | null
}

export interface StoreProductListParams extends HttpTypes.StoreProductListParams {
  /** Only this producer's products. */
  producer_id?: string
}

export interface ImeceClientOptions {
  baseUrl: string
  /** Required for every `/store/*` call. */
  publishableKey?: string
  /** Where the staff or shopper JWT is kept in localStorage; each app uses its own key. */
  jwtTokenStorageKey?: string
}

/**
 * Fields asked of `/store/products` so each product comes with its maker and the price in the
 * region's currency.
 */
export const STORE_PRODUCT_FIELDS =
  "*variants.calculated_price,+variants.inventory_quantity,*images,*producer"

/**
 * The typed client both front ends use: Medusa's js-sdk for Medusa's own routes and
 * `client.fetch` for the marketplace's routes.
 */
export function createImeceClient(options: ImeceClientOptions) {
  const sdk = new Medusa({
    baseUrl: options.baseUrl,
    publishableKey: options.publishableKey,
    auth: {
      type: "jwt",
      jwtTokenStorageKey: options.jwtTokenStorageKey,
    },
  })

  return {
    sdk,
    store: {
      producers: {
        list: (query: StoreProducerListParams = {}) =>
          sdk.client.fetch<StoreProducerListResponse>("/store/producers", { query }),
        retrieve: (handle: string) =>
          sdk.client.fetch<StoreProducerResponse>(
            `/store/producers/${encodeURIComponent(handle)}`
          ),
      },
      products: {
        list: ({ fields = STORE_PRODUCT_FIELDS, ...query }: StoreProductListParams = {}) =>
          sdk.client.fetch<{
            products: StoreProductWithProducer[]
            count: number
            offset: number
            limit: number
          }>("/store/products", { query: { ...query, fields } }),
        retrieve: (
          id: string,
          { fields = STORE_PRODUCT_FIELDS, ...query }: HttpTypes.StoreProductParams = {}
        ) =>
          sdk.client.fetch<{ product: StoreProductWithProducer }>(
            `/store/products/${encodeURIComponent(id)}`,
            { query: { ...query, fields } }
          ),
      },
      regions: {
        list: () => sdk.store.region.list(),
      },
    },
    admin: {
      auth: {
        login: (email: string, password: string) =>
          sdk.auth.login("user", "emailpass", { email, password }),
        logout: () => sdk.auth.logout(),
        me: () => sdk.admin.user.me(),
      },
      producers: {
        list: (query: AdminProducerListParams = {}) =>
          sdk.client.fetch<AdminProducerListResponse>("/admin/producers", { query }),
      },
    },
  }
}

export type ImeceClient = ReturnType<typeof createImeceClient>
export { queryKeysFactory } from "./query-keys"
export { isClientError, isNotFound, isUnauthorized } from "./fetch-error"
export { resolveRuntimeConfig, type RuntimeConfig } from "./runtime-config"
