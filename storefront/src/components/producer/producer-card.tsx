import { localized, type Locale } from "@imece/i18n"
import type { StoreProducer } from "@imece/types"
import { Link } from "react-router-dom"
import { Avatar } from "./avatar"
import { craftAndCity, firstSentence } from "./producer-text"

export function ProducerCard({ producer, locale }: { producer: StoreProducer; locale: Locale }) {
  return (
    <article className="card producer-card" data-testid="producer-card">
      <Link to={`/producers/${producer.handle}`} className="card-link">
        <Avatar name={producer.name} url={producer.avatar_url} />
        <span className="card-title">{producer.name}</span>
      </Link>
      <p className="card-meta">{craftAndCity(producer, locale)}</p>
      <p className="card-story">{firstSentence(localized(producer.story, locale))}</p>
    </article>
  )
}
