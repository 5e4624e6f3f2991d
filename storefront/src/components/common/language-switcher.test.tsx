import { fireEvent, render, screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { LOCALE_STORAGE_KEY, changeLocale } from "../../i18n"
import { LanguageSwitcher } from "./language-switcher"

describe("choosing a language", () => {
  it("turns the page right to left for Persian and back for Turkish, and remembers it", async () => {
    render(<LanguageSwitcher locale="tr" onChange={(locale) => void changeLocale(locale)} />)

    fireEvent.change(screen.getByTestId("language-switcher"), { target: { value: "fa" } })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(document.documentElement.dir).toBe("rtl")
    expect(document.documentElement.lang).toBe("fa")
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe("fa")

    await changeLocale("tr")
    expect(document.documentElement.dir).toBe("ltr")
    expect(document.documentElement.lang).toBe("tr")
  })
})
