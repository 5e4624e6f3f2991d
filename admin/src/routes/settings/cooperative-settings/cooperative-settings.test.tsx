import { ApiError } from "@imece/client"
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
      commissionRules: { list: vi.fn() },
    },
  },
}))

const settings = vi.mocked(client.admin.cooperativeSettings)
const commissionRules = vi.mocked(client.admin.commissionRules)

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
        time_zone: "Europe/Istanbul",
      },
    })
    commissionRules.list.mockResolvedValue({ commission_rules: [] })
  })

  it("lets an administrator move the cooperative's calendar to another time zone", async () => {
    settings.update.mockResolvedValue({
      cooperative_settings: {
        product_moderation: false,
        commission_bps: 250,
        earning_holding_days: 0,
        time_zone: "Asia/Tehran",
      },
    })
    renderPage("administrator")
    const zone = (await screen.findByTestId("settings-time-zone")) as HTMLSelectElement
    await waitFor(() => expect(zone.disabled).toBe(false))
    expect(zone.value).toBe("Europe/Istanbul")
    expect(screen.getByLabelText("Kooperatifin saat dilimi")).toBe(zone)
    fireEvent.change(zone, { target: { value: "Asia/Tehran" } })
    fireEvent.click(screen.getByTestId("settings-time-zone-save"))
    await waitFor(() => expect(settings.update).toHaveBeenCalledWith({ time_zone: "Asia/Tehran" }))
  })

  it("says in Turkish why a change was refused, not the server's English", async () => {
    settings.update.mockRejectedValue(
      new ApiError(
        "Only an administrator of the cooperative can change this.",
        "Forbidden",
        403,
        "staff_role_refused"
      )
    )
    renderPage("administrator")
    const toggle = await screen.findByTestId("settings-product-moderation")
    await waitFor(() => expect(toggle.hasAttribute("disabled")).toBe(false))
    fireEvent.click(toggle)
    expect(
      await screen.findByText("Bunu yalnızca kooperatifin bir yöneticisi yapabilir.")
    ).toBeTruthy()
    expect(screen.queryByText(/Only an administrator/)).toBeNull()
  })

  it("shows a reviewer the time zone without letting her change it", async () => {
    renderPage("reviewer")
    const zone = (await screen.findByTestId("settings-time-zone")) as HTMLSelectElement
    expect(zone.value).toBe("Europe/Istanbul")
    await waitFor(() => expect(screen.queryByTestId("settings-time-zone-save")).toBeNull())
    expect(zone.disabled).toBe(true)
  })

  it("shows the cooperative's commission rule in force rather than the rate used without one", async () => {
    commissionRules.list.mockResolvedValue({
      commission_rules: [
        {
          id: "comrule_1",
          scope: "cooperative",
          target_id: null,
          target_name: null,
          rate_bps: 800,
          valid_from: "2026-01-01T00:00:00.000Z",
          created_by: "user_1",
          created_at: "2026-01-01T00:00:00.000Z",
          in_force: true,
          status: "in_force",
        },
      ],
    })
    renderPage("reviewer")
    const commission = await screen.findByTestId("settings-commission")
    await waitFor(() => expect(commission.textContent).toBe("Kooperatif kuralı: her satıştan %8"))
    expect(commissionRules.list).toHaveBeenCalledWith({ scope: "cooperative" })
  })

  it("lets an administrator turn product moderation on", async () => {
    settings.update.mockResolvedValue({
      cooperative_settings: {
        product_moderation: true,
        commission_bps: 250,
        earning_holding_days: 0,
        time_zone: "Europe/Istanbul",
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
        time_zone: "Europe/Istanbul",
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
