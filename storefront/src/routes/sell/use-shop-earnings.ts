import { queryKeysFactory } from "@imece/client"
import { useQuery } from "@tanstack/react-query"
import { producerClient } from "../../lib/producer-client"

export const shopEarningsQueryKeys = queryKeysFactory<"shop-earnings", void>("shop-earnings")

/** Her balance per currency, her recent ledger entries and her payouts (minor units). */
export function useShopEarnings() {
  return useQuery({
    queryKey: shopEarningsQueryKeys.all,
    queryFn: () => producerClient.producer.earnings(),
    retry: false,
  })
}
