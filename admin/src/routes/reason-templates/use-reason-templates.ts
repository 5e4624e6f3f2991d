import { queryKeysFactory } from "@imece/client"
import type { AdminReasonTemplateBody, ReasonTemplateKind } from "@imece/types"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { client } from "../../lib/client"

export const reasonTemplatesQueryKeys = queryKeysFactory<
  "reason-templates",
  { kind?: ReasonTemplateKind }
>("reason-templates")

export function useReasonTemplates(query: { kind?: ReasonTemplateKind } = {}) {
  return useQuery({
    queryKey: reasonTemplatesQueryKeys.list(query),
    queryFn: async () => (await client.admin.reasonTemplates.list(query)).reason_templates,
  })
}

/** Creates a template, or changes one when an id is given; administrators only. */
export function useSaveReasonTemplate() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: AdminReasonTemplateBody }) =>
      id
        ? client.admin.reasonTemplates.update(id, body)
        : client.admin.reasonTemplates.create(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reasonTemplatesQueryKeys.lists() }),
  })
}

export function useDeleteReasonTemplate() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => client.admin.reasonTemplates.delete(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reasonTemplatesQueryKeys.lists() }),
  })
}
