import type { AdminPayoutPeriod } from "@imece/client"
import { formatNumber, isCalendarDate } from "@imece/i18n"
import type { AdminPayoutBatch } from "@imece/types"
import { Button, Container, Heading, Prompt, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { EmptyState, ErrorState, LoadingState } from "../../../components/common/page-states"
import { PagedList } from "../../../components/common/paged-list"
import { useListSearchParams } from "../../../components/common/use-list-search-params"
import { useLocale } from "../../../i18n/use-locale"
import { useCooperativeTimeZone } from "../../settings/use-cooperative-settings"
import { useCurrentStaffMember } from "../../staff/use-staff"
import { defaultPayoutPeriod, formatTotals, producerCount } from "../payout-period"
import {
  useConfirmPayoutBatch,
  useDownloadPayoutCsv,
  usePayoutBatches,
  usePayoutProposal,
  useSettlePayoutBatch,
} from "../use-payout-batches"
import { PayoutBatchTable } from "./components/payout-batch-table"
import { PayoutPeriodForm } from "./components/payout-period-form"
import { PayoutProposalView } from "./components/payout-proposal-view"
import { useDescribeError } from "../../../i18n/use-describe-error"
import { formatCooperativeDay } from "../../../i18n/cooperative-days"

const PAGE_SIZE = 20
const NO_TYPED_PARAMS = [] as const

type Settling = { batch: AdminPayoutBatch; outcome: "markPaid" | "cancel" }

/**
 * Producers' earnings paid in batches. Staff pick a period and see what it would pay (IBANs
 * masked; producers without one apart); an administrator confirms it, then gives the CSV to the
 * bank and marks the batch paid once sent, or cancels it so its earnings wait for the next one.
 */
export function PayoutBatchList() {
  const { t } = useTranslation(["admin", "common"])
  const describe = useDescribeError()
  const timeZone = useCooperativeTimeZone()
  const { locale } = useLocale()
  const { offset, setOffset } = useListSearchParams<never>(NO_TYPED_PARAMS)
  const batches = usePayoutBatches({ limit: PAGE_SIZE, offset })
  // The newest batches, for where the next period starts, whichever page is on show.
  const newest = usePayoutBatches({ limit: PAGE_SIZE, offset: 0 })
  const me = useCurrentStaffMember()
  const isAdministrator = me.data?.role === "administrator"

  const [period, setPeriod] = useState<AdminPayoutPeriod | null>(null)
  if (period === null && !newest.isPending) {
    setPeriod(defaultPayoutPeriod(newest.data?.payout_batches ?? [], timeZone))
  }
  const complete =
    period !== null && isCalendarDate(period.period_start) && isCalendarDate(period.period_end)
  const startAfterEnd = complete && period.period_start > period.period_end
  const proposal = usePayoutProposal(complete && !startAfterEnd ? period : null)

  const confirm = useConfirmPayoutBatch()
  const settle = useSettlePayoutBatch()
  const download = useDownloadPayoutCsv()
  const [confirming, setConfirming] = useState(false)
  const [settling, setSettling] = useState<Settling | null>(null)

  const proposalBody = () => {
    if (!complete || startAfterEnd) {
      return null
    }
    if (proposal.isPending) {
      return <LoadingState />
    }
    if (proposal.isError) {
      return (
        <ErrorState
          message={describe(proposal.error, t("payouts.proposal.loadFailed"))}
          onRetry={() => void proposal.refetch()}
        />
      )
    }
    return (
      <PayoutProposalView
        proposal={proposal.data}
        locale={locale}
        timeZone={timeZone}
        canConfirm={isAdministrator}
        isStale={proposal.isPlaceholderData}
        isConfirming={confirm.isPending}
        onConfirm={() => setConfirming(true)}
      />
    )
  }

  return (
    <div className="flex flex-col gap-y-4">
      <div>
        <Heading level="h1">{t("payouts.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("payouts.subtitle")}
        </Text>
      </div>

      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          {period ? (
            <PayoutPeriodForm period={period} onChange={setPeriod} startAfterEnd={startAfterEnd} />
          ) : (
            <LoadingState />
          )}
        </div>
        {proposalBody()}
      </Container>

      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("payouts.batches.title")}</Heading>
        </div>
        <PagedList
          query={batches}
          loadFailedMessage={t("payouts.batches.loadFailed")}
          offset={offset}
          limit={PAGE_SIZE}
          locale={locale}
          onOffsetChange={setOffset}
        >
          {(page) =>
            page.payout_batches.length > 0 ? (
              <PayoutBatchTable
                batches={page.payout_batches}
                locale={locale}
                timeZone={timeZone}
                canSettle={isAdministrator}
                downloadingId={download.isPending ? (download.variables?.id ?? null) : null}
                onDownload={(batch) =>
                  download.mutate(batch, {
                    onError: (error) =>
                      toast.error(
                        t("payouts.batches.downloadFailed", { message: describe(error) })
                      ),
                  })
                }
                onMarkPaid={(batch) => setSettling({ batch, outcome: "markPaid" })}
                onCancel={(batch) => setSettling({ batch, outcome: "cancel" })}
              />
            ) : (
              <EmptyState message={t("payouts.batches.empty")} />
            )
          }
        </PagedList>
      </Container>

      <Prompt open={confirming} onOpenChange={setConfirming}>
        {confirming && proposal.data && (
          <Prompt.Content>
            <Prompt.Header>
              <Prompt.Title>
                {t("payouts.proposal.confirmTitle", {
                  start: formatCooperativeDay(proposal.data.period_start, locale, timeZone),
                  end: formatCooperativeDay(proposal.data.period_end, locale, timeZone),
                })}
              </Prompt.Title>
              <Prompt.Description>
                {t("payouts.proposal.confirmText", {
                  producers: formatNumber(producerCount(proposal.data.payouts), locale),
                  total: formatTotals(proposal.data.totals, locale),
                })}
              </Prompt.Description>
            </Prompt.Header>
            <Prompt.Footer>
              <Prompt.Cancel>{t("payouts.batches.back")}</Prompt.Cancel>
              <Button
                data-testid="payout-confirm-yes"
                isLoading={confirm.isPending}
                onClick={() =>
                  // The period of the proposal she read, whatever the form holds by now.
                  confirm.mutate(proposal.data, {
                    onSuccess: (batch) => {
                      setConfirming(false)
                      toast.success(t("payouts.proposal.confirmed", { reference: batch.reference }))
                    },
                    onError: (error) => {
                      setConfirming(false)
                      toast.error(describe(error))
                    },
                  })
                }
              >
                {t("payouts.proposal.confirm")}
              </Button>
            </Prompt.Footer>
          </Prompt.Content>
        )}
      </Prompt>

      <Prompt open={settling !== null} onOpenChange={(open) => !open && setSettling(null)}>
        {settling && (
          <Prompt.Content>
            <Prompt.Header>
              <Prompt.Title>
                {t(
                  settling.outcome === "markPaid"
                    ? "payouts.batches.markPaidTitle"
                    : "payouts.batches.cancelTitle",
                  { reference: settling.batch.reference }
                )}
              </Prompt.Title>
              <Prompt.Description>
                {settling.outcome === "markPaid"
                  ? t("payouts.batches.markPaidText", {
                      producers: formatNumber(producerCount(settling.batch.payouts), locale),
                      total: formatTotals(settling.batch.totals, locale),
                    })
                  : t("payouts.batches.cancelText")}
              </Prompt.Description>
            </Prompt.Header>
            <Prompt.Footer>
              <Prompt.Cancel>{t("payouts.batches.back")}</Prompt.Cancel>
              <Button
                variant={settling.outcome === "cancel" ? "danger" : "primary"}
                data-testid="payout-settle-yes"
                isLoading={settle.isPending}
                onClick={() =>
                  settle.mutate(
                    { id: settling.batch.id, outcome: settling.outcome },
                    {
                      onSuccess: (batch) => {
                        setSettling(null)
                        toast.success(
                          t(
                            settling.outcome === "markPaid"
                              ? "payouts.batches.markedPaid"
                              : "payouts.batches.canceled",
                            { reference: batch.reference }
                          )
                        )
                      },
                      onError: (error) => {
                        setSettling(null)
                        toast.error(describe(error))
                      },
                    }
                  )
                }
              >
                {t(
                  settling.outcome === "markPaid"
                    ? "payouts.batches.markPaid"
                    : "payouts.batches.cancel"
                )}
              </Button>
            </Prompt.Footer>
          </Prompt.Content>
        )}
      </Prompt>
    </div>
  )
}
