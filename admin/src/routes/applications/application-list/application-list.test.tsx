import type { AdminProducerApplicationListResponse } from "@imece/types"
import { fireEvent, screen, waitFor, within } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { admin } from "../../../i18n/locales/admin"
import { client } from "../../../lib/client"
import { adminApplication } from "../../../test/fixtures"
import { renderWithProviders } from "../../../test/render-with-providers"
import { ApplicationList } from "./application-list"

vi.mock("../../../lib/client", () => ({
  client: { admin: { producerApplications: { list: vi.fn() } } },
}))

const list = vi.mocked(client.admin.producerApplications.list)

function renderPage(path = "/applications") {
  renderWithProviders(<ApplicationList />, { path })
}

const response: AdminProducerApplicationListResponse = {
  applications: [
    adminApplication(),
    adminApplication({
      id: "papp_2",
      full_name: "Fatma Demir",
      city: "İzmir",
      status: "in_review",
      assigned_to: "user_1",
    }),
  ],
  count: 2,
  offset: 0,
  limit: 20,
  counts: { submitted: 7, in_review: 3, changes_requested: 2, approved: 11, rejected: 4 },
}

describe("the applications inbox", () => {
  beforeEach(() => {
    list.mockReset()
  })

  it("opens on the waiting ones and shows a row per application and the count per status", async () => {
    list.mockResolvedValue(response)
    renderPage()

    const rows = await screen.findAllByTestId("application-row")
    expect(rows).toHaveLength(2)
    expect(within(rows[0]).getByRole("link", { name: "Nermin Öztürk" }).getAttribute("href")).toBe(
      "/applications/papp_1"
    )
    expect(within(rows[0]).getByText(admin.tr.applications.unassigned)).toBeTruthy()
    expect(within(rows[1]).getByText(admin.tr.applications.assigned)).toBeTruthy()
    expect(screen.getByTestId("application-status-tab-submitted").textContent).toContain("(7)")
    expect(screen.getByTestId("application-status-tab-in_review").textContent).toContain("(3)")
    expect(screen.getByTestId("application-status-tab-approved").textContent).toContain("(11)")
    expect(list).toHaveBeenCalledWith(
      expect.objectContaining({ status: "submitted", limit: 20, offset: 0 })
    )
  })

  it("asks for the status, filters and page in the URL", async () => {
    list.mockResolvedValue(response)
    renderPage(
      "/applications?status=approved&q=nermin&city=Ankara&craft=oya&submitted_from=2026-11-01&offset=20"
    )

    await screen.findAllByTestId("application-row")
    expect(list).toHaveBeenCalledWith({
      status: "approved",
      limit: 20,
      offset: 20,
      q: "nermin",
      city: "Ankara",
      craft: "oya",
      submitted_from: "2026-11-01",
    })
  })

  it("keeps the filters when staff switch status", async () => {
    list.mockResolvedValue(response)
    renderPage("/applications?city=Ankara")

    const tab = await screen.findByTestId("application-status-tab-rejected")
    // Radix tabs switch on mouse down, not on click.
    fireEvent.mouseDown(tab)
    await waitFor(() =>
      expect(list).toHaveBeenLastCalledWith(
        expect.objectContaining({ status: "rejected", city: "Ankara", offset: 0 })
      )
    )
  })

  it("says so when the filters match nothing", async () => {
    list.mockResolvedValue({ ...response, applications: [], count: 0 })
    renderPage("/applications?q=nobody")

    expect(await screen.findByText(admin.tr.applications.noMatches)).toBeTruthy()
    expect(screen.queryByTestId("application-row")).toBeNull()
  })

  it("offers to try again when the inbox cannot be loaded", async () => {
    list.mockRejectedValue(new Error("network down"))
    renderPage()

    expect(await screen.findByText(admin.tr.applications.loadFailed)).toBeTruthy()
  })

  it("points the picked status tab at the list it shows, as aria-controls promises", async () => {
    list.mockResolvedValue(response)
    renderPage("/applications?status=in_review")

    const rows = await screen.findAllByTestId("application-row")
    const tab = screen.getByRole("tab", { selected: true })
    expect(tab.textContent).toContain(admin.tr.applications.status.in_review)
    const panelId = tab.getAttribute("aria-controls")
    expect(panelId).toBeTruthy()
    const panel = document.getElementById(panelId ?? "")
    expect(panel?.getAttribute("role")).toBe("tabpanel")
    expect(panel?.contains(rows[0])).toBe(true)
  })
})
