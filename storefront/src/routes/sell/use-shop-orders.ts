import { queryKeysFactory } from "@imece/client"
import type { ProducerOrderStatus } from "@imece/types"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { producerClient } from "../../lib/producer-client"

export const shopOrderQueryKeys = queryKeysFactory<"shop-orders", { status?: ProducerOrderStatus }>(
  "shop-orders"
)
export const shopDashboardQueryKeys = queryKeysFactory<"shop-dashboard", void>("shop-dashboard")

const ORDERS_PAGE = 50

/** New orders show up on her open page without her reloading it. */
const NEW_ORDERS_EVERY_MS = 60_000

export function useShopDashboard() {
  return useQuery({
    queryKey: shopDashboardQueryKeys.all,
    queryFn: async () => (await producerClient.producer.dashboard()).dashboard,
    refetchInterval: NEW_ORDERS_EVERY_MS,
    retry: false,
  })
}

export function useShopOrders(status?: ProducerOrderStatus) {
  return useQuery({
    queryKey: shopOrderQueryKeys.list({ status }),
    queryFn: () => producerClient.producer.orders.list({ limit: ORDERS_PAGE, status }),
    refetchInterval: NEW_ORDERS_EVERY_MS,
    retry: false,
  })
}

export function useShopOrder(id: string) {
  return useQuery({
    queryKey: shopOrderQueryKeys.detail(id),
    queryFn: async () => (await producerClient.producer.orders.retrieve(id)).order,
    retry: false,
  })
}

export type ShopOrderStep =
  | { action: "prepare" }
  | { action: "ship"; carrier: string; tracking_number: string }
  | { action: "deliver" }

/** Moves her part of an order one step on: new → preparing → shipped → delivered. */
export function useMoveShopOrder(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (step: ShopOrderStep) => {
      const orders = producerClient.producer.orders
      const { order } = await (step.action === "ship"
        ? orders.ship(id, { carrier: step.carrier, tracking_number: step.tracking_number })
        : orders[step.action](id))
      return order
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: shopOrderQueryKeys.all }),
        queryClient.invalidateQueries({ queryKey: shopDashboardQueryKeys.all }),
      ]),
  })
}
