import type { MedusaContainer } from "@medusajs/framework/types"
import { applicationAnswers } from "../../helpers/applications"
import { createPendingProducerHeaders, createShopperHeadersFor } from "../../helpers/actors"
import {
  payWith,
  placeOrder,
  SHOPPER_ADDRESS,
  startCart,
  setUpCheckoutStore,
} from "../../helpers/checkout"
import { eventually } from "../../helpers/http"
import { photoForm } from "../../helpers/photos"
import {
  createAdministratorHeaders,
  createProducerHeaders,
  createStaffHeaders,
} from "../../helpers/store"
import type { Actor } from "./expected-access"

type Headers = Record<string, string>
type Config = { headers: Headers }
type Api = {
  get: <T>(url: string, config?: Config) => Promise<{ data: T }>
  post: <T>(url: string, body: unknown, config?: Config) => Promise<{ data: T }>
}

/** What one shopper owns: an open cart ready to pay, a placed order, an address book entry. */
export interface ShopperHoldings {
  cartId: string
  lineItemId: string
  paymentCollectionId: string
  orderId: string
  addressId: string
}

/** What one producer owns: a listed product, her part of a shopper's order, her photos. */
export interface ProducerHoldings {
  producerId: string
  handle: string
  productId: string
  variantId: string
  /** Producer A uploads one, for producer B to try to use as hers; B uploads none. */
  photoIds: string[]
  orderPartId: string
}

export interface World {
  /** The publishable key every `/store` request carries. */
  storeHeaders: Headers
  /** Each actor's credentials; the anonymous visitor has none. */
  headers: Record<Actor, Headers>
  shoppers: Record<"shopperA" | "shopperB", ShopperHoldings>
  producers: Record<"producerA" | "producerB", ProducerHoldings>
  shippingOptionId: string
}

async function openShop(api: Api, headers: Headers, title: string, withPhoto: boolean) {
  const photoIds = withPhoto
    ? (
        await api.post<{ photos: { id: string }[] }>("/producer/photos", await photoForm(), {
          headers,
        })
      ).data.photos.map((photo) => photo.id)
    : []
  const { product } = (
    await api.post<{ product: { id: string; variants: { id: string }[] } }>(
      "/producer/products",
      { title, prices: { try: 250 }, stock: 50, photo_ids: photoIds },
      { headers }
    )
  ).data
  const { producer } = (
    await api.get<{ producer: { id: string; handle: string } }>("/producer/me", { headers })
  ).data
  return {
    producerId: producer.id,
    handle: producer.handle,
    productId: product.id,
    variantId: product.variants[0].id,
    photoIds,
  }
}

async function shopperHoldings(
  api: Api,
  headers: Headers,
  checkout: { regionId: string; shippingOptionId: string },
  variantId: string
): Promise<ShopperHoldings> {
  const items = [{ variant_id: variantId, quantity: 1 }]
  const order = await placeOrder(api, { headers }, { ...checkout, items })
  const cartId = await startCart(api, { headers }, { regionId: checkout.regionId, items })
  await payWith(api, { headers }, cartId, {
    shippingOptionId: checkout.shippingOptionId,
    provider_id: "pp_system_default",
  })
  const { cart } = (
    await api.get<{
      cart: { items: { id: string }[]; payment_collection: { id: string } }
    }>(`/store/carts/${cartId}?fields=*items,*payment_collection`, { headers })
  ).data
  const { customer } = (
    await api.post<{ customer: { addresses: { id: string }[] } }>(
      "/store/customers/me/addresses",
      SHOPPER_ADDRESS,
      { headers }
    )
  ).data
  return {
    cartId,
    lineItemId: cart.items[0].id,
    paymentCollectionId: cart.payment_collection.id,
    orderId: order.id,
    addressId: customer.addresses[0].id,
  }
}

