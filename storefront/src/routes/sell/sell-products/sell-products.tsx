import { formatPrice } from "@imece/i18n"
import type { ProducerProduct } from "@imece/types"
import { useTranslation } from "react-i18next"
import { Link, useLocation } from "react-router-dom"
import { EmptyState } from "../../../components/common/page-states"
import { useLocale } from "../../../i18n/use-locale"
import { AvailabilityNote } from "../components/availability-note"
import { ShopNav } from "../components/shop-nav"
import { ShopQueryState } from "../components/shop-query-state"
import { useShopProducts } from "../use-shop-products"

/** Said once after she lists a product, as the page she lands on. */
export interface ProductListedNotice {
  listed: "on-sale" | "for-review"
}

/** Her products with what shoppers see of each: on sale or not, price, stock. */
export function SellProducts() {
  const { t } = useTranslation()
  const products = useShopProducts()
  const notice = (useLocation().state as ProductListedNotice | null)?.listed

  return (
    <section className="narrow" data-testid="shop-products">
      <ShopNav />
      <h1>{t("manage.products.title")}</h1>
      {notice && (
        <p className="success" role="status" data-testid="product-listed">
          {notice === "on-sale"
            ? t("manage.products.created")
            : t("manage.products.createdForReview")}
        </p>
      )}
      <p>
        <Link className="button" to="/sell/shop/products/new" data-testid="add-product">
          {t("manage.products.add")}
        </Link>
      </p>
      {!products.isSuccess ? (
        <ShopQueryState query={products} />
      ) : products.data.products.length === 0 ? (
        <EmptyState message={t("manage.products.empty")} />
      ) : (
        <ul className="shop-list" role="list">
          {products.data.products.map((product) => (
            <ProductRow key={product.id} product={product} />
          ))}
        </ul>
      )}
    </section>
  )
}

function ProductRow({ product }: { product: ProducerProduct }) {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const price = product.variants[0]?.prices.find((p) => p.currency_code === "try")
  const reviewMessage = product.metadata?.review_message
  return (
    <li>
      <Link
        className="shop-row"
        to={`/sell/shop/products/${product.id}`}
        data-testid="shop-product"
      >
        {product.thumbnail ? (
          <img src={product.thumbnail} alt="" width={72} height={72} />
        ) : (
          <span className="shop-row-empty">{t("manage.products.noPhoto")}</span>
        )}
        <span className="shop-row-text">
          <strong>{product.title}</strong>
          {price && <span>{formatPrice(price.amount, price.currency_code, locale)}</span>}
          <AvailabilityNote product={product} />
          <span className={`badge badge-${product.status}`} data-testid="shop-product-status">
            {t(`manage.products.status.${product.status}`)}
          </span>
          {product.status === "rejected" && reviewMessage && (
            <small>{t("manage.products.sentBack", { message: reviewMessage })}</small>
          )}
        </span>
      </Link>
    </li>
  )
}
