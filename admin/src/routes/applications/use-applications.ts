import { queryKeysFactory, type AdminProducerApplicationListParams } from "@imece/client"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { client } from "../../lib/client"
import { producersQueryKeys } from "../producers/use-producers"

export const applicationsQueryKeys = queryKeysFactory<
  "producer-applications",
  AdminProducerApplicationListParams
>("producer-applications")

export function useApplications(query: AdminProducerApplicationListParams) {
  return useQuery({
    queryKey: applicationsQueryKeys.list(query),
    queryFn: () => client.admin.producerApplications.list(query),
    placeholderData: keepPreviousData,
  })
}

/**
 * How many applications wait for staff (new or in review), for the menu badge. `counts` covers
 * every status whatever the filters, so one row is enough; the key sits under the lists, so each
 * decision refreshes it with the inbox.
 */
export function useWaitingApplicationsCount(enabled = true) {
  return useQuery({
    enabled,
    queryKey: applicationsQueryKeys.list({ limit: 1 }),
    queryFn: () => client.admin.producerApplications.list({ limit: 1 }),
    select: ({ counts }) => counts.submitted + counts.in_review,
  })
}

export function useApplication(id: string) {
  return useQuery({
    queryKey: applicationsQueryKeys.detail(id),
    queryFn: async () => (await client.admin.producerApplications.retrieve(id)).application,
  })
}

export type ApplicationDecision =
  /** To herself, unless another staff member is named. */
  | { action: "assign"; userId?: string }
  | { action: "approve"; message?: string }
  | { action: "reject"; reason: string }
  | { action: "requestChanges"; message: string }

/** Every decision refreshes the application, the inbox and (after approval) the producers. */
export function useDecideApplication(id: string) {
  const queryClient = useQueryClient()
  const applications = client.admin.producerApplications
  return useMutation({
    mutationFn: (decision: ApplicationDecision) => {
      switch (decision.action) {
        case "assign":
          return applications.assign(id, decision.userId ? { user_id: decision.userId } : {})
        case "approve":
          return applications.approve(id, { message: decision.message })
        case "reject":
          return applications.reject(id, { reason: decision.reason })
        case "requestChanges":
          return applications.requestChanges(id, { message: decision.message })
      }
    },
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: applicationsQueryKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: applicationsQueryKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: producersQueryKeys.lists() }),
      ])
    },
  })
}
