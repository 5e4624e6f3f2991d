import type { StoreSearchResponse } from "@imece/client"
import type { Locale } from "@imece/i18n"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { wordsAttributes } from "../../../../components/product/text-language"
import { Avatar } from "../../../../components/producer/avatar"
import { craftAndCity } from "../../../../components/producer/producer-text"
import { useLocale } from "../../../../i18n/use-locale"

interface SearchProducersProps {
  producers: StoreSearchResponse["producers"]
}

/** Her craft and city, which a search may have found her by. */
function FoundBecause({
  producer,
  locale,
}: {
  producer: StoreSearchResponse["producers"][number]
  locale: Locale
}) {
  const words = craftAndCity(producer, locale)
  return words ? (
    <span className="card-meta" {...wordsAttributes(words, locale)}>
      {words}
    </span>
  ) : null
}

/** Makers whose name, craft or city matches what she typed: small cards leading to their shops. */
export function SearchProducers({ producers }: SearchProducersProps) {
  const { t } = useTranslation()
  const { locale } = useLocale()
  return (
    <section aria-labelledby="search-producers">
      <h2 id="search-producers">{t("find.search.producers")}</h2>
      <ul className="search-producers" role="list">
        {producers.map((producer) => (
          <li key={producer.id}>
            <Link
              to={`/producers/${producer.handle}`}
              className="search-producer"
              data-testid="search-producer"
            >
              <Avatar name={producer.name} url={producer.avatar_url} />
              <span className="search-producer-text">
                <span className="search-producer-name" {...wordsAttributes(producer.name, locale)}>
                  {producer.name}
                </span>
                <FoundBecause producer={producer} locale={locale} />
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
