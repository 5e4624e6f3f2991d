import { formatNumber, type Locale } from "@imece/i18n"
import type { AdminImpact } from "@imece/types"
import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { formatMoney, hasOrdersOrIncome } from "../../impact-format"

interface ImpactSummaryProps {
  impact: AdminImpact
  locale: Locale
}

/** The period in a few numbers: producers at work, and the money per currency sold or earned in. */
export function ImpactSummary({ impact, locale }: ImpactSummaryProps) {
  const { t } = useTranslation(["admin", "common"])
  const figures = [
    { key: "active", label: t("impact.summary.activeProducers"), value: impact.producers.active },
    {
      key: "with-sales",
      label: t("impact.summary.producersWithSales"),
      value: impact.producers.with_sales,
    },
    {
      key: "active-30",
      label: t("impact.summary.activeLast30"),
      value: impact.producers.active_last_30_days,
    },
  ]
  const currencies = impact.currencies.flatMap((currency) => {
    const total = impact.totals.find((row) => row.currency_code === currency.code)
    return total && hasOrdersOrIncome(total) ? [{ currency, total }] : []
  })

  return (
    <dl className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-3">
      {figures.map((figure) => (
        <div
          key={figure.key}
          className="flex flex-col"
          data-testid={`impact-summary-${figure.key}`}
        >
          <Text size="small" className="text-ui-fg-subtle" asChild>
            <dt>{figure.label}</dt>
          </Text>
          <Text size="large" weight="plus" asChild>
            <dd>{formatNumber(figure.value, locale)}</dd>
          </Text>
        </div>
      ))}
      {currencies.flatMap(({ currency, total }) =>
        [
          { key: "gross", label: t("impact.columns.gross"), value: total.gross },
          { key: "commission", label: t("impact.columns.commission"), value: total.commission },
          { key: "net", label: t("impact.columns.net"), value: total.net },
        ].map((figure) => (
          <div
            key={`${currency.code}-${figure.key}`}
            className="flex flex-col"
            data-testid={`impact-total-${figure.key}`}
          >
            <Text size="small" className="text-ui-fg-subtle" asChild>
              <dt>{figure.label}</dt>
            </Text>
            <Text size="large" weight="plus" asChild>
              <dd>{formatMoney(figure.value, currency, locale)}</dd>
            </Text>
          </div>
        ))
      )}
    </dl>
  )
}
