import type { HttpTypes } from "@medusajs/types"
import { isNotFound, isUnauthorized, queryKeysFactory } from "@imece/client"
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { client } from "../../lib/client"
import { forgetCartId, readCartId } from "../cart/cart-storage"
import { cartQueryKeys } from "../cart/use-cart"
import { ordersQueryKeys } from "../orders/use-orders"

export const customerQueryKeys = queryKeysFactory<"customer", void>("customer")

/** The shopper who is logged in in this browser. */
const ME = customerQueryKeys.detail("me")

/** How many of her orders one page of her history shows. */
export const ORDERS_PAGE_SIZE = 10

/** The shortest password an account is opened with. */
export const MIN_PASSWORD_LENGTH = 8

/**
 * The logged-in shopper with her saved addresses, or null for a guest (the store answers 401).
 * Checkout reads it too, to start from her email and first address.
 */
export function useCustomer() {
  return useQuery({
    queryKey: ME,
    queryFn: async (): Promise<HttpTypes.StoreCustomer | null> => {
      try {
        return (await client.store.customer.me()).customer
      } catch (error) {
        if (isUnauthorized(error)) {
          return null
        }
        throw error
      }
    },
    retry: false,
  })
}

/**
 * The cart she filled as a guest becomes hers once she is logged in. A cart that is gone has
 * nothing to claim, and is forgotten so the next product starts a new one.
 */
async function claimGuestCart() {
  const cartId = readCartId()
  if (!cartId) {
    return
  }
  try {
    await client.store.carts.transfer(cartId)
  } catch (error) {
    if (!isNotFound(error)) {
      throw error
    }
    forgetCartId()
  }
}

/** Who she is once logged in: read before she is sent on, with the cart she made hers. */
async function meAfterLogin() {
  await claimGuestCart()
  return (await client.store.customer.me()).customer
}

/**
 * Once she is someone else, everything read as the guest is read again. Her details are put in
 * place at once: the page she is sent to next must not find the guest's "nobody" still cached
 * and send her back to the login form.
 */
function useRefreshAsHer() {
  const queryClient = useQueryClient()
  return (customer: HttpTypes.StoreCustomer) => {
    queryClient.setQueryData(ME, customer)
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: cartQueryKeys.all }),
      queryClient.invalidateQueries({ queryKey: ordersQueryKeys.all }),
    ])
  }
}

export interface LoginBody {
  email: string
  password: string
}

/** Logs her in and makes her open guest cart hers. A wrong email or password fails with 401. */
export function useLogin() {
  const refresh = useRefreshAsHer()
  return useMutation({
    mutationFn: async ({ email, password }: LoginBody) => {
      const answer = await client.store.customer.login(email, password)
      if (typeof answer !== "string") {
        // A redirect or a second factor: customers log in with email and password only.
        throw new Error("This login needs a step the storefront does not offer")
      }
      return meAfterLogin()
    },
    onSuccess: refresh,
  })
}

export interface RegisterBody extends LoginBody {
  first_name: string
  last_name: string
}

/**
 * Opens her account (or, with the password of a login she already has, a shopper account for
 * it), logs her in and makes her open guest cart hers.
 */
export function useRegister() {
  const refresh = useRefreshAsHer()
  return useMutation({
    mutationFn: async (body: RegisterBody) => {
      try {
        await client.store.customer.register(body)
      } catch (error) {
        // A half-made registration may have left a token that belongs to no customer.
        await client.store.customer.logout()
        throw error
      }
      return meAfterLogin()
    },
    onSuccess: refresh,
  })
}

/**
 * Logs her out and forgets what was read as her: her details, orders and cart (it is hers now,
 * so the next person on this device starts with an empty one).
 */
export function useLogout() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => client.store.customer.logout(),
    onSuccess: () => {
      forgetCartId()
      queryClient.removeQueries({ queryKey: ordersQueryKeys.all })
      queryClient.removeQueries({ queryKey: cartQueryKeys.all })
      queryClient.setQueryData(ME, null)
    },
  })
}

export function useAddAddress() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (address: HttpTypes.StoreCreateCustomerAddress) =>
      client.store.customer.addAddress(address),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: customerQueryKeys.all }),
  })
}

export function useRemoveAddress() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => client.store.customer.removeAddress(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: customerQueryKeys.all }),
  })
}

/** Her orders, newest first, a page at a time; asked only once she is known to be logged in. */
export function useMyOrders({ enabled }: { enabled: boolean }) {
  return useInfiniteQuery({
    queryKey: ordersQueryKeys.infiniteList({ limit: ORDERS_PAGE_SIZE }),
    queryFn: ({ pageParam }) =>
      client.store.orders.list({ limit: ORDERS_PAGE_SIZE, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (last) =>
      last.offset + last.orders.length < last.count ? last.offset + last.orders.length : undefined,
    enabled,
  })
}
