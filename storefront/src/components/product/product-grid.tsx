import type { StoreProductWithProducer } from "@imece/client"
import type { Locale } from "@imece/i18n"
import { ProductCard } from "./product-card"

export function ProductGrid({
  products,
  locale,
}: {
  products: StoreProductWithProducer[]
  locale: Locale
}) {
  return (
    <ul className="grid" role="list">
      {products.map((product) => (
        <li key={product.id}>
          <ProductCard product={product} locale={locale} />
        </li>
      ))}
    </ul>
  )
}
