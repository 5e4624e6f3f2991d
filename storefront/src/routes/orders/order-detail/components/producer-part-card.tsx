import type { StoreProducerOrderPart } from "@imece/types"
import { formatNumber, type Locale } from "@imece/i18n"
import type { HttpTypes } from "@medusajs/types"
import { useTranslation } from "react-i18next"

interface ProducerPartCardProps {
  part: StoreProducerOrderPart | null
  producerName: string | null
  items: HttpTypes.StoreOrderLineItem[]
  locale: Locale
}

/** One producer's parcel of her order: what is in it and where it stands. */
export function ProducerPartCard({ part, producerName, items, locale }: ProducerPartCardProps) {
  const { t } = useTranslation()
  return (
    <section className="order-part" data-testid="order-part">
      <h3>
        {producerName
          ? t("shop.order.partFrom", { name: producerName })
          : t("shop.cart.cooperative")}
      </h3>
      {part && (
        <p className={`badge badge-${part.status}`} data-testid="order-part-status">
          {t(`shop.order.status.${part.status}`)}
        </p>
      )}
      {part?.tracking_number && (
        <p className="card-meta" dir="auto">
          {t("shop.order.tracking", { carrier: part.carrier ?? "", number: part.tracking_number })}
        </p>
      )}
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            {formatNumber(item.quantity, locale)} × {item.product_title ?? item.title}
          </li>
        ))}
      </ul>
    </section>
  )
}
