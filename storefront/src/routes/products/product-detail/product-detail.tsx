import { isNotFound } from "@imece/client"
import { formatNumber, formatPrice } from "@imece/i18n"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router-dom"
import { ErrorState, LoadingState, NotFoundState } from "../../../components/common/page-states"
import { MakerCard } from "../../../components/producer/maker-card"
import { useLocale } from "../../../i18n/use-locale"
import { useRegion } from "../../regions/region-context"
import { useProductByHandle } from "../use-products"
import { Gallery } from "./components/gallery"
import { VariantPicker } from "./components/variant-picker"

type ProductMetadata = { made_to_order_days?: number | null; materials?: string[] }

export function ProductDetail() {
  const { handle = "" } = useParams()
  const { t } = useTranslation()
  const { locale } = useLocale()
  const { region } = useRegion()
  const product = useProductByHandle(handle, region?.id)
  const [variantId, setVariantId] = useState<string>()

  if (product.isError) {
    return isNotFound(product.error) ? (
      <NotFoundState message={t("product.notFound")} />
    ) : (
      <ErrorState onRetry={() => void product.refetch()} />
    )
  }
  if (product.data === undefined) {
    return <LoadingState />
  }
  if (product.data === null) {
    return <NotFoundState message={t("product.notFound")} />
  }

  const item = product.data
  const variants = item.variants ?? []
  const variant = variants.find((v) => v.id === variantId) ?? variants[0]
  const price = variant?.calculated_price
  const metadata = (item.metadata ?? {}) as ProductMetadata
  const images = [
    ...new Set([item.thumbnail, ...(item.images ?? []).map((image) => image.url)].filter(Boolean)),
  ] as string[]
  const stock = variant?.inventory_quantity ?? 0

  return (
    <article className="product-detail">
      <Gallery title={item.title} images={images} />
      <div className="product-info">
        <h1 data-testid="product-title">{item.title}</h1>
        <p className="product-price">
          {typeof price?.calculated_amount === "number" && price.currency_code
            ? formatPrice(price.calculated_amount, price.currency_code, locale)
            : t("product.priceUnavailable")}
        </p>
        <VariantPicker variants={variants} selectedId={variant?.id} onSelect={setVariantId} />
        <p className="availability">
          {metadata.made_to_order_days
            ? t("product.madeToOrder", { days: formatNumber(metadata.made_to_order_days, locale) })
            : stock > 0
              ? t("product.inStock", { count: stock })
              : t("product.outOfStock")}
        </p>
        {item.description && <p className="description">{item.description}</p>}
        {metadata.materials?.length ? (
          <p className="card-meta">
            {t("product.materials")}: {metadata.materials.join(", ")}
          </p>
        ) : null}
        <p className="note">{t("product.cartSoon")}</p>
        {item.producer && <MakerCard producer={item.producer} locale={locale} />}
      </div>
    </article>
  )
}
