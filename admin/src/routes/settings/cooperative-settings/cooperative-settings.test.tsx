import type { StaffRole } from "@imece/types"
import { fireEvent, screen, waitFor } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { admin } from "../../../i18n/locales/admin"
import { client } from "../../../lib/client"
import { staffMember } from "../../../test/fixtures"
import { renderWithProviders } from "../../../test/render-with-providers"
import { CooperativeSettingsPage } from "./cooperative-settings"

vi.mock("../../../lib/client", () => ({
  client: {
    admin: {
      staff: { me: vi.fn() },
      cooperativeSettings: { retrieve: vi.fn(), update: vi.fn() },
    },
  },
}))

const settings = vi.mocked(client.admin.cooperativeSettings)

function renderPage(role: StaffRole) {
  vi.mocked(client.admin.staff.me).mockResolvedValue({ staff_member: staffMember({ role }) })
  renderWithProviders(<CooperativeSettingsPage />)
}

describe("the cooperative's settings", () => {
  beforeEach(() => {
    vi.resetAllMocks()
    settings.retrieve.mockResolvedValue({
      cooperative_settings: {
        product_moderation: false,
        commission_bps: 250,
        earning_holding_days: 0,
      },
    })
  })

  it("lets an administrator turn product moderation on", async () => {
    settings.update.mockResolvedValue({
      cooperative_settings: {
        product_moderation: true,
        commission_bps: 250,
        earning_holding_days: 0,
      },
    })
    renderPage("administrator")
    const toggle = await screen.findByTestId("settings-product-moderation")
    await waitFor(() => expect(toggle.hasAttribute("disabled")).toBe(false))
    fireEvent.click(toggle)
    await waitFor(() => expect(settings.update).toHaveBeenCalledWith({ product_moderation: true }))
    expect(screen.getByTestId("settings-commission").textContent).toContain("2,5")
  })

  it("lets an administrator hold earnings for some days after delivery, in whole days", async () => {
    settings.update.mockResolvedValue({
      cooperative_settings: {
        product_moderation: false,
        commission_bps: 250,
        earning_holding_days: 14,
      },
    })
    renderPage("administrator")
    const days = await screen.findByTestId("settings-holding-days")
    await waitFor(() => expect(days.hasAttribute("disabled")).toBe(false))
    fireEvent.change(days, { target: { value: "1,5" } })
    expect(screen.getByRole("alert").textContent).toBe(admin.tr.settings.holdingDaysInvalid)
    expect(screen.getByTestId("settings-holding-days-save").hasAttribute("disabled")).toBe(true)
    fireEvent.change(days, { target: { value: "14" } })
    fireEvent.click(screen.getByTestId("settings-holding-days-save"))
    await waitFor(() => expect(settings.update).toHaveBeenCalledWith({ earning_holding_days: 14 }))
  })

  it("shows a reviewer the rules but lets her change none", async () => {
    renderPage("reviewer")
    expect(await screen.findByText(admin.tr.settings.readOnly)).toBeTruthy()
    expect(screen.getByTestId("settings-product-moderation").hasAttribute("disabled")).toBe(true)
    expect(screen.getByTestId("settings-holding-days").hasAttribute("disabled")).toBe(true)
    expect(screen.queryByTestId("settings-holding-days-save")).toBeNull()
  })
})
