import type { AdminProducerListParams } from "@imece/types"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
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

/** Suspends or reactivates her shop; the list refreshes to show her new status. */
export function useChangeProducerStatus() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: "suspend" | "reactivate" }) =>
      action === "suspend"
        ? client.admin.producers.suspend(id)
        : client.admin.producers.reactivate(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: producersQueryKeys.lists() }),
  })
}
