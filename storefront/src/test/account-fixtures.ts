import type { StoreOrderWithParts } from "@imece/client"
import type { StoreProducerOrderPart } from "@imece/types"
import type { HttpTypes } from "@medusajs/types"

const CREATED_AT = "2026-11-20T10:00:00.000Z"

/** One of her saved addresses, in İzmir unless told. */
export function customerAddress(
  overrides: Partial<HttpTypes.StoreCustomerAddress> = {}
): HttpTypes.StoreCustomerAddress {
  return {
    id: "caddr_1",
    address_name: null,
    is_default_shipping: false,
    is_default_billing: false,
    customer_id: "cus_1",
    company: null,
    first_name: "Elif",
    last_name: "Demir",
    address_1: "Atatürk Cad. 5",
    address_2: null,
    city: "İzmir",
    country_code: "tr",
    province: null,
    postal_code: "35000",
    phone: "+905551112233",
    metadata: null,
    created_at: CREATED_AT,
    updated_at: CREATED_AT,
    ...overrides,
  }
}

/** A shopper as `/store/customers/me?fields=*addresses` returns her: no addresses unless told. */
export function storeCustomer(
  overrides: Partial<HttpTypes.StoreCustomer> = {}
): HttpTypes.StoreCustomer {
  return {
    id: "cus_1",
    email: "elif@example.com",
    default_billing_address_id: null,
    default_shipping_address_id: null,
    company_name: null,
    first_name: "Elif",
    last_name: "Demir",
    phone: null,
    metadata: null,
    addresses: [],
    created_at: CREATED_AT,
    updated_at: CREATED_AT,
    deleted_at: null,
    ...overrides,
  } as HttpTypes.StoreCustomer
}

/** One producer's parcel of an order, new unless told. */
export function orderPart(overrides: Partial<StoreProducerOrderPart> = {}): StoreProducerOrderPart {
  return {
    id: "prodord_1",
    producer_id: "prdcr_1",
    status: "new",
    carrier: null,
    tracking_number: null,
    shipped_at: null,
    delivered_at: null,
    items: [],
    ...overrides,
  }
}

/** One of her orders as `/store/orders` lists it: 1,250 TRY, one producer's parcel, new. */
export function storeOrder(overrides: Partial<StoreOrderWithParts> = {}): StoreOrderWithParts {
  return {
    id: "order_1",
    display_id: 12,
    status: "pending",
    payment_status: "authorized",
    fulfillment_status: "not_fulfilled",
    email: "elif@example.com",
    currency_code: "try",
    total: 1250,
    item_total: 1150,
    shipping_total: 100,
    items: [],
    producer_orders: [orderPart()],
    created_at: CREATED_AT,
    updated_at: CREATED_AT,
    ...overrides,
  } as StoreOrderWithParts
}

/** A page of `/store/orders`. */
export function orderPage(
  orders: StoreOrderWithParts[],
  { count = orders.length, offset = 0 } = {}
) {
  return { orders, count, offset, limit: 10 }
}
