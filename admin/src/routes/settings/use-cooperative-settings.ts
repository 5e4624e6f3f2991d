import { queryKeysFactory } from "@imece/client"
import type { AdminCooperativeSettings } from "@imece/types"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { client } from "../../lib/client"

export const cooperativeSettingsQueryKeys = queryKeysFactory<"cooperative-settings", void>(
  "cooperative-settings"
)

export function useCooperativeSettings() {
  return useQuery({
    queryKey: cooperativeSettingsQueryKeys.all,
    queryFn: async () => (await client.admin.cooperativeSettings.retrieve()).cooperative_settings,
  })
}

export function useUpdateCooperativeSettings() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (changes: Partial<AdminCooperativeSettings>) =>
      client.admin.cooperativeSettings.update(changes),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cooperativeSettingsQueryKeys.all }),
  })
}
