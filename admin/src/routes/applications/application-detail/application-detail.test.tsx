import { FetchError } from "@medusajs/js-sdk"
import { fireEvent, screen, waitFor, within } from "@testing-library/react"
import { Route, Routes } from "react-router-dom"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { admin } from "../../../i18n/locales/admin"
import { client } from "../../../lib/client"
import { adminApplication, adminProducer, adminUser, staffMember } from "../../../test/fixtures"
import { renderWithProviders } from "../../../test/render-with-providers"
import { ApplicationDetail } from "./application-detail"

vi.mock("../../../lib/client", () => ({
  client: {
    admin: {
      auth: { me: vi.fn() },
      producerApplications: {
        retrieve: vi.fn(),
        approve: vi.fn(),
        reject: vi.fn(),
        requestChanges: vi.fn(),
        assign: vi.fn(),
      },
      staff: { list: vi.fn() },
      reasonTemplates: { list: vi.fn() },
    },
  },
}))

const api = vi.mocked(client.admin.producerApplications)
const texts = admin.tr.applications

const application = adminApplication()

function renderPage() {
  renderWithProviders(
    <Routes>
      <Route path="/applications/:id" element={<ApplicationDetail />} />
    </Routes>,
    { path: "/applications/papp_1" }
  )
}

describe("an application's page", () => {
  beforeEach(() => {
    vi.resetAllMocks()
    api.retrieve.mockResolvedValue({ application })
    vi.mocked(client.admin.staff.list).mockResolvedValue({
      staff_members: [
        staffMember(),
        staffMember({
          id: "user_2",
          email: "hatice@imece.coop",
          first_name: "Hatice",
          last_name: "Kaya",
          role: "reviewer",
        }),
      ],
    })
    vi.mocked(client.admin.reasonTemplates.list).mockImplementation(async (query = {}) => ({
      reason_templates:
        query.kind === "reject"
          ? [
              {
                id: "rsntpl_1",
                kind: "reject",
                label: "Not handmade",
                message: {
                  tr: "Ürünler el yapımı görünmüyor.",
                  en: "The products do not look handmade.",
                },
                created_at: "2026-11-20T10:00:00.000Z",
                updated_at: "2026-11-20T10:00:00.000Z",
              },
            ]
          : [],
    }))
    vi.mocked(client.admin.auth.me).mockResolvedValue({ user: adminUser() })
  })

  it("shows her answers, photos and history", async () => {
    renderPage()
    await screen.findByText("Nermin Öztürk")
    expect(screen.getByText("IMC-7K2Q9XAB")).toBeTruthy()
    expect(screen.getByText("Türkçe")).toBeTruthy()
    expect(screen.getByRole("img").getAttribute("src")).toBe("http://api.test/static/oya.jpg")
    expect(screen.getByTestId("application-status").textContent).toBe(texts.status.submitted)
    const history = screen.getByTestId("application-history")
    expect(history.textContent).toContain(texts.event.submit)
    expect(history.textContent).toContain(texts.event.applicant)
  })

  it("shows each step of the history as from → to", async () => {
    api.retrieve.mockResolvedValue({
      application: adminApplication({
        status: "in_review",
        assigned_to: "user_2",
        events: [
          ...(application.events ?? []),
          {
            id: "pappev_2",
            action: "assign",
            from_status: "submitted",
            to_status: "in_review",
            actor_type: "staff",
            actor_id: "user_2",
            message: null,
            created_at: "2026-11-21T10:00:00.000Z",
          },
        ],
      }),
    })
    renderPage()
    const items = within(await screen.findByTestId("application-history")).getAllByRole("listitem")
    expect(items).toHaveLength(2)
    expect(items[1].textContent).toContain(`${texts.status.submitted} → ${texts.status.in_review}`)
    expect(items[1].textContent).toContain(texts.event.staff)
    expect(await screen.findByText(/Hatice Kaya/)).toBeTruthy()
  })

  it("rejects only with a reason, and sends the chosen template in her language", async () => {
    api.reject.mockResolvedValue({ application: { ...application, status: "rejected" } })
    renderPage()
    fireEvent.click(await screen.findByTestId("application-reject"))
    const send = await screen.findByTestId("confirm-action")
    expect(send.hasAttribute("disabled")).toBe(true)

    fireEvent.click(await screen.findByText("Not handmade"))
    expect(send.hasAttribute("disabled")).toBe(false)
    fireEvent.click(send)
    await waitFor(() =>
      expect(api.reject).toHaveBeenCalledWith("papp_1", {
        reason: "Ürünler el yapımı görünmüyor.",
      })
    )
  })

  it("asks for changes with the message staff typed", async () => {
    api.requestChanges.mockResolvedValue({
      application: { ...application, status: "changes_requested" },
    })
    renderPage()
    fireEvent.click(await screen.findByTestId("application-request-changes"))
    fireEvent.change(await screen.findByTestId("decision-text"), {
      target: { value: "  Lütfen ürünlerin yakın fotoğrafını ekleyin.  " },
    })
    fireEvent.click(screen.getByTestId("confirm-action"))
    await waitFor(() =>
      expect(api.requestChanges).toHaveBeenCalledWith("papp_1", {
        message: "Lütfen ürünlerin yakın fotoğrafını ekleyin.",
      })
    )
  })

  it("approves after confirmation, then shows the refreshed status and the way to producers", async () => {
    const approved = adminApplication({
      status: "approved",
      producer: { id: "prdcr_9", handle: "nermin-ozturk", status: "active" },
    })
    api.approve.mockImplementation(async () => {
      // From now on the server answers with the approved application.
      api.retrieve.mockResolvedValue({ application: approved })
      return {
        application: approved,
        producer: adminProducer({ id: "prdcr_9", handle: "nermin-ozturk" }),
      }
    })
    renderPage()
    fireEvent.click(await screen.findByTestId("application-approve"))
    expect(api.approve).not.toHaveBeenCalled()
    fireEvent.change(await screen.findByLabelText(texts.actions.welcomeMessage), {
      target: { value: "Aramıza hoş geldin!" },
    })
    fireEvent.click(screen.getByTestId("confirm-action"))

    await waitFor(() =>
      expect(screen.getByTestId("application-status").textContent).toBe(texts.status.approved)
    )
    expect(api.approve).toHaveBeenCalledWith("papp_1", { message: "Aramıza hoş geldin!" })
    expect(api.retrieve).toHaveBeenCalledTimes(2)
    expect(await screen.findByText(texts.actions.done)).toBeTruthy()
    const link = screen.getByRole("link", { name: /nermin-ozturk/ })
    expect(link.getAttribute("href")).toBe("/producers?q=nermin-ozturk")
    expect(screen.queryByTestId("application-approve")).toBeNull()
  })

  it("shows the server's words when a step is refused", async () => {
    const message = "This application is already rejected; it can no longer be approved."
    api.approve.mockRejectedValue(new FetchError(message, "Bad Request", 400))
    renderPage()
    fireEvent.click(await screen.findByTestId("application-approve"))
    fireEvent.click(await screen.findByTestId("confirm-action"))

    expect(await screen.findByText(message)).toBeTruthy()
  })

  it("assigns to the staff member who asks", async () => {
    api.assign.mockResolvedValue({
      application: { ...application, status: "in_review", assigned_to: "user_1" },
    })
    renderPage()
    fireEvent.click(await screen.findByTestId("application-assign"))
    await waitFor(() => expect(api.assign).toHaveBeenCalledWith("papp_1", {}))
  })

  it("names the menu that hands it to another staff member, for a screen reader", async () => {
    renderPage()
    const menu = within(await screen.findByTestId("application-assign-to")).getByRole("combobox")
    expect(menu.getAttribute("aria-label")).toBe(texts.actions.assignTo)
  })

  it("does not offer to take what she already reviews", async () => {
    api.retrieve.mockResolvedValue({
      application: adminApplication({ status: "in_review", assigned_to: "user_1" }),
    })
    renderPage()
    expect(await screen.findByText(texts.assignedToMe, { exact: false })).toBeTruthy()
    expect(screen.queryByTestId("application-assign")).toBeNull()
    expect(screen.getByTestId("application-approve")).toBeTruthy()
  })

  it("offers no decision once an application is final", async () => {
    api.retrieve.mockResolvedValue({ application: { ...application, status: "rejected" } })
    renderPage()
    await screen.findByText("Nermin Öztürk")
    for (const action of ["assign", "approve", "reject", "request-changes"]) {
      expect(screen.queryByTestId(`application-${action}`)).toBeNull()
    }
  })
})
