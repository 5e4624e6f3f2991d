import { Auth, Store } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import type {
  AdminCommissionRuleListParams,
  AdminCommissionRuleListResponse,
  AdminCommissionRuleResponse,
  AdminCreateCommissionRuleBody,
  AdminImpactExportParams,
  AdminImpactParams,
  AdminImpactResponse,
  AdminProducer,
  AdminProducerApplication,
  AdminProducerApplicationListResponse,
  AdminProducerListParams,
  AdminCooperativeSettings,
  AdminCooperativeSettingsResponse,
  AdminProducerListResponse,
  AdminPendingPaymentListParams,
  AdminPendingPaymentListResponse,
  AdminRecordPaymentReceiptBody,
  AdminRecordPaymentReceiptResponse,
  AdminPayoutBatchListResponse,
  AdminPayoutBatchResponse,
  AdminPayoutProposal,
  AdminProducerLedgerTotalsParams,
  AdminProducerLedgerTotalsResponse,
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
  ProducerEarningsParams,
  ProducerEarningsResponse,
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
  StoreProducerOrderPart,
  StoreProducerResponse,
} from "@imece/types"

import { errorCodeOf, ImeceHttpClient } from "./api-error"
import { isUnauthorized } from "./fetch-error"
import { searchApi } from "./search"
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

/** A payout period: whole days as YYYY-MM-DD, both included. */
export interface AdminPayoutPeriod {
  period_start: string
  period_end: string
}

/** How a guest finds her order: the e-mail she checked out with and the number on her receipt. */
export interface StoreOrderLookup {
  email: string
  /** The order number (`display_id`); the digits she typed are accepted too. */
  display_id: number | string
}

/**
 * What opens a guest's order besides its id: the key her checkout, the lookup and her receipt
 * give her. An order of her account opens with her login alone.
 */
export type OrderKey = string

/** Medusa's answer to completing a cart, with the key of the order it placed. */
export type StoreCompletedCart =
  | (Extract<HttpTypes.StoreCompleteCartResponse, { type: "order" }> & { order_key: OrderKey })
  | Extract<HttpTypes.StoreCompleteCartResponse, { type: "cart" }>

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

/** What the cart page shows: each line's product (to group by producer) and the chosen shipping. */
export const STORE_CART_FIELDS =
  "*items,+items.total,+items.subtotal,*shipping_methods,*payment_collection.payment_sessions,*shipping_address,*region.countries"

/** An order with each producer's part (`*producer_orders`) and how it is paid. */
export const STORE_ORDER_FIELDS =
  "*items,*shipping_address,*shipping_methods,*producer_orders,*payment_collections,*payment_collections.payment_sessions,+payment_status,+fulfillment_status"

/** A shopper's order together with each producer's part. */
export type StoreOrderWithParts = HttpTypes.StoreOrder & {
  producer_orders?: StoreProducerOrderPart[] | null
}

/**
 * The typed client both front ends use: Medusa's js-sdk for Medusa's own routes and
 * `client.fetch` for the marketplace's routes.
 */
