import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createPaymentSessionsWorkflow,
  getVariantPriceSetsStep,
  refreshCartItemsWorkflow,
  useQueryGraphStep,
  type GetVariantPriceSetsStepOutput,
} from "@medusajs/medusa/core-flows"
import { toMinor } from "../../../modules/producer-ledger/ledger-math"
import type { CartLine } from "../items-on-sale"
import { validateCartItemsOnSaleStep } from "../steps/validate-cart-items-on-sale"

type PricedItem = {
  id: string
  variant_id?: string | null
  product_title?: string | null
  quantity: number
  unit_price: number
  is_custom_price?: boolean | null
}

/** A cart as priced for checkout: amounts in main units, as query gives them. */
type PricedCart = {
  id: string
  total: number
  currency_code: string
  region_id?: string | null
  customer_id?: string | null
  items?: (PricedItem | null)[]
  payment_collection?: {
    id: string
    payment_sessions?: ({ provider_id: string } | null)[] | null
  } | null
}

/** What Medusa prices a cart's lines with (its `cartFieldsForPricingContext`), and the rest. */
const PRICED_CART_FIELDS = [
  "id",
  "total",
  "currency_code",
  "region_id",
  "sales_channel_id",
  "email",
  "locale",
  "customer_id",
  "customer.id",
  "customer.groups.id",
  "region.*",
  "shipping_address.city",
  "shipping_address.country_code",
  "shipping_address.province",
  "shipping_address.postal_code",
  "items.id",
  "items.variant_id",
  "items.product_title",
  "items.quantity",
  "items.unit_price",
  "items.is_custom_price",
  "payment_collection.id",
  "payment_collection.payment_sessions.provider_id",
]

const itemsOf = (cart: PricedCart) =>
  (cart.items ?? []).flatMap((item) => (item?.variant_id ? [item] : []))

export interface RefreshCartPricesWorkflowInput {
  cart_id: string
}

/** The cart's total before and after, in whole minor units of its currency. */
export interface CartPriceChange {
  old_total: number
  new_total: number
  currency_code: string
}

export const refreshCartPricesWorkflowId = "refresh-cart-prices"

/**
 * Just before the cart becomes an order: pieces that can no longer be bought are refused,
 * naming them; then each line is priced as Medusa prices a cart, and when a price changed since
 * it went into the cart (a producer raised it after the shopper prepared her checkout), the cart
 * is refreshed as Medusa refreshes it. Medusa then drops her payment session, made for the old
 * amount; she gets a new one with the same way to pay, so she can confirm the new total at once.
 * A cart whose prices stand is not written to.
 */
export const refreshCartPricesWorkflow = createWorkflow(
  refreshCartPricesWorkflowId,
  (input: RefreshCartPricesWorkflowInput) => {
    const { data: before } = useQueryGraphStep({
      entity: "cart",
      fields: PRICED_CART_FIELDS,
      filters: { id: input.cart_id },
      options: { isList: false, throwIfKeyNotFound: true },
    }).config({ name: "cart-before-refresh" })

    validateCartItemsOnSaleStep(
      transform({ before }, ({ before }) => ({
        lines: itemsOf(before as PricedCart).map((item): CartLine => ({
          variant_id: item.variant_id as string,
          product_title: item.product_title,
          line_item_id: item.id,
        })),
      }))
    )

    const prices = getVariantPriceSetsStep(
      transform({ before }, ({ before }) => {
        const { items: _items, payment_collection: _collection, ...cart } = before as PricedCart
        return {
          data: itemsOf(before as PricedCart).map((item) => ({
            id: item.id,
            variantId: item.variant_id as string,
            context: { ...cart, quantity: item.quantity },
          })),
        }
      })
    )
    const repriced = transform({ before, prices }, ({ before, prices }) =>
      itemsOf(before as PricedCart).some((item) => {
        const price = (prices as GetVariantPriceSetsStepOutput)[item.id]?.calculated_amount
        return !item.is_custom_price && Number(price) !== Number(item.unit_price)
      })
    )

    const after = when("reprice-cart", { repriced }, ({ repriced }) => repriced).then(() => {
      refreshCartItemsWorkflow.runAsStep({
        input: { cart_id: input.cart_id, force_refresh: true },
      })
      return useQueryGraphStep({
        entity: "cart",
        fields: PRICED_CART_FIELDS,
        filters: { id: input.cart_id },
        options: { isList: false, throwIfKeyNotFound: true },
      }).config({ name: "cart-after-refresh" })
    })

    const dropped = transform({ before, after }, ({ before, after }) => {
      const provider = (before as PricedCart).payment_collection?.payment_sessions?.[0]?.provider_id
      const cart = after?.data as PricedCart | undefined
      const collection = cart?.payment_collection
      return provider && collection && !collection.payment_sessions?.length
        ? {
            payment_collection_id: collection.id,
            provider_id: provider,
            customer_id: cart.customer_id ?? undefined,
          }
        : null
    })
    when("restore-payment-session", { dropped }, ({ dropped }) => dropped !== null).then(() => {
      createPaymentSessionsWorkflow.runAsStep({
        input: transform({ dropped }, ({ dropped }) => dropped!),
      })
    })

    return new WorkflowResponse(
      transform({ before, after }, ({ before, after }): CartPriceChange => {
        const { currency_code, total } = before as PricedCart
        return {
          old_total: toMinor(total, currency_code),
          new_total: toMinor(
            (after?.data as PricedCart | undefined)?.total ?? total,
            currency_code
          ),
          currency_code,
        }
      })
    )
  }
)
