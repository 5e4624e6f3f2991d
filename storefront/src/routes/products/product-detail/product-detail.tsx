import { isNotFound } from "@imece/client"
import { describeError, formatDate, formatNumber, formatPrice, type Locale } from "@imece/i18n"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router-dom"
import { ErrorState, LoadingState, NotFoundState } from "../../../components/common/page-states"
import { wordsAttributes } from "../../../components/product/text-language"
import { MakerCard } from "../../../components/producer/maker-card"
import { vacationReturn } from "../../../components/producer/vacation"
import { useLocale } from "../../../i18n/use-locale"
import { cartRefusalOf } from "../../cart/cart-errors"
import { useAddToCart } from "../../cart/use-cart"
import { useRegion } from "../../regions/region-context"
import { useProductByHandle } from "../use-products"
import { availabilityOf, type Availability } from "./availability"
import { AddToCart } from "./components/add-to-cart"
import { Gallery } from "./components/gallery"
import { VariantPicker } from "./components/variant-picker"

export function ProductDetail() {
  const { handle = "" } = useParams()
  const { t } = useTranslation()
  const { locale } = useLocale()
  const { region, isUnavailable, retry } = useRegion()
  const product = useProductByHandle(handle, region?.id)
  const [variantId, setVariantId] = useState<string>()
  const addToCart = useAddToCart()

  if (isUnavailable) {
    return <ErrorState onRetry={retry} />
  }
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
  const availability = availabilityOf(variant, item.metadata)
  const back = vacationReturn(item.producer, new Date())
  // The thumbnail is usually one of the images too; show each photo once.
  const images = [
    ...new Set([item.thumbnail, ...(item.images ?? []).map((image) => image.url)]),
  ].filter((url): url is string => Boolean(url))

  return (
    <article className="product-detail">
      <Gallery title={item.title} images={images} locale={locale} />
      <div className="product-info">
        <h1 data-testid="product-title" {...wordsAttributes(item.title, locale)}>
          {item.title}
        </h1>
        <p className="product-price" data-testid="product-price">
          {typeof price?.calculated_amount === "number" && price.currency_code
            ? formatPrice(price.calculated_amount, price.currency_code, locale)
            : t("product.priceUnavailable")}
        </p>
        <VariantPicker
          variants={variants}
          selectedId={variant?.id}
          onSelect={(id) => {
            setVariantId(id)
            addToCart.reset()
          }}
        />
        <p className="availability">
          <AvailabilityText availability={availability} locale={locale} />
        </p>
        {back ? (
          <p className="note" data-testid="on-vacation">
            {t("shop.addToCart.onVacation", {
              name: item.producer?.name,
              date: back === "unknown" ? "…" : formatDate(back, locale),
            })}
          </p>
        ) : (
          <AddToCart
            key={variant?.id}
            max={availability.kind === "in-stock" ? availability.quantity : null}
            disabled={!variant || availability.kind === "out-of-stock"}
            isAdding={addToCart.isPending}
            added={addToCart.isSuccess}
            refusal={
              !addToCart.isError
                ? null
                : cartRefusalOf(addToCart.error) === "sold-out"
                  ? t("shop.addToCart.soldOut")
                  : // Her shop closed or she went on vacation since the page opened: say which.
                    describeError(addToCart.error, locale, t("shop.addToCart.failed"))
            }
            locale={locale}
            onAdd={(quantity) => variant && addToCart.mutate({ variant_id: variant.id, quantity })}
          />
        )}
        {item.description && (
          <p className="description" {...wordsAttributes(item.description, locale)}>
            {item.description}
          </p>
        )}
        {item.material && (
          <p className="card-meta">
            {t("product.materials")}:{" "}
            <bdi {...wordsAttributes(item.material, locale)}>{item.material}</bdi>
          </p>
        )}
        {item.producer && <MakerCard producer={item.producer} locale={locale} />}
      </div>
    </article>
  )
}

function AvailabilityText({
  availability,
  locale,
}: {
  availability: Availability
  locale: Locale
}) {
  const { t } = useTranslation()
  switch (availability.kind) {
    case "made-to-order":
      return t("product.madeToOrder", { days: formatNumber(availability.days, locale) })
    case "available":
      return t("product.available")
    case "in-stock":
      return t("product.inStock", { quantity: formatNumber(availability.quantity, locale) })
    case "out-of-stock":
      return t("product.outOfStock")
  }
}
