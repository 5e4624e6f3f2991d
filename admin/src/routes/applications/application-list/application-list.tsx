import type { AdminProducerApplicationListParams } from "@imece/client"
import { formatNumber } from "@imece/i18n"
import { APPLICATION_STATUSES, type ApplicationStatus } from "@imece/types"
import { Container, Heading, Tabs, Text, clx } from "@medusajs/ui"
import { useCallback } from "react"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { EmptyState, ErrorState, LoadingState } from "../../../components/common/page-states"
import { Pagination } from "../../../components/common/pagination"
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

type Param = (typeof FILTER_PARAMS)[keyof typeof FILTER_PARAMS] | "status" | "offset"

const isStatus = (value: string | null): value is ApplicationStatus =>
  (APPLICATION_STATUSES as readonly (string | null)[]).includes(value)

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value)

/** A page offset from the URL; anything that is not a whole number from 0 up means the first page. */
function parseOffset(value: string | null): number {
  const offset = Number(value)
  return Number.isInteger(offset) && offset > 0 ? offset : 0
}

/**
 * The moderation inbox: one status at a time, the longest waiting first. Status, filters and
 * page live in the URL, as on the producers page, so a view can be shared and reloaded.
 */
export function ApplicationList() {
  const { t } = useTranslation(["admin", "common"])
  const { locale } = useLocale()
  const [searchParams, setSearchParams] = useSearchParams()

  const statusParam = searchParams.get("status")
  const status = isStatus(statusParam) ? statusParam : DEFAULT_STATUS
  const offset = parseOffset(searchParams.get("offset"))
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
  const { data, isPending, isError, isPlaceholderData, refetch } = useApplications(query)

  /** Sets or clears one URL parameter; a new status or filter starts again from the first page. */
  const setParam = useCallback(
    (key: Param, value: string | undefined) => {
      setSearchParams(
        (previous) => {
          const next = new URLSearchParams(previous)
          if (value) {
            next.set(key, value)
          } else {
            next.delete(key)
          }
          if (key !== "offset") {
            next.delete("offset")
          }
          return next
        },
        // Typing should not leave one history entry per pause.
        { replace: key === "q" || key === "city" || key === "craft" }
      )
    },
    [setSearchParams]
  )
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
      <Tabs value={status} onValueChange={(value) => setParam("status", value)}>
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
      </Tabs>

      <ApplicationFilters values={filters} onChange={handleFilterChange} />

      {isPending ? (
        <LoadingState />
      ) : isError ? (
        <ErrorState message={t("applications.loadFailed")} onRetry={() => void refetch()} />
      ) : (
        <div
          aria-busy={isPlaceholderData}
          className={clx("transition-opacity", isPlaceholderData && "opacity-60")}
        >
          {data.applications.length > 0 ? (
            <ApplicationTable applications={data.applications} locale={locale} />
          ) : (
            <EmptyState
              message={isFiltered ? t("applications.noMatches") : t("applications.empty")}
            />
          )}
          {data.count > 0 && (
            <Pagination
              count={data.count}
              offset={offset}
              limit={PAGE_SIZE}
              locale={locale}
              onOffsetChange={(next) => setParam("offset", next > 0 ? String(next) : undefined)}
            />
          )}
        </div>
      )}
    </Container>
  )
}
