import { formatDate, formatNumber } from "@imece/i18n"
import { APPLICATION_STATUSES, type ApplicationStatus } from "@imece/types"
import { Container, Heading, Table, Tabs, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link, useSearchParams } from "react-router-dom"
import { EmptyState, ErrorState, LoadingState } from "../../../components/common/page-states"
import { Pagination } from "../../../components/common/pagination"
import { useLocale } from "../../../i18n/use-locale"
import { ApplicationStatusBadge } from "../application-status-badge"
import { useApplications } from "../use-applications"

const PAGE_SIZE = 20

const isStatus = (value: string | null): value is ApplicationStatus =>
  (APPLICATION_STATUSES as readonly (string | null)[]).includes(value)

/** The moderation inbox: one status at a time, the longest waiting first. */
export function ApplicationList() {
  const { t } = useTranslation(["admin", "common"])
  const { locale } = useLocale()
  const [params, setParams] = useSearchParams()
  const statusParam = params.get("status")
  const status: ApplicationStatus = isStatus(statusParam) ? statusParam : "submitted"
  const offset = Math.max(0, Number(params.get("offset")) || 0)
  const { data, isPending, isError, refetch } = useApplications({
    status,
    limit: PAGE_SIZE,
    offset,
  })

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>{t("applications.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("applications.subtitle")}
        </Text>
      </div>
      <Tabs value={status} onValueChange={(value) => setParams({ status: value })}>
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
      {isPending ? (
        <LoadingState />
      ) : isError ? (
        <ErrorState message={t("applications.loadFailed")} onRetry={() => void refetch()} />
      ) : data.applications.length === 0 ? (
        <EmptyState message={t("applications.empty")} />
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell className="ps-6">
                  {t("applications.fields.full_name")}
                </Table.HeaderCell>
                <Table.HeaderCell>{t("applications.fields.city")}</Table.HeaderCell>
                <Table.HeaderCell>{t("applications.fields.craft")}</Table.HeaderCell>
                <Table.HeaderCell>{t("applications.submittedAt")}</Table.HeaderCell>
                <Table.HeaderCell className="pe-6">
                  {t("producers.columns.status")}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.applications.map((application) => (
                <Table.Row key={application.id} data-testid="application-row">
                  <Table.Cell className="ps-6">
                    <Link className="text-ui-fg-interactive" to={`/applications/${application.id}`}>
                      {application.full_name}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{application.city}</Table.Cell>
                  <Table.Cell>{application.craft}</Table.Cell>
                  <Table.Cell>{formatDate(application.submitted_at, locale)}</Table.Cell>
                  <Table.Cell className="pe-6">
                    <ApplicationStatusBadge status={application.status} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Pagination
            count={data.count}
            offset={offset}
            limit={PAGE_SIZE}
            locale={locale}
            onOffsetChange={(next) => setParams({ status, offset: String(next) })}
          />
        </>
      )}
    </Container>
  )
}
