import { formatNumber } from "@imece/i18n"
import type { AdminProducer, AdminProducerListParams, ProducerStatus } from "@imece/types"
import { Badge, Button, Container, Heading, Prompt, Text, toast } from "@medusajs/ui"
import { useCallback, useState } from "react"
import { useTranslation } from "react-i18next"
import { EmptyState } from "../../../components/common/page-states"
import { PagedList } from "../../../components/common/paged-list"
import { useListSearchParams } from "../../../components/common/use-list-search-params"
import { useLocale } from "../../../i18n/use-locale"
import { isProducerStatus } from "../producer-status"
import { useChangeProducerStatus, useProducers } from "../use-producers"
import { ProducerFilters } from "./components/producer-filters"
import { ProducerTable } from "./components/producer-table"
import { useDescribeError } from "../../../i18n/use-describe-error"

const PAGE_SIZE = 20

/** The search is typed into a box; the status is picked whole. */
const TYPED_PARAMS = ["q"] as const

/**
 * Search, filter and page live in the URL, so a view can be shared, reloaded and left with the
 * back button.
 */
export function ProducerList() {
  const { t } = useTranslation(["admin", "common"])
  const describe = useDescribeError()
  const { locale } = useLocale()
  const { searchParams, offset, setParam, setOffset } = useListSearchParams<"q" | "status">(
    TYPED_PARAMS
  )

  const q = searchParams.get("q") ?? ""
  const statusParam = searchParams.get("status")
  const status = isProducerStatus(statusParam) ? statusParam : undefined

  const query: AdminProducerListParams = {
    limit: PAGE_SIZE,
    offset,
    // The URL keeps what was typed, so the box does not lose a space mid-word; the API gets it trimmed.
    q: q.trim() || undefined,
    status,
  }
  const producers = useProducers(query)
  const { data } = producers
  const changeStatus = useChangeProducerStatus()
  const [pending, setPending] = useState<{
    producer: AdminProducer
    action: "suspend" | "reactivate"
  } | null>(null)

  const handleQChange = useCallback((value: string) => setParam("q", value), [setParam])
  const handleStatusChange = useCallback(
    (value: ProducerStatus | undefined) => setParam("status", value),
    [setParam]
  )

  const isFiltered = Boolean(q || status)

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <div className="flex items-center gap-x-2">
          <Heading level="h1">{t("common:producers")}</Heading>
          {data && (
            <>
              <span className="sr-only">{t("producers.total")}</span>
              <Badge size="2xsmall" data-testid="producers-count">
                {formatNumber(data.count, locale)}
              </Badge>
            </>
          )}
        </div>
        <Text size="small" className="text-ui-fg-subtle">
          {t("producers.subtitle")}
        </Text>
      </div>

      <ProducerFilters
        q={q}
        status={status}
        locale={locale}
        onQChange={handleQChange}
        onStatusChange={handleStatusChange}
      />

      <PagedList
        query={producers}
        loadFailedMessage={t("producers.loadFailed")}
        offset={offset}
        limit={PAGE_SIZE}
        locale={locale}
        onOffsetChange={setOffset}
      >
        {(page) =>
          page.producers.length > 0 ? (
            <ProducerTable
              producers={page.producers}
              locale={locale}
              onChangeStatus={(producer, action) => setPending({ producer, action })}
            />
          ) : (
            <EmptyState message={isFiltered ? t("producers.noMatches") : t("common:empty")} />
          )
        }
      </PagedList>

      <Prompt open={pending !== null} onOpenChange={(open) => !open && setPending(null)}>
        {pending && (
          <Prompt.Content>
            <Prompt.Header>
              <Prompt.Title>
                {t(`producers.actions.${pending.action}Title`, { name: pending.producer.name })}
              </Prompt.Title>
              <Prompt.Description>
                {t(`producers.actions.${pending.action}Text`)}
              </Prompt.Description>
            </Prompt.Header>
            <Prompt.Footer>
              <Prompt.Cancel>{t("producers.actions.cancel")}</Prompt.Cancel>
              <Button
                data-testid="confirm-action"
                isLoading={changeStatus.isPending}
                onClick={() =>
                  changeStatus.mutate(
                    { id: pending.producer.id, action: pending.action },
                    {
                      onSuccess: () => {
                        setPending(null)
                        toast.success(t("producers.actions.done"))
                      },
                      onError: (error) => toast.error(describe(error)),
                    }
                  )
                }
              >
                {t("producers.actions.confirm")}
              </Button>
            </Prompt.Footer>
          </Prompt.Content>
        )}
      </Prompt>
    </Container>
  )
}
