import { render, screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { i18n } from "../../../../i18n"
import { ReviewStep } from "./review-step"

describe("the checkout's last look", () => {
  it("keeps a Latin address whole inside a Persian page, apart from its “change” link", async () => {
    await i18n.changeLanguage("fa")
    render(
      <ReviewStep
        groups={[]}
        currencyCode="try"
        address={["Elif Demir", "Atatürk Cd. 12", "Ankara", "misafir@example.com"]}
        shipping="Standart kargo"
        payment="Kapıda ödeme"
        locale="fa"
        onEdit={() => {}}
      />
    )
    const address = screen.getByText("Elif Demir, Atatürk Cd. 12, Ankara, misafir@example.com")
    expect(address.tagName).toBe("BDI")
    expect(screen.getByText("Standart kargo").tagName).toBe("BDI")
  })
})
