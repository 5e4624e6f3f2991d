import { queryKeysFactory } from "@imece/client"
import type { AdminImpactExportParams, AdminImpactParams } from "@imece/types"
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query"
import { client } from "../../lib/client"
import { saveFile } from "../../lib/save-file"

export const impactQueryKeys = queryKeysFactory<"impact", AdminImpactParams>("impact")

/** The report for a period; the last one stays on screen while another period loads. */
export function useImpact(query: AdminImpactParams) {
  return useQuery({
    queryKey: impactQueryKeys.list(query),
    queryFn: () => client.admin.impact.retrieve(query),
    select: (response) => response.impact,
    placeholderData: keepPreviousData,
  })
}

/** The name a downloaded table is saved under, as the API names it. */
export const impactCsvFileName = ({ table, from, to }: AdminImpactExportParams) =>
  `imece-impact-${table}-${from}-${to}.csv`

/** Downloads one table of the report as CSV (asked with the staff token, saved as a file). */
export function useDownloadImpactCsv() {
  return useMutation({
    mutationFn: async (query: AdminImpactExportParams) => {
      saveFile(await client.admin.impact.exportCsv(query), impactCsvFileName(query))
    },
  })
}
