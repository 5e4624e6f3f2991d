import Medusa from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import type {
  AdminProducer,
  AdminProducerApplication,
  AdminProducerApplicationListResponse,
  AdminProducerListParams,
  AdminCooperativeSettings,
  AdminCooperativeSettingsResponse,
  AdminProducerListResponse,
  AdminProductReview,
  AdminProductReviewListResponse,
  AdminReasonTemplateBody,
  AdminReasonTemplateListResponse,
  AdminReasonTemplateResponse,
  AdminStaffMemberListResponse,
  AdminStaffMemberResponse,
  ApplicationStatus,
  ProducerApplicationAnswers,
  ProducerCreateProductBody,
  ProducerDashboardResponse,
  ProducerOrderListResponse,
  ProducerOrderResponse,
  ProducerOrderStatus,
  ProducerProductListResponse,
  ProducerProductResponse,
  ProducerShopResponse,
  ProducerUpdateProductBody,
  ProducerUpdateShopBody,
  ReasonTemplateKind,
  StaffRole,
  StoreCreateProducerApplicationBody,
  StoreProducerApplication,
  StoreProducer,
  StoreProducerListParams,
  StoreProducerListResponse,
  StoreProducerResponse,
} from "@imece/types"

import { uploadWithProgress } from "./upload"

/** A store product together with the producer who made it (`fields=*producer`). */
export type StoreProductWithProducer = HttpTypes.StoreProduct & {
  producer?: StoreProducer | null
}

export interface StoreProductListParams extends HttpTypes.StoreProductListParams {
  /** Only this producer's products. */
  producer_id?: string
  /** Titles and descriptions in this language where the producer wrote them ("fa-IR"). */
  locale?: string
}

export interface AdminProducerApplicationListParams {
  limit?: number
  offset?: number
  q?: string
  status?: ApplicationStatus
  city?: string
  craft?: string
  /** ISO dates. */
  submitted_from?: string
  submitted_to?: string
}

/** How an applicant finds her application: both are needed. */
export interface ApplicantLookup {
  email: string
  reference: string
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

  const applicationAction = <T>(id: string, action: string, body: object) =>
    sdk.client.fetch<T>(`/admin/producer-applications/${encodeURIComponent(id)}/${action}`, {
      method: "POST",
      body,
    })

