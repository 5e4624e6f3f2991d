import { formatNumber } from "@imece/i18n"
import type { ProducerProduct } from "@imece/types"
import { useTranslation } from "react-i18next"
import { useLocale } from "../../../i18n/use-locale"

/** Her stock in plain words, or the days she needs when she makes it to order. */
export function AvailabilityNote({ product }: { product: ProducerProduct }) {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const days = product.metadata?.made_to_order_days
  if (days) {
    return <span>{t("manage.products.madeToOrder", { days: formatNumber(days, locale) })}</span>
  }
  const stock = product.variants.reduce((sum, variant) => sum + variant.stock, 0)
  const reserved = product.variants.reduce((sum, variant) => sum + variant.reserved, 0)
  return (
    <span>
      {t("manage.products.stock", { quantity: formatNumber(stock, locale) })}
      {reserved > 0 &&
        ` · ${t("manage.products.reserved", { quantity: formatNumber(reserved, locale) })}`}
    </span>
  )
}
