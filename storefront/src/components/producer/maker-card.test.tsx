import type { StoreProducer } from "@imece/types"
import { render, screen } from "@testing-library/react"
import { MemoryRouter } from "react-router-dom"
import { describe, expect, it } from "vitest"
import { MakerCard } from "./maker-card"

const maker: StoreProducer = {
  id: "prdcr_1",
  handle: "fatemeh",
  name: "فاطمه رضایی",
  craft: { tr: "Halı dokuma", fa: "قالی‌بافی" },
  story: { tr: "Annemden öğrendim.", fa: "از مادرم یاد گرفتم." },
  city: "ارومیه",
  avatar_url: "http://api.test/avatar.svg",
}

describe("MakerCard", () => {
  it("tells her story in the reader's language and links to her shop", () => {
    render(
      <MemoryRouter>
        <MakerCard producer={maker} locale="fa" />
      </MemoryRouter>
    )
    expect(screen.getByTestId("maker-name").textContent).toBe("فاطمه رضایی")
    expect(screen.getByText("از مادرم یاد گرفتم.")).toBeTruthy()
    expect(screen.getByText("قالی‌بافی · ارومیه")).toBeTruthy()
    expect(screen.getByRole("link")).toHaveProperty("pathname", "/producers/fatemeh")
  })

  it("falls back to Turkish when her story is not written in the reader's language", () => {
    render(
      <MemoryRouter>
        <MakerCard producer={maker} locale="en" />
      </MemoryRouter>
    )
    expect(screen.getByText("Annemden öğrendim.")).toBeTruthy()
  })
})
