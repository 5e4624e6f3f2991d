import { queryKeysFactory } from "@imece/client"
import type { AdminCommissionRuleListParams, AdminCreateCommissionRuleBody } from "@imece/types"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { client } from "../../lib/client"

export const commissionRulesQueryKeys = queryKeysFactory<
  "commission-rules",
  AdminCommissionRuleListParams
>("commission-rules")

export const productCategoriesQueryKeys = queryKeysFactory<"product-categories", void>(
  "product-categories"
)

/** The rules with where each stands today (in force, scheduled, replaced). */
export function useCommissionRules(query: AdminCommissionRuleListParams = {}) {
  return useQuery({
    queryKey: commissionRulesQueryKeys.list(query),
    queryFn: async () => (await client.admin.commissionRules.list(query)).commission_rules,
  })
}

/** The categories a rule can name. */
export function useCategoryChoices() {
  return useQuery({
    queryKey: productCategoriesQueryKeys.lists(),
    queryFn: async () => (await client.admin.categories.list()).product_categories,
  })
}

/** Administrators only. */
export function useCreateCommissionRule() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: AdminCreateCommissionRuleBody) => client.admin.commissionRules.create(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commissionRulesQueryKeys.lists() }),
  })
}

/** Administrators only, and only a rule not yet in force. */
export function useDeleteCommissionRule() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => client.admin.commissionRules.delete(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commissionRulesQueryKeys.lists() }),
  })
}
