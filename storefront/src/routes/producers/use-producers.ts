import { queryKeysFactory } from "@imece/client"
import type { StoreProducerListParams } from "@imece/types"
import { useQuery, useQueryClient } from "@tanstack/react-query"
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
  const queryClient = useQueryClient()
  return useQuery({
    queryKey: producersQueryKeys.detail(handle),
    queryFn: async () => {
      const { producer } = await client.store.producers.retrieve(handle)
      // An old handle answers with her shop under its new one: the page that moves to the new
      // address finds it read already.
      if (producer.handle !== handle) {
        queryClient.setQueryData(producersQueryKeys.detail(producer.handle), producer)
      }
      return producer
    },
  })
}
