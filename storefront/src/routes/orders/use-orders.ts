import { queryKeysFactory } from "@imece/client"
import { useQuery } from "@tanstack/react-query"
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
