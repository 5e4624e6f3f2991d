import type { HttpTypes } from "@medusajs/types"
import { isNotFound, queryKeysFactory } from "@imece/client"
import { localeTag } from "@imece/i18n"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect } from "react"
import { useLocale } from "../../i18n/use-locale"
import { client } from "../../lib/client"
import { useProductMakers } from "../products/use-products"
import { useRegion } from "../regions/region-context"
import { forgetCartId, keepCartId, readCartId, useStoredCartId } from "./cart-storage"

export const cartQueryKeys = queryKeysFactory<"cart", void>("cart")

/**
 * Her open cart, or null when she has none yet. A cart that is gone or already became an order
 * is forgotten, so the next product starts a new one.
 */
export function useCart() {
  const cartId = useStoredCartId()
  return useQuery({
    queryKey: cartQueryKeys.detail(cartId ?? "none"),
    queryFn: async () => {
      if (!cartId) {
        return null
      }
      try {
        const { cart } = await client.store.carts.retrieve(cartId)
        if (cart.completed_at) {
          forgetCartId()
          return null
        }
        return cart
      } catch (error) {
        if (isNotFound(error)) {
          forgetCartId()
          return null
        }
        throw error
      }
    },
  })
}

/** Pieces in the cart, for the header's badge. */
export function countPieces(cart: HttpTypes.StoreCart | null | undefined): number {
  return (cart?.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
}

/** Every change to the cart answers the whole cart: it replaces the cached one at once. */
function useCartMutation<TInput>(
  change: (input: TInput, cart: { id: string | null }) => Promise<{ cart: HttpTypes.StoreCart }>
) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: TInput) => change(input, { id: readCartId() }),
    onSuccess: ({ cart }) => {
      keepCartId(cart.id)
      queryClient.setQueryData(cartQueryKeys.detail(cart.id), cart)
      return queryClient.invalidateQueries({ queryKey: cartQueryKeys.all })
    },
  })
}

/**
 * Puts a piece in her cart, starting the cart with the first one: in the region whose prices she
 * sees and the language she reads, so her receipt comes in it too.
 */
export function useAddToCart() {
  const { region } = useRegion()
  const { locale } = useLocale()
  return useCartMutation(async (item: { variant_id: string; quantity: number }, { id }) => {
    if (!region) {
      throw new Error("No region to price the cart in")
    }
    if (!id) {
      // A region of one country knows where the parcels go: shipping can be priced in the cart.
      const [only, ...others] = region.countries ?? []
      return client.store.carts.create({
        region_id: region.id,
        locale: localeTag(locale),
        items: [item],
        ...(only?.iso_2 && others.length === 0
          ? { shipping_address: { country_code: only.iso_2 } }
          : {}),
      })
    }
    return client.store.carts.addItem(id, item)
  })
}

export function useUpdateCartItem() {
  return useCartMutation(({ lineId, quantity }: { lineId: string; quantity: number }, { id }) =>
    client.store.carts.updateItem(id ?? "", lineId, quantity)
  )
}

export function useRemoveCartItem() {
  return useCartMutation(async (lineId: string, { id }) => {
    const { parent } = await client.store.carts.removeItem(id ?? "", lineId)
    if (!parent) {
      throw new Error("The cart did not come back after removing a line")
    }
    return { cart: parent }
  })
}

/** Who makes each product in the cart and how many are left. */
export function useCartProducts(cart: HttpTypes.StoreCart | null | undefined) {
  return useProductMakers((cart?.items ?? []).map((item) => item.product_id ?? ""))
}

/**
 * What shipping costs this cart: the chosen method's amount, or else the first option's price
 * for this cart. Options may be priced per producer's parcel, so it is asked of the cart itself.
 */
export function useCartShipping(cart: HttpTypes.StoreCart | null | undefined) {
  const chosen = cart?.shipping_methods?.[0]
  return useQuery({
    queryKey: [...cartQueryKeys.all, "shipping", cart?.id, cart?.updated_at],
    queryFn: async () => {
      if (chosen) {
        return Number(chosen.amount)
      }
      const cartId = cart?.id ?? ""
      const { shipping_options } = await client.store.carts.shippingOptions(cartId)
      const [option] = shipping_options
      if (!option) {
        return null
      }
      if (option.price_type !== "calculated") {
        return Number(option.amount)
      }
      const { shipping_option } = await client.store.carts.priceShippingOption(option.id, cartId)
      return Number(shipping_option.amount)
    },
    enabled: Boolean(cart?.id && cart.items?.length),
  })
}

/** When she switches currency, her cart follows, so prices in it match the ones she sees. */
export function useCartFollowsRegion(cart: HttpTypes.StoreCart | null | undefined) {
  const { region } = useRegion()
  const queryClient = useQueryClient()
  const follow = useMutation({
    mutationFn: ({ id, regionId }: { id: string; regionId: string }) =>
      client.store.carts.update(id, { region_id: regionId }),
    onSuccess: ({ cart: updated }) => {
      queryClient.setQueryData(cartQueryKeys.detail(updated.id), updated)
      return queryClient.invalidateQueries({ queryKey: cartQueryKeys.all })
    },
  })
  const { mutate, isPending } = follow
  useEffect(() => {
    if (cart && region && cart.region_id !== region.id && !isPending) {
      mutate({ id: cart.id, regionId: region.id })
    }
  }, [cart, region, mutate, isPending])
  return follow
}
