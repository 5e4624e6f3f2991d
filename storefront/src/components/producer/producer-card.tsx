import { localized, type Locale } from "@imece/i18n"
import type { StoreProducer } from "@imece/types"
import { Link } from "react-router-dom"
import { wordsAttributes } from "../product/text-language"
import { Avatar } from "./avatar"
import { craftAndCity, firstSentence } from "./producer-text"

export function ProducerCard({ producer, locale }: { producer: StoreProducer; locale: Locale }) {
  const craft = craftAndCity(producer, locale)
  const story = firstSentence(localized(producer.story, locale))
  return (
    <article className="card producer-card" data-testid="producer-card">
      <Link to={`/producers/${producer.handle}`} className="card-link">
        <Avatar name={producer.name} url={producer.avatar_url} />
        <span className="card-title" {...wordsAttributes(producer.name, locale)}>
          {producer.name}
        </span>
      </Link>
      <p className="card-meta" {...wordsAttributes(craft, locale)}>
        {craft}
      </p>
      <p className="card-story" {...wordsAttributes(story, locale)}>
        {story}
      </p>
    </article>
  )
}
