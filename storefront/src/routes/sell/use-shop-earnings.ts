import { queryKeysFactory } from "@imece/client"
import type { ProducerEarningsResponse } from "@imece/types"
import { useInfiniteQuery } from "@tanstack/react-query"
import { producerClient } from "../../lib/producer-client"

export const shopEarningsQueryKeys = queryKeysFactory<"shop-earnings", void>("shop-earnings")

/** Entries of her history asked for at a time; a page of a phone or two. */
export const EARNINGS_PAGE_SIZE = 20

/** Where the page after `page` starts, while her history has more. */
export function nextEarningsOffset(page: ProducerEarningsResponse): number | undefined {
  const next = page.offset + page.entries.length
  return page.entries.length > 0 && next < page.count ? next : undefined
}

/**
 * Her balance per currency and her payouts (minor units), with her ledger entries a page at a
 * time, newest first: each further page is added below the ones she has.
 */
export function useShopEarnings() {
  return useInfiniteQuery({
    queryKey: shopEarningsQueryKeys.lists(),
    queryFn: ({ pageParam }) =>
      producerClient.producer.earnings({ limit: EARNINGS_PAGE_SIZE, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: nextEarningsOffset,
    retry: false,
  })
}