async function orderPartOf(api: Api, headers: Headers) {
  const { orders } = await eventually(
    async () => (await api.get<{ orders: { id: string }[] }>("/producer/orders", { headers })).data,
    (data) => data.orders.length > 0
  )
  return orders[0].id
}

/**
 * Everyone the matrix calls as, each with things of her own: two shoppers with a cart and an
 * order each (of producer A and producer B respectively), two active producers with a product, a
 * photo and a part of an order, a producer whose shop is pending, one the cooperative suspended,
 * a producer login with no shop, an administrator and a reviewer.
 */
export async function buildWorld(container: MedusaContainer, api: Api): Promise<World> {
  const context = await setUpCheckoutStore(container)
  const storeHeaders = context.storeHeaders.headers
  const checkout = context.checkout

  const headersOf = async (login: Promise<{ headers: Headers }>) => (await login).headers
  const producer = (handle: string, name: string) =>
    headersOf(
      createProducerHeaders(container, api, { handle, name, email: `${handle}@test.local` })
    )
  const pendingEmail = "nermin-nakis@test.local"
  const [
    staff,
    reviewer,
    producerA,
    producerB,
    suspendedProducer,
    pendingProducer,
    shopperA,
    shopperB,
    selfRegistered,
  ] = await Promise.all([
    headersOf(createAdministratorHeaders(container, api)),
    headersOf(createStaffHeaders(container, api, "reviewer@test.local", "reviewer")),
    producer("ayse-oya", "Ayşe"),
    producer("zehra-kece", "Zehra"),
    producer("sevgi-sepet", "Sevgi"),
    // She applied through the store, and her login's shop is not opened yet.
    api
      .post(
        "/store/producer-applications",
        applicationAnswers({ email: pendingEmail, full_name: "Nermin Nakış" }),
        { headers: storeHeaders }
      )
      .then(() =>
        headersOf(
          createPendingProducerHeaders(container, api, {
            handle: "nermin-nakis",
            name: "Nermin",
            email: pendingEmail,
          })
        )
      ),
    headersOf(createShopperHeadersFor(container, api, "elif@test.local")),
    headersOf(createShopperHeadersFor(container, api, "deniz@test.local")),
    // Medusa lets anyone register a login for any actor type; this one has no shop behind it.
    api
      .post<{ token: string }>("/auth/producer/emailpass/register", {
        email: "kendi-kaydi@test.local",
        password: "self-registered",
      })
      .then(({ data }) => ({ authorization: `Bearer ${data.token}` })),
  ])

  const [shopA, shopB] = await Promise.all([
    openShop(api, producerA, "Oya küpe", true),
    openShop(api, producerB, "Keçe terlik", false),
    api
      .get<{ producer: { id: string } }>("/producer/me", { headers: suspendedProducer })
      .then(({ data }) =>
        api.post(`/admin/producers/${data.producer.id}/suspend`, {}, { headers: staff })
      ),
  ])

  const holdingsOf = (headers: Headers, variantId: string) =>
    shopperHoldings(api, { ...storeHeaders, ...headers }, checkout, variantId)
  const [shopperAHoldings, shopperBHoldings] = await Promise.all([
    holdingsOf(shopperA, shopA.variantId),
    holdingsOf(shopperB, shopB.variantId),
  ])
  // Each order is split into its producers' parts by a subscriber, after the order is placed.
  const [orderPartA, orderPartB] = await Promise.all([
    orderPartOf(api, producerA),
    orderPartOf(api, producerB),
  ])

  return {
    storeHeaders,
    headers: {
      anonymous: {},
      shopperA,
      shopperB,
      producerA,
      producerB,
      pendingProducer,
      suspendedProducer,
      selfRegistered,
      staff,
      reviewer,
    },
    shoppers: { shopperA: shopperAHoldings, shopperB: shopperBHoldings },
    producers: {
      producerA: { ...shopA, orderPartId: orderPartA },
      producerB: { ...shopB, orderPartId: orderPartB },
    },
    shippingOptionId: checkout.shippingOptionId,
  }
}
