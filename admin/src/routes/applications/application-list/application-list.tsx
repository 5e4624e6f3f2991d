import type { AdminProducerApplicationListParams } from "@imece/client"
import { formatNumber } from "@imece/i18n"
import { APPLICATION_STATUSES, type ApplicationStatus } from "@imece/types"
import { Container, Heading, Tabs, Text } from "@medusajs/ui"
import { useCallback } from "react"
import { useTranslation } from "react-i18next"
import { EmptyState } from "../../../components/common/page-states"
import { PagedList } from "../../../components/common/paged-list"
import { useListSearchParams } from "../../../components/common/use-list-search-params"
import { useLocale } from "../../../i18n/use-locale"
import { useApplications } from "../use-applications"
import { ApplicationFilters, type ApplicationFilterValues } from "./components/application-filters"
import { ApplicationTable } from "./components/application-table"

const PAGE_SIZE = 20

/** The inbox opens on what waits for a first look. */
const DEFAULT_STATUS: ApplicationStatus = "submitted"

/** URL parameter of each filter; the date keeps the API's name so a shared link reads plainly. */
const FILTER_PARAMS = {
  q: "q",
  city: "city",
  craft: "craft",
  submittedFrom: "submitted_from",
} as const satisfies Record<keyof ApplicationFilterValues, string>

type Param = (typeof FILTER_PARAMS)[keyof typeof FILTER_PARAMS] | "status"

/** The filters typed into a box; the date is picked whole. */
const TYPED_PARAMS = [FILTER_PARAMS.q, FILTER_PARAMS.city, FILTER_PARAMS.craft] as const

const isStatus = (value: string | null): value is ApplicationStatus =>
  (APPLICATION_STATUSES as readonly (string | null)[]).includes(value)

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value)

/**
 * The moderation inbox: one status at a time, the longest waiting first. Status, filters and
 * page live in the URL, as on the producers page, so a view can be shared and reloaded.
 */
export function ApplicationList() {
  const { t } = useTranslation(["admin", "common"])
  const { locale } = useLocale()
  const { searchParams, offset, setParam, setOffset } = useListSearchParams<Param>(TYPED_PARAMS)

  const statusParam = searchParams.get("status")
  const status = isStatus(statusParam) ? statusParam : DEFAULT_STATUS
  const filters: ApplicationFilterValues = {
    q: searchParams.get(FILTER_PARAMS.q) ?? "",
    city: searchParams.get(FILTER_PARAMS.city) ?? "",
    craft: searchParams.get(FILTER_PARAMS.craft) ?? "",
    submittedFrom: searchParams.get(FILTER_PARAMS.submittedFrom) ?? "",
  }

  const query: AdminProducerApplicationListParams = {
    status,
    limit: PAGE_SIZE,
    offset,
    // The URL keeps what was typed, so a box does not lose a space mid-word; the API gets it trimmed.
    q: filters.q.trim() || undefined,
    city: filters.city.trim() || undefined,
    craft: filters.craft.trim() || undefined,
    // A hand-edited URL with a broken date would only earn a 400; it is ignored instead.
    submitted_from: isDay(filters.submittedFrom) ? filters.submittedFrom : undefined,
  }
  const applications = useApplications(query)
  const { data } = applications

  const handleFilterChange = useCallback(
    (key: keyof ApplicationFilterValues, value: string) => setParam(FILTER_PARAMS[key], value),
    [setParam]
  )

  const isFiltered = Boolean(query.q || query.city || query.craft || query.submitted_from)

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">{t("applications.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("applications.subtitle")}
        </Text>
      </div>
      {/* The list below is the panel of the status picked, so each tab's aria-controls names it. */}
      <Tabs
        value={status}
        onValueChange={(value) => setParam("status", value)}
        className="divide-y"
      >
        <Tabs.List className="flex flex-wrap gap-1 px-6 py-3">
          {APPLICATION_STATUSES.map((option) => (
            <Tabs.Trigger
              key={option}
              value={option}
              data-testid={`application-status-tab-${option}`}
            >
              {t(`applications.status.${option}`)}
              {data ? ` (${formatNumber(data.counts[option], locale)})` : ""}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        <Tabs.Content value={status} className="divide-y">
          <ApplicationFilters values={filters} onChange={handleFilterChange} />

          <PagedList
            query={applications}
            loadFailedMessage={t("applications.loadFailed")}
            offset={offset}
            limit={PAGE_SIZE}
            locale={locale}
            onOffsetChange={setOffset}
          >
            {(page) =>
              page.applications.length > 0 ? (
                <ApplicationTable applications={page.applications} locale={locale} />
              ) : (
                <EmptyState
                  message={isFiltered ? t("applications.noMatches") : t("applications.empty")}
                />
              )
            }
          </PagedList>
        </Tabs.Content>
      </Tabs>
    </Container>
  )
}
