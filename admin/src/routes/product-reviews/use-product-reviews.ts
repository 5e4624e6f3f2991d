import { queryKeysFactory } from "@imece/client"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { client } from "../../lib/client"

export const productReviewsQueryKeys = queryKeysFactory<
  "product-reviews",
  { limit?: number; offset?: number }
>("product-reviews")

export function useProductReviews(query: { limit?: number; offset?: number } = {}) {
  return useQuery({
    queryKey: productReviewsQueryKeys.list(query),
    queryFn: () => client.admin.productReviews.list(query),
  })
}

export type ProductDecision = { action: "approve" } | { action: "sendBack"; reason: string }

export function useDecideProduct() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: ProductDecision }) =>
      decision.action === "approve"
        ? client.admin.productReviews.approve(id)
        : client.admin.productReviews.sendBack(id, decision.reason),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: productReviewsQueryKeys.lists() }),
  })
}
