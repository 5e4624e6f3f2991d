import { formatNumber, type Locale } from "@imece/i18n"
import type { AdminImpactFunnel } from "@imece/types"
import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { formatPercent } from "../../impact-format"

interface ImpactFunnelProps {
  funnel: AdminImpactFunnel
  locale: Locale
}

/** Applicants of the period, step by step to a shop that sells; each step out of the one before. */
export function ImpactFunnel({ funnel, locale }: ImpactFunnelProps) {
  const { t } = useTranslation(["admin", "common"])
  const steps = [
    { key: "submitted", label: t("impact.funnel.submitted"), value: funnel.applications_submitted },
    { key: "approved", label: t("impact.funnel.approved"), value: funnel.approved },
    { key: "first-sale", label: t("impact.funnel.firstSale"), value: funnel.first_sale },
    { key: "active", label: t("impact.funnel.active"), value: funnel.active_last_30_days },
  ]

  return (
    <div className="flex flex-col gap-y-4 px-6 py-4">
      <ol className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {steps.map((step, index) => (
          <li
            key={step.key}
            className="bg-ui-bg-subtle flex flex-col gap-y-1 rounded-lg px-4 py-3"
            data-testid={`impact-funnel-${step.key}`}
          >
            <Text size="small" className="text-ui-fg-subtle">
              {step.label}
            </Text>
            <Text size="xlarge" weight="plus" data-testid="impact-funnel-value">
              {formatNumber(step.value, locale)}
            </Text>
            {index > 0 && (
              <Text size="xsmall" className="text-ui-fg-muted">
                {t("impact.funnel.share", {
                  percent: formatPercent(step.value, steps[index - 1].value, locale),
                })}
              </Text>
            )}
          </li>
        ))}
      </ol>
      <Text size="small" data-testid="impact-funnel-median">
        <span className="text-ui-fg-subtle">{t("impact.funnel.medianDays")}: </span>
        <span className="font-medium">
          {funnel.median_days_to_first_sale === null
            ? t("impact.funnel.noMedian")
            : formatNumber(funnel.median_days_to_first_sale, locale)}
        </span>
      </Text>
    </div>
  )
}