  return {
    sdk,
    store: {
      /** The cooperative's categories, to file a product under and, later, to shop by. */
      categories: {
        list: () => sdk.store.category.list({ fields: "id,name,handle", limit: 100 }),
      },
      producers: {
        list: (query: StoreProducerListParams = {}) =>
          sdk.client.fetch<StoreProducerListResponse>("/store/producers", { query }),
        retrieve: (handle: string) =>
          sdk.client.fetch<StoreProducerResponse>(`/store/producers/${encodeURIComponent(handle)}`),
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
      producerApplications: {
        /** One photo, with upload progress (0–1) for slow connections. Answers its id and URL. */
        uploadPhoto: (file: Blob & { name: string }, onProgress?: (share: number) => void) =>
          uploadWithProgress<{ photos: { id: string; url: string }[] }>({
            url: `${options.baseUrl}/store/producer-applications/photos`,
            headers: options.publishableKey
              ? { "x-publishable-api-key": options.publishableKey }
              : {},
            file,
            onProgress,
          }).then(({ photos: [photo] }) => photo),
        create: (body: StoreCreateProducerApplicationBody) =>
          sdk.client.fetch<{
            application: Pick<StoreProducerApplication, "reference" | "status" | "submitted_at">
          }>("/store/producer-applications", { method: "POST", body }),
        status: (query: ApplicantLookup) =>
          sdk.client.fetch<{ application: StoreProducerApplication }>(
            "/store/producer-applications/status",
            { query }
          ),
        resubmit: (
          body: ApplicantLookup &
            Partial<Omit<ProducerApplicationAnswers, "email" | "locale">> & {
              /** New photos replace the ones sent before. */
              photo_ids?: string[]
            }
        ) =>
          sdk.client.fetch<{ application: StoreProducerApplication }>(
            "/store/producer-applications/resubmit",
            { method: "POST", body }
          ),
      },
    },
    producer: {
      auth: {
        login: (email: string, password: string) =>
          sdk.auth.login("producer", "emailpass", { email, password }),
        logout: () => sdk.auth.logout(),
        /** Sets her password with the single-use token from her invitation (or a reset). */
        setPassword: (token: string, password: string) =>
          sdk.client.fetch<{ success: boolean }>("/auth/producer/emailpass/update", {
            method: "POST",
            headers: { authorization: `Bearer ${token}` },
            body: { password },
          }),
      },
      me: () => sdk.client.fetch<ProducerShopResponse>("/producer/me"),
      /** Her profile, privacy choices, policies and vacation; refused while she is suspended. */
      updateMe: (body: ProducerUpdateShopBody) =>
        sdk.client.fetch<ProducerShopResponse>("/producer/me", { method: "POST", body }),
      /** One photo for her products, with upload progress (0–1). Answers its id and URL. */
      uploadPhoto: async (file: Blob & { name: string }, onProgress?: (share: number) => void) => {
        const token = await sdk.client.getToken()
        const { photos } = await uploadWithProgress<{ photos: { id: string; url: string }[] }>({
          url: `${options.baseUrl}/producer/photos`,
          headers: token ? { authorization: `Bearer ${token}` } : {},
          file,
          onProgress,
        })
        return photos[0]
      },
      products: {
        list: (query: { limit?: number; offset?: number } = {}) =>
          sdk.client.fetch<ProducerProductListResponse>("/producer/products", { query }),
        retrieve: (id: string) =>
          sdk.client.fetch<ProducerProductResponse>(`/producer/products/${encodeURIComponent(id)}`),
        create: (body: ProducerCreateProductBody) =>
          sdk.client.fetch<ProducerProductResponse>("/producer/products", {
            method: "POST",
            body,
          }),
        update: (id: string, body: ProducerUpdateProductBody) =>
          sdk.client.fetch<ProducerProductResponse>(
            `/producer/products/${encodeURIComponent(id)}`,
            { method: "POST", body }
          ),
        /** Out of the store, kept for past orders; `publish` puts it back on sale. */
        archive: (id: string) =>
          sdk.client.fetch<ProducerProductResponse>(
            `/producer/products/${encodeURIComponent(id)}/archive`,
            { method: "POST", body: {} }
          ),
        publish: (id: string) =>
          sdk.client.fetch<ProducerProductResponse>(
            `/producer/products/${encodeURIComponent(id)}/publish`,
            { method: "POST", body: {} }
          ),
      },
      /** What to do today: new orders, orders to ship, products running low. */
      dashboard: () => sdk.client.fetch<ProducerDashboardResponse>("/producer/dashboard"),
      orders: {
        list: (query: { limit?: number; offset?: number; status?: ProducerOrderStatus } = {}) =>
          sdk.client.fetch<ProducerOrderListResponse>("/producer/orders", { query }),
        retrieve: (id: string) =>
          sdk.client.fetch<ProducerOrderResponse>(`/producer/orders/${encodeURIComponent(id)}`),
        prepare: (id: string) =>
          sdk.client.fetch<ProducerOrderResponse>(
            `/producer/orders/${encodeURIComponent(id)}/prepare`,
            { method: "POST", body: {} }
          ),
        ship: (id: string, body: { carrier: string; tracking_number: string }) =>
          sdk.client.fetch<ProducerOrderResponse>(
            `/producer/orders/${encodeURIComponent(id)}/ship`,
            { method: "POST", body }
          ),
        deliver: (id: string) =>
          sdk.client.fetch<ProducerOrderResponse>(
            `/producer/orders/${encodeURIComponent(id)}/deliver`,
            { method: "POST", body: {} }
          ),
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
        suspend: (id: string) =>
          sdk.client.fetch<{ producer: AdminProducer }>(
            `/admin/producers/${encodeURIComponent(id)}/suspend`,
            { method: "POST", body: {} }
          ),
        reactivate: (id: string) =>
          sdk.client.fetch<{ producer: AdminProducer }>(
            `/admin/producers/${encodeURIComponent(id)}/reactivate`,
            { method: "POST", body: {} }
          ),
      },
      producerApplications: {
        list: (query: AdminProducerApplicationListParams = {}) =>
          sdk.client.fetch<AdminProducerApplicationListResponse>("/admin/producer-applications", {
            query,
          }),
        retrieve: (id: string) =>
          sdk.client.fetch<{ application: AdminProducerApplication }>(
            `/admin/producer-applications/${encodeURIComponent(id)}`
          ),
        approve: (id: string, body: { message?: string } = {}) =>
          applicationAction<{ application: AdminProducerApplication; producer: AdminProducer }>(
            id,
            "approve",
            body
          ),
        reject: (id: string, body: { reason: string }) =>
          applicationAction<{ application: AdminProducerApplication }>(id, "reject", body),
        requestChanges: (id: string, body: { message: string }) =>
          applicationAction<{ application: AdminProducerApplication }>(id, "request-changes", body),
        /** Without a user id, to the staff member who asks. */
        assign: (id: string, body: { user_id?: string } = {}) =>
          applicationAction<{ application: AdminProducerApplication }>(id, "assign", body),
      },
      staff: {
        list: () => sdk.client.fetch<AdminStaffMemberListResponse>("/admin/staff"),
        /** The logged-in staff member with her role. */
        me: () => sdk.client.fetch<AdminStaffMemberResponse>("/admin/staff/me"),
        /** Administrators only. */
        setRole: (id: string, role: StaffRole) =>
          sdk.client.fetch<AdminStaffMemberResponse>(
            `/admin/staff/${encodeURIComponent(id)}/role`,
            { method: "POST", body: { role } }
          ),
      },
      cooperativeSettings: {
        retrieve: () =>
          sdk.client.fetch<AdminCooperativeSettingsResponse>("/admin/cooperative-settings"),
        /** Administrators only. */
        update: (body: Partial<AdminCooperativeSettings>) =>
          sdk.client.fetch<AdminCooperativeSettingsResponse>("/admin/cooperative-settings", {
            method: "POST",
            body,
          }),
      },
      productReviews: {
        /** Products waiting under product moderation, the longest waiting first. */
        list: (query: { limit?: number; offset?: number } = {}) =>
          sdk.client.fetch<AdminProductReviewListResponse>("/admin/product-reviews", { query }),
        approve: (id: string) =>
          sdk.client.fetch<{ product: AdminProductReview }>(
            `/admin/product-reviews/${encodeURIComponent(id)}/approve`,
            { method: "POST", body: {} }
          ),
        sendBack: (id: string, reason: string) =>
          sdk.client.fetch<{ product: AdminProductReview }>(
            `/admin/product-reviews/${encodeURIComponent(id)}/send-back`,
            { method: "POST", body: { reason } }
          ),
      },
      reasonTemplates: {
        list: (query: { kind?: ReasonTemplateKind } = {}) =>
          sdk.client.fetch<AdminReasonTemplateListResponse>("/admin/reason-templates", { query }),
        /** Creating, editing and deleting are for administrators. */
        create: (body: AdminReasonTemplateBody) =>
          sdk.client.fetch<AdminReasonTemplateResponse>("/admin/reason-templates", {
            method: "POST",
            body,
          }),
        update: (id: string, body: Partial<AdminReasonTemplateBody>) =>
          sdk.client.fetch<AdminReasonTemplateResponse>(
            `/admin/reason-templates/${encodeURIComponent(id)}`,
            { method: "POST", body }
          ),
        delete: (id: string) =>
          sdk.client.fetch<{ id: string; object: "reason_template"; deleted: true }>(
            `/admin/reason-templates/${encodeURIComponent(id)}`,
            { method: "DELETE" }
          ),
      },
    },
  }
}

export type ImeceClient = ReturnType<typeof createImeceClient>
export { queryKeysFactory } from "./query-keys"
export { UploadError } from "./upload"
export { isClientError, isNotFound, isUnauthorized } from "./fetch-error"
export { resolveRuntimeConfig, type RuntimeConfig } from "./runtime-config"
