import { queryKeysFactory, type StoreOrderLookup } from "@imece/client"
import { useMutation, useQuery } from "@tanstack/react-query"
import { client } from "../../lib/client"

export const ordersQueryKeys = queryKeysFactory<"orders", { limit?: number; offset?: number }>(
  "orders"
)

/** One order with each producer's part; a guest reaches hers by its id, as in her receipt. */
export function useOrder(id: string) {
  return useQuery({
    queryKey: ordersQueryKeys.detail(id),
    queryFn: async () => (await client.store.orders.retrieve(id)).order,
  })
}

/**
 * A guest finds her order with the e-mail she checked out with and its number, and gets its id
 * to open it. It fails with 404 when the two match no order. Nothing changes, so nothing is
 * read again.
 */
export function useOrderLookup() {
  return useMutation({
    mutationFn: async (body: StoreOrderLookup) => (await client.store.orders.lookup(body)).order,
  })
}
