import { localized, type Locale } from "@imece/i18n"
import type { StoreProducer } from "@imece/types"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { wordsAttributes } from "../product/text-language"
import { Avatar } from "./avatar"
import { craftAndCity, storyExcerpt } from "./producer-text"

/** Who made the piece: shown on every product page, linking to her shop. */
export function MakerCard({ producer, locale }: { producer: StoreProducer; locale: Locale }) {
  const { t } = useTranslation()
  const craft = craftAndCity(producer, locale)
  const story = storyExcerpt(localized(producer.story, locale))
  return (
    <aside className="maker-card" data-testid="maker-card" aria-label={t("product.madeBy")}>
      <Avatar name={producer.name} url={producer.avatar_url} />
      <div>
        <p className="eyebrow">{t("product.madeBy")}</p>
        <p
          className="maker-name"
          data-testid="maker-name"
          {...wordsAttributes(producer.name, locale)}
        >
          {producer.name}
        </p>
        <p className="card-meta" {...wordsAttributes(craft, locale)}>
          {craft}
        </p>
        <p className="maker-story" {...wordsAttributes(story, locale)}>
          {story}
        </p>
        <Link className="button button-secondary" to={`/producers/${producer.handle}`}>
          {t("producer.visitShop")}
        </Link>
      </div>
    </aside>
  )
}
