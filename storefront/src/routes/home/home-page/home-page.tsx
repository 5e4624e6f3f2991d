import { useTranslation } from "react-i18next"
import { EmptyState, ErrorState, LoadingState } from "../../../components/common/page-states"
import { ProducerCard } from "../../../components/producer/producer-card"
import { CategoryLinks } from "../../../components/product/category-links"
import { ProductResults } from "../../../components/product/product-results"
import { useLocale } from "../../../i18n/use-locale"
import { useProducers } from "../../producers/use-producers"
import { useCategories, useProducts } from "../../products/use-products"
import { useRegion } from "../../regions/region-context"

export function HomePage() {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const regions = useRegion()
  const producers = useProducers({ limit: 12 })
  const categories = useCategories()
  const products = useProducts({ region_id: regions.region?.id, limit: 24, order: "-created_at" })

  return (
    <>
      <section className="hero">
        <h1>{t("hero.title")}</h1>
        <p>{t("hero.lead")}</p>
      </section>

      <section aria-labelledby="producers-heading">
        <h2 id="producers-heading">{t("home.producers")}</h2>
        {producers.isPending ? (
          <LoadingState />
        ) : producers.isError ? (
          <ErrorState onRetry={() => void producers.refetch()} />
        ) : producers.data.producers.length === 0 ? (
          <EmptyState message={t("home.noProducers")} />
        ) : (
          <ul className="strip" role="list">
            {producers.data.producers.map((producer) => (
              <li key={producer.id}>
                <ProducerCard producer={producer} locale={locale} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading">{t("find.categories.title")}</h2>
        <CategoryLinks categories={categories} testId="home-categories" />
      </section>

      <section aria-labelledby="products-heading">
        <h2 id="products-heading">{t("home.newProducts")}</h2>
        <ProductResults
          products={products.data?.products}
          isError={regions.isUnavailable || products.isError}
          onRetry={regions.isUnavailable ? regions.retry : () => void products.refetch()}
          emptyMessage={t("home.noProducts")}
          locale={locale}
        />
      </section>
    </>
  )
}
