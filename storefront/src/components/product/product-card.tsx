import type { StoreProductWithProducer } from "@imece/client"
import { formatDate, formatPrice, type Locale } from "@imece/i18n"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { vacationReturn } from "../producer/vacation"
import { lowestPrice } from "./price"
import { wordsAttributes } from "./text-language"

interface ProductCardProps {
  product: StoreProductWithProducer
  locale: Locale
}

export function ProductCard({ product, locale }: ProductCardProps) {
  const { t } = useTranslation()
  const price = lowestPrice(product)
  // Her pieces can be seen while she is away, but not bought until she is back.
  const back = vacationReturn(product.producer, new Date())
  return (
    <article className="card product-card" data-testid="product-card">
      <Link to={`/products/${product.handle}`} className="card-link">
        {product.thumbnail ? (
          <img
            className="card-image"
            src={product.thumbnail}
            alt={t("product.photo", { title: product.title })}
            loading="lazy"
            width={300}
            height={300}
          />
        ) : (
          // Keeps the grid even while a piece has no photo yet.
          <span className="card-image" aria-hidden="true" />
        )}
        <span className="card-title" {...wordsAttributes(product.title, locale)}>
          {product.title}
        </span>
      </Link>
      <p className="card-price">
        {price
          ? formatPrice(price.amount, price.currencyCode, locale)
          : t("product.priceUnavailable")}
      </p>
      {product.producer && (
        <p className="card-meta">
          {t("product.madeBy")}:{" "}
          <bdi {...wordsAttributes(product.producer.name, locale)}>{product.producer.name}</bdi>
        </p>
      )}
      {back && (
        <p className="badge vacation-badge" data-testid="vacation-badge">
          {back === "unknown"
            ? t("find.card.away")
            : t("find.card.backOn", { date: formatDate(back, locale) })}
        </p>
      )}
    </article>
  )
}
