import { ApiError } from "@imece/client"
import { common } from "@imece/i18n"
import { FetchError } from "@medusajs/js-sdk"
import { fireEvent, screen, waitFor } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { producerClient } from "../../../lib/producer-client"
import { shop } from "../../../i18n/locales/shop"
import { producerShop } from "../../../test/fixtures"
import { renderShopPage } from "../../../test/render-page"
import { SellShopProfile } from "./sell-shop-profile"

vi.mock("../../../lib/producer-client", () => ({
  producerClient: { producer: { me: vi.fn(), updateMe: vi.fn() } },
}))

const { me, updateMe } = vi.mocked(producerClient.producer)

const renderProfile = () =>
  renderShopPage(<SellShopProfile />, { path: "/sell/shop/profile", url: "/sell/shop/profile" })

const type = (name: string, value: string) =>
  fireEvent.change(screen.getByTestId(`field-${name}`), { target: { value } })

describe("her shop's details", () => {
  beforeEach(() => {
    me.mockReset()
    updateMe.mockReset()
    me.mockResolvedValue({ producer: producerShop() })
  })

  it("sends only the fields she changed, then says they are saved", async () => {
    updateMe.mockResolvedValue({
      producer: producerShop({ show_full_name: true, processing_days: 5 }),
    })
    renderProfile()

    fireEvent.click(await screen.findByTestId("field-show_full_name"))
    type("processing_days", "5")
    type("city", "Ödemiş ")
    fireEvent.click(screen.getByTestId("profile-save"))

    await waitFor(() => expect(screen.getByTestId("profile-saved")).toBeTruthy())
    expect(updateMe).toHaveBeenCalledTimes(1)
    expect(updateMe).toHaveBeenCalledWith({ show_full_name: true, processing_days: 5 })
    // Her shop is read again, so the form shows what was saved.
    expect(me).toHaveBeenCalledTimes(2)
  })

  it("sends her whole story when she writes it in one more language", async () => {
    updateMe.mockResolvedValue({ producer: producerShop() })
    renderProfile()

    const persian = await screen.findByTestId("field-story_fa")
    expect(persian.getAttribute("dir")).toBe("rtl")
    fireEvent.change(persian, { target: { value: "گلیم می‌بافم." } })
    fireEvent.click(screen.getByTestId("profile-save"))

    await waitFor(() =>
      expect(updateMe).toHaveBeenCalledWith({
        story: { tr: "Oyayı annemden öğrendim. Her yazmayı elde işliyorum.", fa: "گلیم می‌بافم." },
      })
    )
  })

  it("says in Turkish why her changes were refused, not in the server's English", async () => {
    const english = "Write the account holder's name as your bank has it, together with your IBAN."
    updateMe.mockRejectedValue(new ApiError(english, "Bad Request", 400, "payout_holder_missing"))
    renderProfile()

    await screen.findByTestId("field-story_en")
    type("story_en", "Lace from my mother.")
    fireEvent.click(screen.getByTestId("profile-save"))

    const error = await screen.findByTestId("profile-error")
    expect(error.textContent).toBe(common.tr.errors.codes.payout_holder_missing)
    expect(error.textContent).not.toBe(english)
    expect(error.getAttribute("role")).toBe("alert")
  })

  it("says in her language that her changes were not saved when the server's check refuses them", async () => {
    // What our validators refuse carries Medusa's generic invalid_data and no code of ours.
    const english =
      "Invalid request: Write plain text: HTML tags such as <script> are not accepted."
    updateMe.mockRejectedValue(new FetchError(english, "Bad Request", 400))
    renderProfile()

    await screen.findByTestId("field-story_en")
    type("story_en", "<b>Lace</b>")
    fireEvent.click(screen.getByTestId("profile-save"))

    expect((await screen.findByTestId("profile-error")).textContent).toBe(
      shop.tr.sell.profile.failed
    )
  })

  it("says in Turkish why her photo could not be taken off, not in the server's English", async () => {
    const english = "Unauthorized"
    updateMe.mockRejectedValue(new ApiError(english, "Unauthorized", 401))
    renderProfile()

    fireEvent.click(await screen.findByTestId("remove-photo"))

    const error = await screen.findByText(common.tr.errors.status.unauthorized)
    expect(error.textContent).not.toContain(english)
  })

  it("tells a suspended producer why she cannot change anything, and sends nothing", async () => {
    me.mockResolvedValue({ producer: producerShop({ status: "suspended" }) })
    renderProfile()

    expect(await screen.findByTestId("shop-suspended")).toBeTruthy()
    const fullName = screen.getByTestId("field-full_name")
    expect(fullName.matches(":disabled")).toBe(true)
    expect(screen.getByTestId("profile-save").matches(":disabled")).toBe(true)

    fireEvent.change(fullName, { target: { value: "Ayşe Kaya" } })
    fireEvent.submit(screen.getByTestId("profile-save").closest("form") as HTMLFormElement)
    expect(updateMe).not.toHaveBeenCalled()
  })

  it("ends her vacation at once, clearing both days", async () => {
    me.mockResolvedValue({
      producer: producerShop({
        vacation_from: "2026-12-01T00:00:00.000Z",
        vacation_until: "2026-12-15T00:00:00.000Z",
      }),
    })
    updateMe.mockResolvedValue({ producer: producerShop() })
    renderProfile()

    expect((await screen.findByTestId("vacation-closed")).textContent).toContain("kadar kapalı")
    expect((screen.getByTestId("field-vacation_until") as HTMLInputElement).value).toBe(
      "2026-12-15"
    )
    fireEvent.click(screen.getByTestId("end-vacation"))

    await waitFor(() =>
      expect(updateMe).toHaveBeenCalledWith({ vacation_from: null, vacation_until: null })
    )
  })

  it("shows her IBAN in groups of four as she types, and sends it as banks keep it", async () => {
    updateMe.mockResolvedValue({ producer: producerShop() })
    renderProfile()

    const iban = (await screen.findByTestId("field-iban")) as HTMLInputElement
    expect(iban.getAttribute("dir")).toBe("ltr")
    expect(screen.getByText(shop.tr.sell.profile.payout.lead)).toBeTruthy()
    type("iban", "tr3300061005197864578413")
    expect(iban.value).toBe("TR33 0006 1005 1978 6457 8413")
    type("iban", `${iban.value}26`)
    expect(iban.value).toBe("TR33 0006 1005 1978 6457 8413 26")
    type("iban_holder", " Ayşe Yılmaz ")
    fireEvent.click(screen.getByTestId("profile-save"))

    await waitFor(() =>
      expect(updateMe).toHaveBeenCalledWith({
        iban: "TR330006100519786457841326",
        iban_holder: "Ayşe Yılmaz",
      })
    )
  })

  it("shows her saved IBAN whole, and says what is wrong with a mistyped one", async () => {
    me.mockResolvedValue({
      producer: producerShop({ iban: "TR330006100519786457841326", iban_holder: "Ayşe Yılmaz" }),
    })
    renderProfile()

    const iban = (await screen.findByTestId("field-iban")) as HTMLInputElement
    expect(iban.value).toBe("TR33 0006 1005 1978 6457 8413 26")
    const errors = shop.tr.sell.profile.errors
    for (const [typed, message] of [
      ["TR34 0006 1005 1978 6457 8413 26", errors.ibanChecksum],
      ["TR33 0006 1005 1978 6457 8413", errors.ibanLength],
      ["TR33 0006 1005 1978 6457 84AB 26", errors.ibanTurkishDigits],
    ]) {
      type("iban", typed)
      fireEvent.click(screen.getByTestId("profile-save"))
      expect((await screen.findByText(message)).getAttribute("role")).toBe("alert")
    }
    type("iban", "TR33 0006 1005 1978 6457 8413 26")
    type("iban_holder", "")
    fireEvent.click(screen.getByTestId("profile-save"))
    expect(await screen.findByText(errors.ibanHolder)).toBeTruthy()
    expect(updateMe).not.toHaveBeenCalled()
  })

  it("sends her to the login page when she is not logged in", async () => {
    me.mockRejectedValue(new FetchError("Unauthorized", "Unauthorized", 401))
    renderProfile()
    expect((await screen.findByTestId("elsewhere")).textContent).toBe("/sell/login")
  })
})
