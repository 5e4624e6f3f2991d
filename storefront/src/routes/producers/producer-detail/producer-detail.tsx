import { isNotFound } from "@imece/client"
import { localized } from "@imece/i18n"
import { useEffect } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate, useParams } from "react-router-dom"
import { ErrorState, LoadingState, NotFoundState } from "../../../components/common/page-states"
import { Avatar } from "../../../components/producer/avatar"
import { wordsAttributes } from "../../../components/product/text-language"
import { craftAndCity } from "../../../components/producer/producer-text"
import { ProductResults } from "../../../components/product/product-results"
import { useLocale } from "../../../i18n/use-locale"
import { useProducts } from "../../products/use-products"
import { useRegion } from "../../regions/region-context"
import { useProducer } from "../use-producers"

/** One maker's shop is small: a single page shows all of it. */
const PRODUCER_PRODUCTS_LIMIT = 100

export function ProducerDetail() {
  const { handle = "" } = useParams()
  const { t } = useTranslation()
  const { locale } = useLocale()
  const regions = useRegion()
  const producer = useProducer(handle)
  const navigate = useNavigate()
  const current = producer.data?.handle
  // An old address of her shop (she has since hidden her surname) answers with her new handle:
  // the address bar shows the new one, and going back does not return to the old.
  useEffect(() => {
    if (current && current !== handle) {
      navigate(`/producers/${encodeURIComponent(current)}`, { replace: true })
    }
  }, [current, handle, navigate])
  // Her products come from the product API, not from her own record, as only it has prices.
  const products = useProducts(
    {
      producer_id: producer.data?.id,
      region_id: regions.region?.id,
      limit: PRODUCER_PRODUCTS_LIMIT,
    },
    { enabled: producer.isSuccess }
  )

  if (producer.isError) {
    return isNotFound(producer.error) ? (
      <NotFoundState message={t("producer.notFound")} />
    ) : (
      <ErrorState onRetry={() => void producer.refetch()} />
    )
  }
  if (producer.isPending) {
    return <LoadingState />
  }

  const maker = producer.data
  const story = localized(maker.story, locale)
  const craft = craftAndCity(maker, locale)
  return (
    <>
      <section className="producer-hero">
        <Avatar name={maker.name} url={maker.avatar_url} size="large" />
        <div>
          <h1 data-testid="producer-name" {...wordsAttributes(maker.name, locale)}>
            {maker.name}
          </h1>
          <p className="card-meta" {...wordsAttributes(craft, locale)}>
            {craft}
          </p>
        </div>
      </section>
      {story && (
        <section aria-labelledby="story-heading">
          <h2 id="story-heading">{t("producer.story")}</h2>
          <p className="story" {...wordsAttributes(story, locale)}>
            {story}
          </p>
        </section>
      )}
      <section aria-labelledby="her-products-heading">
        <h2 id="her-products-heading">{t("producer.products")}</h2>
        <ProductResults
          products={products.data?.products}
          isError={regions.isUnavailable || products.isError}
          onRetry={regions.isUnavailable ? regions.retry : () => void products.refetch()}
          emptyMessage={t("producer.noProducts")}
          locale={locale}
        />
      </section>
    </>
  )
}
