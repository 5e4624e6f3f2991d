import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useLocation, useNavigate, useSearchParams } from "react-router-dom"

const SEARCH_PATH = "/search"
/** As long as the search route accepts. */
const MAX_LENGTH = 100

/**
 * The search box at the top of every page. On the search page what she types goes straight into
 * the address (the page waits for a pause before asking), so the results follow her typing and a
 * link shares them; elsewhere Enter takes her to the search page.
 */
export function SearchBox() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { pathname } = useLocation()
  const [url, setUrl] = useSearchParams()
  const onSearchPage = pathname === SEARCH_PATH
  const urlText = onSearchPage ? (url.get("q") ?? "") : ""
  const [text, setText] = useState(urlText)

  // Back, forward or a link changed the search: show it. Her own typing already matches it.
  useEffect(() => {
    setText((typed) => (typed.trim() === urlText.trim() ? typed : urlText))
  }, [urlText])

  const withText = (value: string) => {
    const next = new URLSearchParams(onSearchPage ? url : undefined)
    if (value.trim()) {
      next.set("q", value.trim())
    } else {
      next.delete("q")
    }
    return next
  }

  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(event) => {
        event.preventDefault()
        if (onSearchPage) {
          setUrl(withText(text), { replace: true })
        } else {
          navigate(`${SEARCH_PATH}?${withText(text).toString()}`)
        }
      }}
    >
      <label htmlFor="site-search" className="visually-hidden">
        {t("find.box.label")}
      </label>
      <input
        id="site-search"
        type="search"
        data-testid="search-box"
        value={text}
        placeholder={t("find.box.placeholder")}
        maxLength={MAX_LENGTH}
        enterKeyHint="search"
        autoComplete="off"
        onChange={(event) => {
          const value = event.target.value
          setText(value)
          if (onSearchPage) {
            setUrl(withText(value), { replace: true })
          }
        }}
      />
      <button type="submit" className="search-submit" data-testid="search-submit">
        <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" focusable="false">
          <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m15.5 15.5 5 5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="visually-hidden">{t("find.box.submit")}</span>
      </button>
    </form>
  )
}
