import { localized } from "@imece/i18n"
import type { ImpactExportTable } from "@imece/types"
import { Heading, Text, clx, toast } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { useTranslation } from "react-i18next"
import { EmptyState, ErrorState, LoadingState } from "../../../components/common/page-states"
import { useLocale } from "../../../i18n/use-locale"
import { formatDay, hasOrdersOrIncome } from "../impact-format"
import {
  DEFAULT_PRESET,
  isDay,
  isPreset,
  periodProblem,
  presetPeriod,
  type ImpactPeriod,
  type ImpactPreset,
} from "../impact-period"
import { useDownloadImpactCsv, useImpact } from "../use-impact"
import { DownloadCsvButton } from "./components/download-csv-button"
import { GroupTable } from "./components/group-table"
import { ImpactFunnel } from "./components/impact-funnel"
import { ImpactSection } from "./components/impact-section"
import { ImpactSummary } from "./components/impact-summary"
import { MonthlyCharts } from "./components/monthly-charts"
import { PeriodPicker } from "./components/period-picker"
import { StrugglingProducersTable, TopProducersTable } from "./components/producer-tables"

/**
 * The period from the URL, so a report can be shared and reloaded: `?from=…&to=…` for days
 * chosen by hand, `?period=last6` for a preset, the last 12 months otherwise.
 */
function usePeriodParams(today: Date) {
  const [searchParams, setSearchParams] = useSearchParams()
  const from = searchParams.get("from")
  const to = searchParams.get("to")
  const presetParam = searchParams.get("period")
  const custom = isDay(from) && isDay(to) && periodProblem(from, to) === null
  const preset: ImpactPreset = isPreset(presetParam) ? presetParam : DEFAULT_PRESET
  const period: ImpactPeriod = custom ? { from, to } : presetPeriod(preset, today)

  return {
    selected: custom ? ("custom" as const) : preset,
    period,
    choosePreset: (next: ImpactPreset) =>
      setSearchParams(next === DEFAULT_PRESET ? {} : { period: next }),
    chooseDays: (next: ImpactPeriod) => setSearchParams({ from: next.from, to: next.to }),
  }
}

/**
 * What the programme achieves, for staff and the municipality they report to: applicants
 * followed to a first sale, income and orders per month, by city and craft, who earned most and
 * who has not sold lately. Each table downloads as CSV for Excel.
 */
export function ImpactDashboard({ today = new Date() }: { today?: Date }) {
  const { t } = useTranslation(["admin", "common"])
  const { locale } = useLocale()
  const { selected, period, choosePreset, chooseDays } = usePeriodParams(today)
  const impact = useImpact(period)
  const download = useDownloadImpactCsv()

  const downloadButton = (table: ImpactExportTable, tableName: string) => (
    <DownloadCsvButton
      tableName={tableName}
      testId={`impact-download-${table}`}
      isLoading={download.isPending && download.variables?.table === table}
      onClick={() =>
        download.mutate(
          { ...period, table, locale },
          { onError: () => toast.error(t("impact.downloadFailed")) }
        )
      }
    />
  )

  const header = (
    <div className="flex flex-col gap-y-4">
      <div>
        <Heading level="h1">{t("impact.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("impact.subtitle")}
        </Text>
      </div>
      <PeriodPicker
        // A new period from the URL resets the days being chosen.
        key={`${period.from}/${period.to}`}
        selected={selected}
        period={period}
        onPreset={choosePreset}
        onCustom={chooseDays}
      />
      <Text size="small" weight="plus" data-testid="impact-period">
        {t("impact.period.range", {
          from: formatDay(period.from, locale),
          to: formatDay(period.to, locale),
        })}
      </Text>
    </div>
  )

  if (impact.isPending) {
    return (
      <div className="flex flex-col gap-y-4">
        {header}
        <LoadingState />
      </div>
    )
  }
  if (impact.isError) {
    return (
      <div className="flex flex-col gap-y-4">
        {header}
        <ErrorState message={t("impact.loadFailed")} onRetry={() => void impact.refetch()} />
      </div>
    )
  }

  const report = impact.data
  const withMoney = report.currencies.filter((currency) =>
    report.totals.some((total) => total.currency_code === currency.code && hasOrdersOrIncome(total))
  )

  return (
    <div
      className={clx(
        "flex flex-col gap-y-4 transition-opacity",
        impact.isPlaceholderData && "opacity-60"
      )}
      aria-busy={impact.isPlaceholderData}
    >
      {header}

      <ImpactSection
        title={t("impact.funnel.title")}
        subtitle={t("impact.funnel.subtitle")}
        testId="impact-funnel"
      >
        <ImpactFunnel funnel={report.funnel} locale={locale} />
      </ImpactSection>

      <ImpactSection title={t("impact.summary.title")} testId="impact-summary">
        <ImpactSummary impact={report} locale={locale} />
      </ImpactSection>

      {withMoney.length === 0 ? (
        <ImpactSection title={t("impact.income.title")} testId="impact-empty">
          <EmptyState message={t("impact.empty")} />
        </ImpactSection>
      ) : (
        <>
          <ImpactSection
            title={t("impact.income.title")}
            actions={downloadButton("monthly", t("impact.income.title"))}
          >
            {withMoney.map((currency) => (
              <MonthlyCharts
                key={currency.code}
                currency={currency}
                months={report.monthly.filter((month) => month.currency_code === currency.code)}
                locale={locale}
              />
            ))}
          </ImpactSection>

          <ImpactSection
            title={t("impact.cities.title")}
            actions={downloadButton("cities", t("impact.cities.title"))}
            testId="impact-cities"
          >
            <GroupTable
              groups={report.cities}
              nameOf={(group) => group.city}
              nameHeader={t("impact.columns.city")}
              currencies={report.currencies}
              locale={locale}
              rowTestId="impact-city-row"
              label={t("impact.cities.title")}
            />
          </ImpactSection>

          <ImpactSection
            title={t("impact.crafts.title")}
            actions={downloadButton("crafts", t("impact.crafts.title"))}
            testId="impact-crafts"
          >
            <GroupTable
              groups={report.crafts}
              nameOf={(group) => localized(group.craft, locale) || null}
              nameHeader={t("impact.columns.craft")}
              currencies={report.currencies}
              locale={locale}
              rowTestId="impact-craft-row"
              label={t("impact.crafts.title")}
            />
          </ImpactSection>

          <ImpactSection
            title={t("impact.top.title")}
            subtitle={t("impact.top.subtitle")}
            actions={downloadButton("producers", t("impact.top.title"))}
            testId="impact-top-producers"
          >
            <TopProducersTable
              rows={report.top_producers}
              currencies={report.currencies}
              locale={locale}
            />
          </ImpactSection>
        </>
      )}

      <ImpactSection
        title={t("impact.struggling.title")}
        subtitle={t("impact.struggling.subtitle")}
        testId="impact-struggling"
      >
        {report.struggling_producers.length > 0 ? (
          <StrugglingProducersTable rows={report.struggling_producers} locale={locale} />
        ) : (
          <EmptyState message={t("impact.struggling.empty")} />
        )}
      </ImpactSection>
    </div>
  )
}