export function createImeceClient(options: ImeceClientOptions) {
  const config = {
    baseUrl: options.baseUrl,
    publishableKey: options.publishableKey,
    auth: { type: "jwt" as const, jwtTokenStorageKey: options.jwtTokenStorageKey },
  }
  // The js-sdk's parts without its Admin: that one holds every admin route of Medusa's, a third
  // of a shopper's first download, and the few our staff console calls go through `fetch`.
  const http = new ImeceHttpClient(config)
  const sdk = { client: http, store: new Store(http), auth: new Auth(http, config) }

  /** Whether the login she is signed in with has a shopper account (else Medusa answers 401). */
  const isShopper = () =>
    sdk.store.customer.retrieve().then(
      () => true,
      (error: unknown) => {
        if (isUnauthorized(error)) {
          return false
        }
        throw error
      }
    )

  const applicationAction = <T>(id: string, action: string, body: object) =>
    sdk.client.fetch<T>(`/admin/producer-applications/${encodeURIComponent(id)}/${action}`, {
      method: "POST",
      body,
    })

  return {
    sdk,
    store: {
      ...searchApi(sdk),
      /** The cooperative's categories, to file a product under and, later, to shop by. */
      // Named in `locale` ("fa-IR") where the cooperative translated them, else as first named.
      categories: {
        list: (locale?: string) =>
          sdk.store.category.list({
            fields: "id,name,handle",
            limit: 100,
            ...(locale ? { locale } : {}),
          }),
        /** One category by its handle, or undefined when none has it. */
        retrieveByHandle: async (handle: string, locale?: string) =>
          (
            await sdk.store.category.list({
              handle,
              fields: "id,name,handle,description",
              limit: 1,
              ...(locale ? { locale } : {}),
            })
          ).product_categories.at(0),
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
      /** One cart across producers; every answer carries what the cart page shows. */
      carts: {
        retrieve: (id: string) => sdk.store.cart.retrieve(id, { fields: STORE_CART_FIELDS }),
        create: (body: HttpTypes.StoreCreateCart) =>
          sdk.store.cart.create(body, { fields: STORE_CART_FIELDS }),
        update: (id: string, body: HttpTypes.StoreUpdateCart) =>
          sdk.store.cart.update(id, body, { fields: STORE_CART_FIELDS }),
        addItem: (id: string, body: HttpTypes.StoreAddCartLineItem) =>
          sdk.store.cart.createLineItem(id, body, { fields: STORE_CART_FIELDS }),
        updateItem: (id: string, lineId: string, quantity: number) =>
          sdk.store.cart.updateLineItem(id, lineId, { quantity }, { fields: STORE_CART_FIELDS }),
        removeItem: (id: string, lineId: string) =>
          sdk.store.cart.deleteLineItem(id, lineId, { fields: STORE_CART_FIELDS }),
        shippingOptions: (id: string) => sdk.store.fulfillment.listCartOptions({ cart_id: id }),
        /** A calculated option (one parcel per producer) is priced for this cart on request. */
        priceShippingOption: (optionId: string, cartId: string) =>
          sdk.store.fulfillment.calculate(optionId, { cart_id: cartId }),
        addShippingMethod: (id: string, optionId: string) =>
          sdk.store.cart.addShippingMethod(
            id,
            { option_id: optionId },
            { fields: STORE_CART_FIELDS }
          ),
        paymentProviders: (regionId: string) =>
          sdk.store.payment.listPaymentProviders({ region_id: regionId }),
        choosePayment: (cart: HttpTypes.StoreCart, providerId: string) =>
          sdk.store.payment.initiatePaymentSession(cart, { provider_id: providerId }),
        complete: (id: string) => sdk.store.cart.complete(id) as Promise<StoreCompletedCart>,
        /** A guest's cart becomes hers when she logs in. */
        transfer: (id: string) => sdk.store.cart.transferCart(id, { fields: STORE_CART_FIELDS }),
      },
      /** Her orders: a guest reaches one by its id and key, a logged-in shopper lists hers. */
      orders: {
        retrieve: (id: string, key?: OrderKey) =>
          sdk.client.fetch<{ order: StoreOrderWithParts }>(
            `/store/orders/${encodeURIComponent(id)}`,
            {
              query: { fields: STORE_ORDER_FIELDS },
              ...(key && { headers: { "x-order-key": key } }),
            }
          ),
        list: (query: { limit?: number; offset?: number } = {}) =>
          sdk.client.fetch<{
            orders: StoreOrderWithParts[]
            count: number
            offset: number
            limit: number
          }>("/store/orders", {
            query: { ...query, fields: STORE_ORDER_FIELDS, order: "-created_at" },
          }),
        /**
         * A guest finds her order again with the e-mail she checked out with and its number
         * (`display_id`); answers its id and key, or 404 when the two do not match an order.
         */
        lookup: (body: StoreOrderLookup) =>
          sdk.client.fetch<{ order: { id: string }; order_key: OrderKey }>("/store/orders/lookup", {
            method: "POST",
            body,
          }),
      },
      /** A shopper's own account: register, log in, her details and addresses. */
      customer: {
        register: async (body: {
          email: string
          password: string
          first_name: string
          last_name: string
        }) => {
          const { password, ...details } = body
          const credentials = { email: body.email, password }
          try {
            await sdk.auth.register("customer", "emailpass", credentials)
          } catch (error) {
            // Her e-mail already logs in here (her shop, the cooperative's console, or a shopper
            // account she forgot) and this is its password: as Medusa's own flow does, she
            // signs in, and opens a shopper account with that login unless she has one.
            if (errorCodeOf(error) !== "email_has_login") {
              throw error
            }
            await sdk.auth.login("customer", "emailpass", credentials)
            if (await isShopper()) {
              return
            }
          }
          await sdk.store.customer.create(details)
          await sdk.auth.login("customer", "emailpass", credentials)
        },
        login: (email: string, password: string) =>
          sdk.auth.login("customer", "emailpass", { email, password }),
        logout: () => sdk.auth.logout(),
        me: () => sdk.store.customer.retrieve({ fields: "*addresses" }),
        addAddress: (body: HttpTypes.StoreCreateCustomerAddress) =>
          sdk.store.customer.createAddress(body, { fields: "*addresses" }),
        removeAddress: (id: string) => sdk.store.customer.deleteAddress(id),
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
      /** Her money per currency (in minor units), a page of her ledger entries and her payouts. */
      earnings: (query: ProducerEarningsParams = {}) =>
        sdk.client.fetch<ProducerEarningsResponse>("/producer/earnings", { query }),
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
        me: () => sdk.client.fetch<HttpTypes.AdminUserResponse>("/admin/users/me"),
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
      /** Orders paid by bank transfer or cash on delivery whose money is not recorded yet. */
      pendingPayments: {
        list: (query: AdminPendingPaymentListParams = {}) =>
          sdk.client.fetch<AdminPendingPaymentListResponse>("/admin/pending-payments", { query }),
        /**
         * Records money received for one; the payment is captured when all of it matches what
         * is due, and flagged short or over otherwise.
         */
        recordReceipt: (paymentId: string, body: AdminRecordPaymentReceiptBody) =>
          sdk.client.fetch<AdminRecordPaymentReceiptResponse>(
            `/admin/pending-payments/${encodeURIComponent(paymentId)}/receipts`,
            { method: "POST", body }
          ),
      },
      /**
       * What the programme achieved over a period of days (the last 12 months without one):
       * money in minor units per currency.
       */
      impact: {
        retrieve: (query: AdminImpactParams = {}) =>
          sdk.client.fetch<AdminImpactResponse>("/admin/impact", { query }),
        /** One table of the report as a CSV file (UTF-8 with a byte order mark, for Excel). */
        exportCsv: async (query: AdminImpactExportParams) => {
          const response = await sdk.client.fetch<Response>("/admin/impact/export", {
            query,
            headers: { accept: "text/csv" },
          })
          return response.blob()
        },
      },
      /** The producers' ledger, for every staff member; amounts in minor units. */
      producerLedger: {
        /**
         * Entries booked over a period of days (the last 12 months without one), summed per
         * currency: income as in the impact report, reversals and payouts beside it.
         */
        totals: (query: AdminProducerLedgerTotalsParams = {}) =>
          sdk.client.fetch<AdminProducerLedgerTotalsResponse>("/admin/producer-ledger/totals", {
            query,
          }),
      },
      /**
       * Producers' payouts, amounts in minor units: every staff member sees a period's proposal
       * and the batches; confirming, marking paid and canceling are for administrators.
       */
      payoutBatches: {
        /** What a batch for the period would pay each producer; nothing is saved. */
        proposal: (query: AdminPayoutPeriod) =>
          sdk.client.fetch<{ payout_proposal: AdminPayoutProposal }>(
            "/admin/payout-batches/proposal",
            { query }
          ),
        /** Makes the period's batch; its earnings are settled to it. */
        confirm: (body: AdminPayoutPeriod) =>
          sdk.client.fetch<AdminPayoutBatchResponse>("/admin/payout-batches", {
            method: "POST",
            body,
          }),
        list: (query: { limit?: number; offset?: number } = {}) =>
          sdk.client.fetch<AdminPayoutBatchListResponse>("/admin/payout-batches", { query }),
        retrieve: (id: string) =>
          sdk.client.fetch<AdminPayoutBatchResponse>(
            `/admin/payout-batches/${encodeURIComponent(id)}`
          ),
        /**
         * The batch as a CSV file for the bank, with whole IBANs: asked with the staff member's
         * token like any other call, answered as the raw file rather than JSON.
         */
        exportCsv: async (id: string) => {
          const response = await sdk.client.fetch<Response>(
            `/admin/payout-batches/${encodeURIComponent(id)}/export`,
            { headers: { accept: "text/csv" } }
          )
          return response.blob()
        },
        /** The bank has sent it: each payout goes on its producer's ledger. */
        markPaid: (id: string) =>
          sdk.client.fetch<AdminPayoutBatchResponse>(
            `/admin/payout-batches/${encodeURIComponent(id)}/mark-paid`,
            { method: "POST", body: {} }
          ),
        /** It will not be sent: its earnings wait for the next batch. */
        cancel: (id: string) =>
          sdk.client.fetch<AdminPayoutBatchResponse>(
            `/admin/payout-batches/${encodeURIComponent(id)}/cancel`,
            { method: "POST", body: {} }
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
      /** The cooperative's categories, to name a commission rule's target. */
      categories: {
        list: () =>
          sdk.client.fetch<HttpTypes.AdminProductCategoryListResponse>(
            "/admin/product-categories",
            { query: { fields: "id,name,handle", limit: 100 } }
          ),
      },
      /**
       * Commission rules: every staff member reads them; adding one and withdrawing one not yet
       * in force are for administrators.
       */
      commissionRules: {
        list: (query: AdminCommissionRuleListParams = {}) =>
          sdk.client.fetch<AdminCommissionRuleListResponse>("/admin/commission-rules", { query }),
        /** The rate in percent with at most two decimals; the first day as YYYY-MM-DD. */
        create: (body: AdminCreateCommissionRuleBody) =>
          sdk.client.fetch<AdminCommissionRuleResponse>("/admin/commission-rules", {
            method: "POST",
            body,
          }),
        delete: (id: string) =>
          sdk.client.fetch<{ id: string; object: "commission_rule"; deleted: true }>(
            `/admin/commission-rules/${encodeURIComponent(id)}`,
            { method: "DELETE" }
          ),
      },
    },
  }
}

export type ImeceClient = ReturnType<typeof createImeceClient>
export { queryKeysFactory } from "./query-keys"
export { UploadError } from "./upload"
export { ApiError, errorCodeOf } from "./api-error"
export { isClientError, isNotFound, isUnauthorized } from "./fetch-error"
export { resolveRuntimeConfig, type RuntimeConfig } from "./runtime-config"
export * from "./search"
