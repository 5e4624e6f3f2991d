import type { StoreProductWithProducer } from "@imece/client"
import { formatPrice, type Locale } from "@imece/i18n"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { lowestPrice } from "./price"

interface ProductCardProps {
  product: StoreProductWithProducer
  locale: Locale
}

export function ProductCard({ product, locale }: ProductCardProps) {
  const { t } = useTranslation()
  const price = lowestPrice(product)
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
        <span className="card-title">{product.title}</span>
      </Link>
      <p className="card-price">
        {price
          ? formatPrice(price.amount, price.currencyCode, locale)
          : t("product.priceUnavailable")}
      </p>
      {product.producer && (
        <p className="card-meta">
          {t("product.madeBy")}: {product.producer.name}
        </p>
      )}
    </article>
  )
}
