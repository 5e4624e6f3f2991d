import { queryKeysFactory } from "@imece/client"
import { DEFAULT_COOPERATIVE_TIME_ZONE } from "@imece/i18n"
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

/**
 * The cooperative's time zone, whose days every period of money is counted in; its default
 * until the settings have arrived.
 */
export function useCooperativeTimeZone() {
  return useCooperativeSettings().data?.time_zone ?? DEFAULT_COOPERATIVE_TIME_ZONE
}

export function useUpdateCooperativeSettings() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (changes: Partial<AdminCooperativeSettings>) =>
      client.admin.cooperativeSettings.update(changes),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cooperativeSettingsQueryKeys.all }),
  })
}
