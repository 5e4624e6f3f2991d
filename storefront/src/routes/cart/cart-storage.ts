import { useSyncExternalStore } from "react"

/** Where this browser keeps the id of the shopper's open cart, so it survives a reload. */
const CART_ID_STORAGE_KEY = "imece_cart_id"

const listeners = new Set<() => void>()

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function readCartId(): string | null {
  return localStorage.getItem(CART_ID_STORAGE_KEY)
}

export function keepCartId(id: string) {
  localStorage.setItem(CART_ID_STORAGE_KEY, id)
  listeners.forEach((listener) => listener())
}

/** After the order is placed, or when the cart is gone, the next product starts a new cart. */
export function forgetCartId() {
  localStorage.removeItem(CART_ID_STORAGE_KEY)
  listeners.forEach((listener) => listener())
}

/** The open cart's id; every component reading it re-renders when a cart starts or ends. */
export function useStoredCartId(): string | null {
  return useSyncExternalStore(subscribe, readCartId)
}
