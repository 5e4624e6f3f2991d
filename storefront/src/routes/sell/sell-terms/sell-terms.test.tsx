import { screen, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { i18n } from "../../../i18n"
import { renderShopPage } from "../../../test/render-page"
import { SellTerms } from "./sell-terms"

const renderTerms = () => renderShopPage(<SellTerms />, { path: "/sell/terms", url: "/sell/terms" })

describe("the terms an applicant accepts", () => {
  it("says how selling works and what the cooperative does with her data, and leads back", () => {
    renderTerms()

    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(
      "Satıcı koşulları ve kişisel verileriniz"
    )
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
      "Satış koşulları",
      "Kişisel verileriniz (KVKK aydınlatma metni)",
    ])
    const data = screen.getByRole("region", { name: "Kişisel verileriniz (KVKK aydınlatma metni)" })
    expect(
      within(data)
        .getAllByRole("heading", { level: 3 })
        .map((h) => h.textContent)
    ).toEqual([
      "Neyi saklıyoruz",
      "Neden",
      "Kim görür",
      "Ne kadar süre",
      "Haklarınız ve silinmesini istemek",
    ])
    const sale = screen.getByRole("region", { name: "Satış koşulları" })
    expect(sale.textContent).toContain("Kooperatifin payı")
    expect(sale.textContent).toContain("Ödemeler")
    expect(sale.textContent).toContain("İadeler")
    expect(screen.getByRole("link", { name: "Başvuru formuna dön" }).getAttribute("href")).toBe(
      "/sell"
    )
  })

  it("reads in Persian", async () => {
    await i18n.changeLanguage("fa")
    renderTerms()

    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(
      "شرایط فروشندگی و اطلاعات شخصی شما"
    )
    expect(screen.getByText(/حداکثر تا ۳۰ روز پاسخ می‌دهیم/)).toBeTruthy()
  })
})
