import { render, screen } from "@testing-library/react"
import { MemoryRouter } from "react-router-dom"
import { describe, expect, it } from "vitest"
import { storeProducer } from "../../test/fixtures"
import { MakerCard } from "./maker-card"

const maker = storeProducer({
  handle: "fatemeh",
  name: "فاطمه رضایی",
  craft: { tr: "Halı dokuma", fa: "قالی‌بافی" },
  story: { tr: "Annemden öğrendim.", fa: "از مادرم یاد گرفتم." },
  city: "ارومیه",
})

function renderCard(producer = maker, locale: "tr" | "fa" | "en" = "fa") {
  render(
    <MemoryRouter>
      <MakerCard producer={producer} locale={locale} />
    </MemoryRouter>
  )
}

describe("MakerCard", () => {
  it("tells her story in the reader's language and links to her shop", () => {
    renderCard()
    expect(screen.getByTestId("maker-card")).toBeTruthy()
    expect(screen.getByTestId("maker-name").textContent).toBe("فاطمه رضایی")
    expect(screen.getByText("از مادرم یاد گرفتم.")).toBeTruthy()
    expect(screen.getByText("قالی‌بافی · ارومیه")).toBeTruthy()
    expect(screen.getByRole("img", { name: /فاطمه رضایی/ })).toBeTruthy()
    expect(screen.getByRole("link")).toHaveProperty("pathname", "/producers/fatemeh")
  })

  it("falls back to Turkish when her story is not written in the reader's language", () => {
    renderCard(maker, "en")
    expect(screen.getByText("Annemden öğrendim.")).toBeTruthy()
    expect(screen.getByText("Halı dokuma · ارومیه")).toBeTruthy()
  })

  it("marks her Turkish story and craft lang=tr inside a Persian page, her Persian name fa in a Turkish one", () => {
    const sultan = storeProducer({
      name: "Sultan",
      craft: { tr: "Tığ işi bebek örgüleri" },
      story: { tr: "Torunlarım için başladım." },
      city: "Ankara",
    })
    const { unmount } = render(
      <MemoryRouter>
        <MakerCard producer={sultan} locale="fa" />
      </MemoryRouter>
    )
    expect(screen.getByText("Torunlarım için başladım.").getAttribute("lang")).toBe("tr")
    expect(screen.getByText("Tığ işi bebek örgüleri · Ankara").getAttribute("lang")).toBe("tr")
    unmount()

    renderCard(maker, "tr")
    expect(screen.getByTestId("maker-name").getAttribute("lang")).toBe("fa")
  })

  it("shows only the opening of a long story, and her initial while she has no portrait", () => {
    const long = `${"Yün eğirir, ilmek ilmek dokurum. ".repeat(12)}\n\nİkinci paragraf.`
    renderCard(storeProducer({ avatar_url: null, story: { tr: long } }), "tr")

    const story = screen.getByText(/^Yün eğirir/)
    expect(story.textContent?.endsWith("…")).toBe(true)
    expect(story.textContent?.length).toBeLessThanOrEqual(281)
    expect(screen.queryByText(/İkinci paragraf/)).toBeNull()
    expect(screen.queryByRole("img")).toBeNull()
    expect(screen.getByText("A")).toBeTruthy()
  })
})
