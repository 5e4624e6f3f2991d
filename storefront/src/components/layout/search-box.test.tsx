import { fireEvent, render, screen } from "@testing-library/react"
import { MemoryRouter, Route, Routes, useLocation, useNavigate } from "react-router-dom"
import { describe, expect, it } from "vitest"
import { SearchBox } from "./search-box"

/** Where the box sent her, and a way back as the browser's back button would. */
function Address() {
  const location = useLocation()
  const navigate = useNavigate()
  return (
    <>
      <p data-testid="address">{`${location.pathname}${location.search}`}</p>
      <button type="button" onClick={() => navigate(-1)}>
        back
      </button>
    </>
  )
}

function renderBox(entries: string[]) {
  render(
    <MemoryRouter initialEntries={entries} initialIndex={entries.length - 1}>
      <Routes>
        <Route
          path="*"
          element={
            <>
              <SearchBox />
              <Address />
            </>
          }
        />
      </Routes>
    </MemoryRouter>
  )
}

const box = () => screen.getByRole("searchbox", { name: "Ara" })
const address = () => screen.getByTestId("address").textContent

describe("the search box", () => {
  it("takes her to the search page with what she typed", () => {
    renderBox(["/products/oyali-yazma"])
    fireEvent.change(box(), { target: { value: "  keçe çanta " } })
    expect(address()).toBe("/products/oyali-yazma")

    fireEvent.click(screen.getByRole("button", { name: "Ara" }))
    expect(address()).toBe(`/search?${new URLSearchParams({ q: "keçe çanta" }).toString()}`)
  })

  it("on the search page, writes her typing into the address and keeps the filters", () => {
    renderBox(["/search?q=oya&sort=newest"])
    expect(box()).toHaveProperty("value", "oya")

    fireEvent.change(box(), { target: { value: "oyalı" } })
    expect(address()).toBe("/search?q=oyal%C4%B1&sort=newest")
    fireEvent.change(box(), { target: { value: "" } })
    expect(address()).toBe("/search?sort=newest")
  })

  it("follows the address when she goes back", () => {
    renderBox(["/search?q=kilim", "/search?q=oya"])
    expect(box()).toHaveProperty("value", "oya")
    fireEvent.click(screen.getByRole("button", { name: "back" }))
    expect(box()).toHaveProperty("value", "kilim")
  })
})
