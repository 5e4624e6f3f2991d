import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import type { Mock } from "vitest"
import { storeProducer, storeProduct, storeRegion } from "./fixtures"

const CREATED_AT = "2026-11-22T10:00:00.000Z"

/** A line of a cart, one piece of a product at 450 TRY unless told. */
export function cartLine(
  overrides: Partial<HttpTypes.StoreCartLineItem> = {}
): HttpTypes.StoreCartLineItem {
  const quantity = overrides.quantity ?? 1
  const unitPrice = overrides.unit_price ?? 450
  return {
    id: "cali_1",
    cart_id: "cart_1",
    cart: {} as HttpTypes.StoreCart,
    title: "Default",
    product_id: "prod_1",
    product_title: "Oya küpe",
    product_handle: "oya-kupe",
    variant_id: "variant_1",
    variant_title: "Default",
    thumbnail: null,
    quantity,
    unit_price: unitPrice,
    total: quantity * unitPrice,
    requires_shipping: true,
    is_discountable: true,
    is_tax_inclusive: true,
    created_at: new Date(CREATED_AT),
    ...overrides,
  } as HttpTypes.StoreCartLineItem
}

/** A cart in the TRY region, with the lines a test gives it. */
export function storeCart(overrides: Partial<HttpTypes.StoreCart> = {}): HttpTypes.StoreCart {
  const items = overrides.items ?? [cartLine()]
  const itemTotal = items.reduce((sum, item) => sum + Number(item.total), 0)
  return {
    id: "cart_1",
    region_id: "reg_try",
    locale: "tr-TR",
    currency_code: "try",
    email: null,
    items,
    shipping_methods: [],
    item_total: itemTotal,
    total: itemTotal,
    completed_at: null,
    created_at: CREATED_AT,
    updated_at: CREATED_AT,
    ...overrides,
  } as HttpTypes.StoreCart
}

/** A shipping option as `/store/shipping-options` lists it; calculated ones carry no amount. */
export function shippingOption(
  overrides: Partial<HttpTypes.StoreCartShippingOptionWithServiceZone> = {}
): HttpTypes.StoreCartShippingOptionWithServiceZone {
  return {
    id: "so_parcel",
    name: "Standart kargo",
    price_type: "calculated",
    ...overrides,
  } as HttpTypes.StoreCartShippingOptionWithServiceZone
}

interface CheckoutReads {
  regions: { list: Mock }
  customer: { me: Mock }
  products: { list: Mock }
}

/**
 * What the checkout reads besides the cart, answered for a mocked client: one region, a guest
 * (no shopper logged in) and the cart's product `prod_kupe` from one producer.
 */
export function answerCheckoutReads(store: CheckoutReads) {
  store.regions.list.mockResolvedValue({ regions: [storeRegion()], count: 1, offset: 0, limit: 50 })
  store.customer.me.mockRejectedValue(new FetchError("Unauthorized", "Unauthorized", 401))
  store.products.list.mockResolvedValue({
    products: [storeProduct({ id: "prod_kupe", producer: storeProducer() })],
    count: 1,
    offset: 0,
    limit: 1,
  })
}
