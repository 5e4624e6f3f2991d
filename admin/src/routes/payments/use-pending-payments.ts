import { queryKeysFactory } from "@imece/client"
import type { AdminPendingPaymentListParams } from "@imece/types"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { client } from "../../lib/client"

export const pendingPaymentsQueryKeys = queryKeysFactory<
  "pending-payments",
  AdminPendingPaymentListParams
>("pending-payments")

export function usePendingPayments(query: AdminPendingPaymentListParams) {
  return useQuery({
    queryKey: pendingPaymentsQueryKeys.list(query),
    queryFn: () => client.admin.pendingPayments.list(query),
    // Keep the current page on screen while the next one loads, instead of flashing a spinner.
    placeholderData: keepPreviousData,
  })
}

/** Records the money as arrived (Medusa captures the payment); the order leaves the list. */
export function useMarkPaid() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (paymentId: string) => client.admin.payments.capture(paymentId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pendingPaymentsQueryKeys.lists() }),
  })
}
