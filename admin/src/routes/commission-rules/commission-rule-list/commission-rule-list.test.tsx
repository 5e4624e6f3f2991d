import { common } from "@imece/i18n"
import type { AdminCommissionRule, StaffRole } from "@imece/types"
import { FetchError } from "@medusajs/js-sdk"
import { fireEvent, screen, waitFor, within } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { admin } from "../../../i18n/locales/admin"
import { client } from "../../../lib/client"
import { adminProducer, staffMember } from "../../../test/fixtures"
import { renderWithProviders } from "../../../test/render-with-providers"
import { cooperativeToday } from "../../../i18n/cooperative-days"
import { CommissionRuleList } from "./commission-rule-list"

vi.mock("../../../lib/client", () => ({
  client: {
    admin: {
      staff: { me: vi.fn() },
      commissionRules: { list: vi.fn(), create: vi.fn(), delete: vi.fn() },
      categories: { list: vi.fn() },
      producers: { list: vi.fn() },
    },
  },
}))

const rules = vi.mocked(client.admin.commissionRules)
const texts = admin.tr.commission

function rule(overrides: Partial<AdminCommissionRule>): AdminCommissionRule {
  return {
    id: "comrule_1",
    scope: "cooperative",
    target_id: null,
    target_name: null,
    rate_bps: 1000,
    valid_from: "2026-11-01T21:00:00.000Z",
    created_by: "user_1",
    created_at: "2026-11-01T10:00:00.000Z",
    in_force: true,
    status: "in_force",
    ...overrides,
  }
}

const defaultRule = rule({})
const jewelleryRule = rule({
  id: "comrule_2",
  scope: "category",
  target_id: "pcat_1",
  target_name: "Takı",
  rate_bps: 750,
})
const scheduledRule = rule({
  id: "comrule_3",
  rate_bps: 900,
  valid_from: "2099-01-01T21:00:00.000Z",
  in_force: false,
  status: "scheduled",
})

function renderPage(role: StaffRole) {
  vi.mocked(client.admin.staff.me).mockResolvedValue({ staff_member: staffMember({ role }) })
  renderWithProviders(<CommissionRuleList />)
}

describe("the commission page", () => {
  beforeEach(() => {
    vi.resetAllMocks()
    rules.list.mockResolvedValue({ commission_rules: [scheduledRule, defaultRule, jewelleryRule] })
  })

  it("shows a reviewer the rules grouped by what they apply to, with nothing to change", async () => {
    renderPage("reviewer")
    const cooperative = await screen.findByTestId("commission-group-cooperative")
    expect(within(cooperative).getByText("%10")).toBeTruthy()
    expect(within(cooperative).getByText(texts.status.in_force)).toBeTruthy()
    expect(within(cooperative).getByText("%9")).toBeTruthy()
    expect(within(cooperative).getByText(texts.status.scheduled)).toBeTruthy()
    const categories = screen.getByTestId("commission-group-category")
    expect(within(categories).getByText("Takı")).toBeTruthy()
    expect(within(categories).getByText("%7,5")).toBeTruthy()
    expect(screen.getByTestId("commission-group-producer").textContent).toContain(
      texts.emptyGroup.producer
    )
    expect(await screen.findByText(texts.readOnly)).toBeTruthy()
    expect(screen.queryByTestId("commission-rule-new")).toBeNull()
    expect(screen.queryByText(texts.delete)).toBeNull()
  })

  it("says when the rules cannot be loaded, and tries again", async () => {
    rules.list.mockRejectedValueOnce(new FetchError("Database unreachable", "Bad Gateway", 502))
    renderPage("reviewer")
    // Her language's sentence for a server failure, not the server's English.
    expect(await screen.findByText(common.tr.errors.status.server)).toBeTruthy()
    expect(screen.queryByText("Database unreachable")).toBeNull()
    fireEvent.click(screen.getByRole("button", { name: common.tr.retry }))
    expect(await screen.findByText("%7,5")).toBeTruthy()
  })

  it("lets an administrator add a category's rule from a day on, in percent", async () => {
    vi.mocked(client.admin.categories.list).mockResolvedValue({
      product_categories: [
        { id: "pcat_1", name: "Takı", handle: "taki" },
        { id: "pcat_2", name: "Keçe", handle: "kece" },
      ],
    } as Awaited<ReturnType<typeof client.admin.categories.list>>)
    rules.create.mockResolvedValue({ commission_rule: jewelleryRule })
    renderPage("administrator")
    fireEvent.click(await screen.findByTestId("commission-rule-new"))
    const save = await screen.findByTestId("rule-save")
    expect(save.hasAttribute("disabled")).toBe(true)

    fireEvent.click(screen.getByTestId("rule-scope-category"))
    fireEvent.click(await screen.findByTestId("rule-target-pcat_2"))
    fireEvent.change(screen.getByTestId("rule-percent"), { target: { value: "7,25" } })
    fireEvent.change(screen.getByTestId("rule-valid-from"), { target: { value: "2020-01-01" } })
    expect(save.hasAttribute("disabled")).toBe(true)
    fireEvent.change(screen.getByTestId("rule-valid-from"), {
      target: { value: cooperativeToday("Europe/Istanbul") },
    })
    expect(save.hasAttribute("disabled")).toBe(false)
    fireEvent.click(save)

    await waitFor(() =>
      expect(rules.create).toHaveBeenCalledWith({
        scope: "category",
        target_id: "pcat_2",
        rate_percent: 7.25,
        valid_from: cooperativeToday("Europe/Istanbul"),
      })
    )
  })

  it("lets an administrator pick a producer by name for her own rule", async () => {
    vi.mocked(client.admin.producers.list).mockResolvedValue({
      producers: [adminProducer()],
      count: 1,
      offset: 0,
      limit: 20,
    })
    rules.create.mockResolvedValue({ commission_rule: jewelleryRule })
    renderPage("administrator")
    fireEvent.click(await screen.findByTestId("commission-rule-new"))
    fireEvent.click(await screen.findByTestId("rule-scope-producer"))
    fireEvent.click(await screen.findByTestId("rule-target-prdcr_1"))
    fireEvent.change(screen.getByTestId("rule-percent"), { target: { value: "101" } })
    expect(screen.getByTestId("rule-save").hasAttribute("disabled")).toBe(true)
    fireEvent.change(screen.getByTestId("rule-percent"), { target: { value: "۵" } })
    fireEvent.click(screen.getByTestId("rule-save"))
    await waitFor(() =>
      expect(rules.create).toHaveBeenCalledWith({
        scope: "producer",
        target_id: "prdcr_1",
        rate_percent: 5,
        valid_from: cooperativeToday("Europe/Istanbul"),
      })
    )
  })

  it("withdraws only a rule that has not started, after the administrator confirms", async () => {
    rules.delete.mockResolvedValue({ id: "comrule_3", object: "commission_rule", deleted: true })
    renderPage("administrator")
    const cooperative = await screen.findByTestId("commission-group-cooperative")
    await waitFor(() => expect(within(cooperative).getAllByText(texts.delete)).toHaveLength(1))
    expect(
      within(screen.getByTestId("commission-group-category")).queryByText(texts.delete)
    ).toBeNull()

    fireEvent.click(within(cooperative).getByText(texts.delete))
    expect(rules.delete).not.toHaveBeenCalled()
    fireEvent.click(await screen.findByTestId("commission-rule-delete-confirm"))
    await waitFor(() => expect(rules.delete).toHaveBeenCalledWith("comrule_3"))
  })
})
