import { localized, type Locale } from "@imece/i18n"
import type { StoreProducer } from "@imece/types"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

/** The first sentence of her story, to fit a card. */
function firstSentence(text: string): string {
  const match = text.match(/^.*?[.!?؟।](\s|$)/)
  return (match ? match[0] : text).trim()
}

export function ProducerCard({ producer, locale }: { producer: StoreProducer; locale: Locale }) {
  const { t } = useTranslation()
  return (
    <article className="card producer-card" data-testid="producer-card">
      <Link to={`/producers/${producer.handle}`} className="card-link">
        <img
          className="avatar"
          src={producer.avatar_url ?? undefined}
          alt={t("producer.avatar", { name: producer.name })}
          loading="lazy"
          width={96}
          height={96}
        />
        <span className="card-title">{producer.name}</span>
      </Link>
      <p className="card-meta">
        {[localized(producer.craft, locale), producer.city].filter(Boolean).join(" · ")}
      </p>
      <p className="card-story">{firstSentence(localized(producer.story, locale))}</p>
    </article>
  )
}
