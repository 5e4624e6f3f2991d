import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createRegionsWorkflow, createShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import {
  BANK_TRANSFER_PROVIDER_ID,
  CASH_ON_DELIVERY_PROVIDER_ID,
} from "../../src/modules/payment-offline"
import { STRIPE_PROVIDER_ID } from "../../src/modules/payment-stripe"
import { setUpCooperativeStore } from "./shop"
import { createStoreContext } from "./store"

type Headers = { headers: Record<string, string> }
type Api = {
  post: <T>(url: string, body: unknown, config?: Headers) => Promise<{ data: T }>
}

/**
 * What a shopper in Türkiye needs to check out: a TRY region paid with Medusa's system provider
 * (no card), cash on delivery or bank transfer (and Stripe when the app has its keys), and
 * flat-rate shipping from the cooperative's warehouse.
 */
export async function setUpCheckout(
  container: MedusaContainer,
  { warehouseId }: { warehouseId: string }
) {
  // Cards too, when the test app runs with Stripe's keys.
  const stripe = await container
    .resolve(Modules.PAYMENT)
    .listPaymentProviders({ id: [STRIPE_PROVIDER_ID] })
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Türkiye",
          currency_code: "try",
          countries: ["tr"],
          payment_providers: [
            "pp_system_default",
            CASH_ON_DELIVERY_PROVIDER_ID,
            BANK_TRANSFER_PROVIDER_ID,
            ...stripe.map((provider) => provider.id),
          ],
        },
      ],
    },
  })
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: "Kargo",
    type: "shipping",
    service_zones: [{ name: "Türkiye", geo_zones: [{ country_code: "tr", type: "country" }] }],
  })
  await link.create([
    {
      [Modules.STOCK_LOCATION]: { stock_location_id: warehouseId },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    },
    {
      [Modules.STOCK_LOCATION]: { stock_location_id: warehouseId },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    },
  ])
  const {
    result: [shippingOption],
  } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Standart kargo",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: fulfillmentSet.service_zones[0].id,
        shipping_profile_id: profile.id,
        type: { label: "Standart", description: "2–4 gün", code: "standard" },
        prices: [{ currency_code: "try", amount: 90 }],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  return { regionId: region.id, shippingOptionId: shippingOption.id }
}

/** Where the test shopper lives; her parcels go there. */
export const SHOPPER_ADDRESS = {
  first_name: "Elif",
  last_name: "Alıcı",
  address_1: "Atatürk Cd. 12",
  city: "Ankara",
  postal_code: "06000",
  country_code: "tr",
  phone: "+90 532 000 00 00",
}

type CartItem = { variant_id: string; quantity: number }
export type PaymentSession = { id: string; provider_id: string; data: Record<string, unknown> }

/** A shopper's cart with her email, address and these items; answers its id. */
export async function startCart(
  api: Api,
  store: Headers,
  { regionId, items, locale }: { regionId: string; items: CartItem[]; locale?: string }
): Promise<string> {
  const { cart } = (
    await api.post<{ cart: { id: string } }>(
      "/store/carts",
      { region_id: regionId, email: "elif@example.com", locale, shipping_address: SHOPPER_ADDRESS },
      store
    )
  ).data
  for (const item of items) {
    await api.post(`/store/carts/${cart.id}/line-items`, item, store)
  }
  return cart.id
}

/** Shipping chosen and a payment session opened with the provider: the cart is ready to complete. */
export async function payWith(
  api: Api,
  store: Headers,
  cartId: string,
  { shippingOptionId, provider_id }: { shippingOptionId: string; provider_id: string }
): Promise<PaymentSession> {
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: shippingOptionId }, store)
  const { payment_collection } = (
    await api.post<{ payment_collection: { id: string } }>(
      "/store/payment-collections",
      { cart_id: cartId },
      store
    )
  ).data
  const { data } = await api.post<{
    payment_collection: { payment_sessions: PaymentSession[] }
  }>(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id }, store)
  return data.payment_collection.payment_sessions[0]
}

/**
 * A shopper's whole checkout through the store API: cart, address, shipping, payment, order.
 * She pays with Medusa's system provider unless told another.
 */
export async function placeOrder(
  api: Api,
  store: Headers,
  {
    regionId,
    shippingOptionId,
    items,
    provider_id = "pp_system_default",
  }: {
    regionId: string
    shippingOptionId: string
    items: CartItem[]
    provider_id?: string
  }
) {
  const cartId = await startCart(api, store, { regionId, items })
  await payWith(api, store, cartId, { shippingOptionId, provider_id })
  const { data } = await api.post<
    | { type: "order"; order: { id: string; display_id: number }; order_key: string }
    | { type: "cart"; error: unknown }
  >(`/store/carts/${cartId}/complete`, {}, store)
  if (data.type !== "order") {
    throw new Error(`The cart was not completed: ${JSON.stringify(data.error)}`)
  }
  return { ...data.order, key: data.order_key }
}

/** The store headers that also open a guest's order, with the key her checkout gave her. */
export const withOrderKey = (store: Headers, key: string): Headers => ({
  headers: { ...store.headers, "x-order-key": key },
})

/**
 * Staff record the whole of a cash-on-delivery or bank-transfer payment as received today, as
 * the cooperative does when the money arrives: the payment is captured.
 */
export async function receiveWholePayment(
  api: Api,
  staff: Headers,
  payment: { id: string; amount: number | string }
) {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Istanbul" }).format()
  await api.post(
    `/admin/pending-payments/${payment.id}/receipts`,
    { amount: Number(payment.amount), received_at: today, reference: "IMC-RECEIVED" },
    staff
  )
}

/**
 * The cooperative's store, stocked and ready for a shopper to check out in: her store headers,
 * its sales channel, and the region and shipping option to pay and ship with.
 */
export async function setUpCheckoutStore(container: MedusaContainer) {
  const { storeHeaders, salesChannelId } = await createStoreContext(container)
  const { warehouseId } = await setUpCooperativeStore(container, salesChannelId)
  const checkout = await setUpCheckout(container, { warehouseId })
  return { storeHeaders, salesChannelId, checkout }
}
