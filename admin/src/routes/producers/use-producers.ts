import type { AdminProducerListParams } from "@imece/types"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { client } from "../../lib/client"
import { queryKeysFactory } from "@imece/client"

export const producersQueryKeys = queryKeysFactory<"producers", AdminProducerListParams>(
  "producers"
)

export function useProducers(query: AdminProducerListParams) {
  return useQuery({
    queryKey: producersQueryKeys.list(query),
    queryFn: () => client.admin.producers.list(query),
    // Keep the current page on screen while the next one loads, instead of flashing a spinner.
    placeholderData: keepPreviousData,
  })
}
