import type { StoreSearchResponse } from "@imece/client"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { Avatar } from "../../../../components/producer/avatar"

interface SearchProducersProps {
  producers: StoreSearchResponse["producers"]
}

/** Makers whose name matches what she typed: small cards leading to their shops. */
export function SearchProducers({ producers }: SearchProducersProps) {
  const { t } = useTranslation()
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
                <span className="search-producer-name">{producer.name}</span>
                {producer.city && <span className="card-meta">{producer.city}</span>}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
