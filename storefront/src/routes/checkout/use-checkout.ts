import type { HttpTypes } from "@medusajs/types"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect } from "react"
import { STRIPE_PUBLISHABLE_KEY } from "../../config"
import { client } from "../../lib/client"
import { forgetCartId } from "../cart/cart-storage"
import { cartQueryKeys } from "../cart/use-cart"
import { addressUpdate, offeredPaymentProviders, type CheckoutAddress } from "./checkout-address"

/** A shipping option with its price for this cart (per-producer options are priced on request). */
export interface PricedShippingOption {
  id: string
  name: string
  description: string | null
  amount: number
}

/** Each checkout step changes the cart and answers it whole: it replaces the cached cart. */
function useCheckoutStep<TInput>(
  change: (input: TInput) => Promise<{ cart: HttpTypes.StoreCart }>
) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: change,
    onSuccess: ({ cart }) => {
      queryClient.setQueryData(cartQueryKeys.detail(cart.id), cart)
      return queryClient.invalidateQueries({ queryKey: cartQueryKeys.all })
    },
  })
}

/**
 * Keeps the cart in the language she reads: Medusa names the shipping options in the cart's
 * language, and she may have switched since the cart was started. Tried once per language.
 */
export function useCartLanguage(
  // Medusa keeps a cart's language, but its store types do not name it yet.
  cart: HttpTypes.StoreCart & { locale?: string | null },
  localeTag: string
) {
  const { mutate, isIdle } = useCheckoutStep((locale: string) =>
    client.store.carts.update(cart.id, { locale })
  )
  const behind = cart.locale !== localeTag
  useEffect(() => {
    if (behind && isIdle) {
      mutate(localeTag)
    }
  }, [behind, isIdle, localeTag, mutate])
}

export function useSaveAddress(cartId: string) {
  return useCheckoutStep((address: CheckoutAddress) =>
    client.store.carts.update(cartId, addressUpdate(address))
  )
}

export function useShippingOptions(cart: HttpTypes.StoreCart) {
  return useQuery({
    queryKey: [...cartQueryKeys.all, "shipping-options", cart.id, cart.updated_at],
    queryFn: async (): Promise<PricedShippingOption[]> => {
      const { shipping_options } = await client.store.carts.shippingOptions(cart.id)
      return Promise.all(
        shipping_options.map(async (option) => {
          const amount =
            option.price_type === "calculated"
              ? (await client.store.carts.priceShippingOption(option.id, cart.id)).shipping_option
                  .amount
              : option.amount
          return {
            id: option.id,
            name: option.name,
            description: option.type?.description ?? null,
            amount: Number(amount),
          }
        })
      )
    },
  })
}

export function useChooseShipping(cartId: string) {
  return useCheckoutStep((optionId: string) =>
    client.store.carts.addShippingMethod(cartId, optionId)
  )
}

/** The ways to pay in her cart's region, in the order the page offers them. */
export function usePaymentProviders(regionId: string) {
  const cardForm = Boolean(STRIPE_PUBLISHABLE_KEY)
  return useQuery({
    queryKey: ["payment-providers", regionId],
    queryFn: async () =>
      offeredPaymentProviders(
        (await client.store.carts.paymentProviders(regionId)).payment_providers.map(
          (provider) => provider.id
        ),
        { cardForm }
      ),
    staleTime: 5 * 60_000,
  })
}

export function useChoosePayment(cart: HttpTypes.StoreCart) {
  return useCheckoutStep(async (providerId: string) => {
    await client.store.carts.choosePayment(cart, providerId)
    return client.store.carts.retrieve(cart.id)
  })
}

/**
 * Places the order. A refusal (the last piece sold a moment ago, a payment declined) keeps the
 * cart as it was so she can change it and try again; an order ends the cart. `onPlaced` runs
 * before the cart is forgotten, so she leaves the checkout before it empties.
 */
export function usePlaceOrder(
  cartId: string,
  onPlaced: (order: HttpTypes.StoreOrder, key: string) => void
) {
  const queryClient = useQueryClient()
  return useMutation({
    /** `authorizeCard` first has Stripe authorize her card, when she pays by card. */
    mutationFn: async (authorizeCard?: () => Promise<void>) => {
      await authorizeCard?.()
      const answer = await client.store.carts.complete(cartId)
      if (answer.type !== "order") {
        throw new Error(answer.error.message)
      }
      return answer
    },
    onSuccess: ({ order, order_key }) => {
      onPlaced(order, order_key)
      forgetCartId()
      queryClient.removeQueries({ queryKey: cartQueryKeys.all })
    },
    onError: () => queryClient.invalidateQueries({ queryKey: cartQueryKeys.all }),
  })
}
