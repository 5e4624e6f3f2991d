import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { CategoryLinks } from "../../components/product/category-links"
import { useCategories } from "../products/use-products"

/** An address that leads nowhere: say so, and offer the ways on (search, home, categories). */
export function NotFoundPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const categories = useCategories()
  const [text, setText] = useState("")

  return (
    <section className="narrow not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title" data-testid="not-found">
        {t("frame.notFound.title")}
      </h1>
      <p>{t("frame.notFound.lead")}</p>
      <form
        className="field"
        onSubmit={(event) => {
          event.preventDefault()
          const q = text.trim()
          navigate(q ? `/search?${new URLSearchParams({ q }).toString()}` : "/search")
        }}
      >
        <label htmlFor="not-found-search">{t("frame.notFound.search")}</label>
        <div className="not-found-search">
          <input
            id="not-found-search"
            type="search"
            value={text}
            placeholder={t("find.box.placeholder")}
            enterKeyHint="search"
            autoComplete="off"
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" className="button">
            {t("find.box.submit")}
          </button>
        </div>
      </form>
      <p>
        <Link className="button button-secondary" to="/" data-testid="not-found-home">
          {t("backHome")}
        </Link>
      </p>
      <h2>{t("frame.notFound.categories")}</h2>
      <CategoryLinks categories={categories} testId="not-found-categories" />
    </section>
  )
}
