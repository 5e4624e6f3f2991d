import { directionOf, type Locale } from "@imece/i18n"
import { PRODUCER_STATUSES, type ProducerStatus } from "@imece/types"
import { Select } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { SearchInput } from "../../../../components/common/search-input"
import { isProducerStatus } from "../../producer-status"

/** Radix Select needs a non-empty value for every item, so "no filter" gets its own. */
const ALL_STATUSES = "all"

interface ProducerFiltersProps {
  q: string
  status: ProducerStatus | undefined
  locale: Locale
  onQChange: (q: string) => void
  onStatusChange: (status: ProducerStatus | undefined) => void
}

export function ProducerFilters({
  q,
  status,
  locale,
  onQChange,
  onStatusChange,
}: ProducerFiltersProps) {
  const { t } = useTranslation(["admin", "common"])

  return (
    <div className="flex flex-col gap-2 px-6 py-4 sm:flex-row sm:items-center">
      <SearchInput
        value={q}
        onChange={onQChange}
        label={t("producers.search")}
        className="sm:w-72"
      />
      <Select
        size="small"
        dir={directionOf(locale)}
        value={status ?? ALL_STATUSES}
        onValueChange={(value) => onStatusChange(isProducerStatus(value) ? value : undefined)}
      >
        <Select.Trigger className="sm:w-48" aria-label={t("producers.statusFilter")}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={ALL_STATUSES}>{t("producers.allStatuses")}</Select.Item>
          {PRODUCER_STATUSES.map((option) => (
            <Select.Item key={option} value={option}>
              {t(`common:status.${option}`)}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
}
