import { isNotFound } from "@imece/client"
import { localized } from "@imece/i18n"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router-dom"
import {
  EmptyState,
  ErrorState,
  LoadingState,
  NotFoundState,
} from "../../../components/common/page-states"
import { ProductGrid } from "../../../components/product/product-grid"
import { useLocale } from "../../../i18n/use-locale"
import { useProducts } from "../../products/use-products"
import { useRegion } from "../../regions/region-context"
import { useProducer } from "../use-producers"

export function ProducerDetail() {
  const { handle = "" } = useParams()
  const { t } = useTranslation()
  const { locale } = useLocale()
  const { region } = useRegion()
  const producer = useProducer(handle)
  const products = useProducts({
    producer_id: producer.data?.id,
    region_id: producer.data ? region?.id : undefined,
    limit: 100,
  })

  if (producer.isError) {
    return isNotFound(producer.error) ? (
      <NotFoundState message={t("producer.notFound")} />
    ) : (
      <ErrorState onRetry={() => void producer.refetch()} />
    )
  }
  if (!producer.data) {
    return <LoadingState />
  }

  const maker = producer.data
  return (
    <>
      <section className="producer-hero">
        <img
          className="avatar avatar-large"
          src={maker.avatar_url ?? undefined}
          alt={t("producer.avatar", { name: maker.name })}
          width={128}
          height={128}
        />
        <div>
          <h1 data-testid="producer-name">{maker.name}</h1>
          <p className="card-meta">
            {[localized(maker.craft, locale), maker.city].filter(Boolean).join(" · ")}
          </p>
        </div>
      </section>
      <section aria-labelledby="story-heading">
        <h2 id="story-heading">{t("producer.story")}</h2>
        <p className="story">{localized(maker.story, locale)}</p>
      </section>
      <section aria-labelledby="her-products-heading">
        <h2 id="her-products-heading">{t("producer.products")}</h2>
        {products.isError ? (
          <ErrorState onRetry={() => void products.refetch()} />
        ) : !products.data ? (
          <LoadingState />
        ) : products.data.products.length === 0 ? (
          <EmptyState message={t("producer.noProducts")} />
        ) : (
          <ProductGrid products={products.data.products} locale={locale} />
        )}
      </section>
    </>
  )
}
