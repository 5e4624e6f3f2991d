import { formatNumber, type Locale } from "@imece/i18n"
import type { AdminPayoutProposal } from "@imece/types"
import { Button, Heading, Text, clx } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { EmptyState } from "../../../../components/common/page-states"
import { formatTotals, producerCount } from "../../payout-period"
import { PayoutLinesTable } from "./payout-lines-table"
import { formatCooperativeDay } from "../../../../i18n/cooperative-days"

interface PayoutProposalViewProps {
  proposal: AdminPayoutProposal
  locale: Locale
  /** The cooperative's time zone, whose days the periods are. */
  timeZone: string
  /** Reviewers see the proposal without the way to confirm it. */
  canConfirm: boolean
  /** The previous period's proposal, on show while the new one loads: not to be confirmed. */
  isStale: boolean
  isConfirming: boolean
  onConfirm: () => void
}

/**
 * Who a batch for the period would pay and how much, the totals per currency, and apart the
 * producers whose earnings wait for an IBAN.
 */
export function PayoutProposalView({
  proposal,
  locale,
  timeZone,
  canConfirm,
  isStale,
  isConfirming,
  onConfirm,
}: PayoutProposalViewProps) {
  const { t } = useTranslation(["admin", "common"])
  const title = t("payouts.proposal.title", {
    start: formatCooperativeDay(proposal.period_start, locale, timeZone),
    end: formatCooperativeDay(proposal.period_end, locale, timeZone),
  })
  return (
    <div
      className={clx("flex flex-col transition-opacity", isStale && "opacity-60")}
      aria-busy={isStale}
      data-testid="payout-proposal"
    >
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <Heading level="h2">{title}</Heading>
        {canConfirm ? (
          <Button
            size="small"
            data-testid="payout-confirm"
            disabled={isStale || proposal.payouts.length === 0}
            isLoading={isConfirming}
            onClick={onConfirm}
          >
            {t("payouts.proposal.confirm")}
          </Button>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            {t("payouts.proposal.readOnly")}
          </Text>
        )}
      </div>
      {proposal.payouts.length > 0 ? (
        <>
          <PayoutLinesTable
            lines={proposal.payouts}
            locale={locale}
            rowTestId="payout-proposal-row"
            label={title}
          />
          <div className="flex flex-wrap gap-x-4 px-6 py-3" data-testid="payout-proposal-totals">
            <Text size="small" weight="plus">
              {t("payouts.proposal.total")}: {formatTotals(proposal.totals, locale)}
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              {t("payouts.proposal.count", {
                producers: formatNumber(producerCount(proposal.payouts), locale),
              })}
            </Text>
          </div>
        </>
      ) : (
        <EmptyState message={t("payouts.proposal.empty")} />
      )}
      {proposal.without_iban.length > 0 && (
        <div className="border-t" data-testid="payout-without-iban">
          <div className="px-6 pt-4">
            <Heading level="h3">{t("payouts.proposal.withoutIban")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("payouts.proposal.withoutIbanHint")}
            </Text>
          </div>
          <PayoutLinesTable
            lines={proposal.without_iban}
            locale={locale}
            rowTestId="payout-without-iban-row"
            label={t("payouts.proposal.withoutIban")}
          />
        </div>
      )}
    </div>
  )
}
