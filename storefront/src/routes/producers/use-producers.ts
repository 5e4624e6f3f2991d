import { queryKeysFactory } from "@imece/client"
import type { StoreProducerListParams } from "@imece/types"
import { useQuery } from "@tanstack/react-query"
import { client } from "../../lib/client"

export const producersQueryKeys = queryKeysFactory<"producers", StoreProducerListParams>(
  "producers"
)

export function useProducers(query: StoreProducerListParams) {
  return useQuery({
    queryKey: producersQueryKeys.list(query),
    queryFn: () => client.store.producers.list(query),
  })
}

export function useProducer(handle: string) {
  return useQuery({
    queryKey: producersQueryKeys.detail(handle),
    queryFn: async () => (await client.store.producers.retrieve(handle)).producer,
  })
}
