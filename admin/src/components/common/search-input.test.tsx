import { render, screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { SearchInput } from "./search-input"

describe("SearchInput", () => {
  it("is a search box named by its label, with no unnamed image beside it", () => {
    const { container } = render(<SearchInput value="" onChange={() => {}} label="Ara" />)

    expect(screen.getByRole("searchbox", { name: "Ara" })).toBeTruthy()
    expect(screen.queryByRole("img")).toBeNull()
    expect(container.querySelector("svg")?.getAttribute("aria-hidden")).toBe("true")
  })
})
