import { Input } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { SearchInput } from "../../../../components/common/search-input"

export interface ApplicationFilterValues {
  q: string
  city: string
  craft: string
  /** A calendar day, `YYYY-MM-DD`, as the date field gives it; empty for no limit. */
  submittedFrom: string
}

interface ApplicationFiltersProps {
  values: ApplicationFilterValues
  onChange: (key: keyof ApplicationFilterValues, value: string) => void
}

/** Search and the narrowing fields of the inbox; each reports one value at a time. */
export function ApplicationFilters({ values, onChange }: ApplicationFiltersProps) {
  const { t } = useTranslation()

  return (
    <div className="flex flex-col gap-2 px-6 py-4 sm:flex-row sm:flex-wrap sm:items-center">
      <SearchInput
        value={values.q}
        onChange={(value) => onChange("q", value)}
        label={t("applications.filters.search")}
        className="sm:w-64"
      />
      <SearchInput
        value={values.city}
        onChange={(value) => onChange("city", value)}
        label={t("applications.filters.city")}
        className="sm:w-40"
      />
      <SearchInput
        value={values.craft}
        onChange={(value) => onChange("craft", value)}
        label={t("applications.filters.craft")}
        className="sm:w-40"
      />
      <Input
        type="date"
        size="small"
        value={values.submittedFrom}
        onChange={(event) => onChange("submittedFrom", event.target.value)}
        aria-label={t("applications.filters.submittedFrom")}
        title={t("applications.filters.submittedFrom")}
        data-testid="application-filter-submitted-from"
        className="sm:w-44"
      />
    </div>
  )
}
