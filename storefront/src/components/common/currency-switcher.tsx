import { useTranslation } from "react-i18next"

interface CurrencySwitcherProps {
  currency?: string
  currencies: string[]
  onChange: (currency: string) => void
}

export function CurrencySwitcher({ currency, currencies, onChange }: CurrencySwitcherProps) {
  const { t } = useTranslation()
  if (currencies.length < 2) {
    return null
  }
  return (
    <label className="switcher">
      <span className="switcher-label">{t("currency")}</span>
      <select value={currency} onChange={(event) => onChange(event.target.value)}>
        {currencies.map((code) => (
          <option key={code} value={code}>
            {code.toUpperCase()}
          </option>
        ))}
      </select>
    </label>
  )
}
