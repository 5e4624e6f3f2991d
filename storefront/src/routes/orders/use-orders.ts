import { queryKeysFactory, type StoreOrderLookup } from "@imece/client"
import { useMutation, useQuery } from "@tanstack/react-query"
import { client } from "../../lib/client"

export const ordersQueryKeys = queryKeysFactory<"orders", { limit?: number; offset?: number }>(
  "orders"
)

/** How long after placing her order the page keeps looking for its producers' parts. */
const SPLIT_WAIT_MS = 60_000

/**
 * Her order. Each producer's part is made just after the order is placed, so a page opened at
 * once may find the items not yet split: it reads the order again every few seconds until
 * they are (a product of the cooperative's own is never split, hence the time limit). A guest's
 * order opens with its key (`key`), as her receipt's link gives it.
 */
export function useOrder(id: string, key?: string) {
  return useQuery({
    queryKey: ordersQueryKeys.detail(id),
    queryFn: async () => (await client.store.orders.retrieve(id, key)).order,
    refetchInterval: (query) => {
      const order = query.state.data
      if (!order || Date.now() - new Date(order.created_at).getTime() > SPLIT_WAIT_MS) {
        return false
      }
      const split = new Set(
        (order.producer_orders ?? []).flatMap((part) =>
          (part.items ?? []).map((item) => item.line_item_id)
        )
      )
      return (order.items ?? []).some((item) => !split.has(item.id)) ? 1_500 : false
    },
  })
}

/**
 * A guest finds her order with the e-mail she checked out with and its number, and gets its id
 * and key to open it. It fails with 404 when the two match no order. Nothing changes, so
 * nothing is read again.
 */
export function useOrderLookup() {
  return useMutation({
    mutationFn: async (body: StoreOrderLookup) => {
      const found = await client.store.orders.lookup(body)
      return { id: found.order.id, key: found.order_key }
    },
  })
}
