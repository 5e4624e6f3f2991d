import { useState } from "react"
import { useTranslation } from "react-i18next"
import { SEARCH_SORTS, type SearchFilter } from "../../search-params"

interface SearchFiltersProps {
  /** As typed (prices may be in Persian digits); "" when not chosen. */
  values: Record<SearchFilter, string>
  categories: { id: string; name: string }[]
  onChange: (name: SearchFilter, value: string) => void
  onClear: () => void
}

/**
 * Narrowing the results: category, city, price range, and their order. Folded away on a phone
 * until she opens it, or already open when a link brought her here with filters chosen.
 */
export function SearchFilters({ values, categories, onChange, onClear }: SearchFiltersProps) {
  const { t } = useTranslation()
  const chosen = Object.values(values).some(Boolean)
  const [openAtFirst] = useState(chosen)
  return (
    <details className="search-filters" open={openAtFirst}>
      <summary data-testid="search-filters-toggle">{t("find.search.filters")}</summary>
      <div className="search-filter-fields">
        <label className="field">
          <span>{t("find.search.category")}</span>
          <select
            data-testid="filter-category"
            value={values.category_id}
            onChange={(event) => onChange("category_id", event.target.value)}
          >
            <option value="">{t("find.search.anyCategory")}</option>
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t("find.search.city")}</span>
          <input
            data-testid="filter-city"
            value={values.city}
            maxLength={100}
            autoComplete="address-level2"
            onChange={(event) => onChange("city", event.target.value)}
          />
        </label>
        <label className="field">
          <span>{t("find.search.priceMin")}</span>
          <input
            data-testid="filter-price-min"
            inputMode="decimal"
            value={values.price_min}
            onChange={(event) => onChange("price_min", event.target.value)}
          />
        </label>
        <label className="field">
          <span>{t("find.search.priceMax")}</span>
          <input
            data-testid="filter-price-max"
            inputMode="decimal"
            value={values.price_max}
            onChange={(event) => onChange("price_max", event.target.value)}
          />
        </label>
        <label className="field">
          <span>{t("find.search.sort")}</span>
          <select
            data-testid="filter-sort"
            value={values.sort || "relevance"}
            onChange={(event) =>
              // The default order needs no place in the address.
              onChange("sort", event.target.value === "relevance" ? "" : event.target.value)
            }
          >
            {SEARCH_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`find.search.sorts.${sort}`)}
              </option>
            ))}
          </select>
        </label>
        {chosen && (
          <button type="button" className="link-button search-clear" onClick={onClear}>
            {t("find.search.clear")}
          </button>
        )}
      </div>
    </details>
  )
}
