import { screen } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"
import { i18n } from "../../../i18n"
import { renderPage } from "../../../test/render-page"
import { SellSetPassword } from "./sell-set-password"

vi.mock("../../../lib/client", () => ({
  client: { store: { producers: { setPassword: vi.fn() } } },
}))

describe("where her invitation link lands", () => {
  it("says a broken link is broken, under a heading, with a way to her login", async () => {
    await i18n.changeLanguage("tr")
    renderPage(<SellSetPassword />, { path: "/sell/set-password", url: "/sell/set-password" })

    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Şifrenizi belirleyin")
    expect(screen.getByText(/Bu bağlantı geçersiz/)).toBeTruthy()
    expect(screen.getByRole("link", { name: "Satıcı girişi" }).getAttribute("href")).toBe(
      "/sell/login"
    )
  })
})
