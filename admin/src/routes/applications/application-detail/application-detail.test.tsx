import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { fireEvent, render, screen, waitFor } from "@testing-library/react"
import { MemoryRouter, Route, Routes } from "react-router-dom"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { client } from "../../../lib/client"
import { ApplicationDetail } from "./application-detail"

vi.mock("../../../lib/client", () => ({
  client: {
    admin: {
      producerApplications: {
        retrieve: vi.fn(),
        approve: vi.fn(),
        reject: vi.fn(),
        requestChanges: vi.fn(),
        assign: vi.fn(),
      },
    },
  },
}))

const api = vi.mocked(client.admin.producerApplications)

const application = {
  id: "papp_1",
  reference: "IMC-7K2Q9XAB",
  full_name: "Nermin Öztürk",
  email: "nermin@example.com",
  phone: "+90 532 765 43 21",
  city: "Ankara",
  district: "Keçiören",
  craft: "İğne oyası",
  story: "Annemden öğrendim.",
  course: null,
  locale: "tr" as const,
  status: "submitted" as const,
  assigned_to: null,
  staff_message: null,
  consented_at: "2026-11-20T10:00:00.000Z",
  submitted_at: "2026-11-20T10:00:00.000Z",
  created_at: "2026-11-20T10:00:00.000Z",
  updated_at: "2026-11-20T10:00:00.000Z",
  photo_urls: ["http://api.test/static/oya.jpg"],
  events: [
    {
      id: "pappev_1",
      action: "submit" as const,
      from_status: null,
      to_status: "submitted" as const,
      actor_type: "applicant" as const,
      actor_id: null,
      message: null,
      created_at: "2026-11-20T10:00:00.000Z",
    },
  ],
  producer: null,
}

function renderPage() {
  render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      <MemoryRouter initialEntries={["/applications/papp_1"]}>
        <Routes>
          <Route path="/applications/:id" element={<ApplicationDetail />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>
  )
}

describe("an application's page", () => {
  beforeEach(() => {
    vi.resetAllMocks()
    api.retrieve.mockResolvedValue({ application })
  })

  it("shows her answers, photos and history", async () => {
    renderPage()
    await screen.findByText("Nermin Öztürk")
    expect(screen.getByText("IMC-7K2Q9XAB")).toBeTruthy()
    expect(screen.getByRole("img").getAttribute("src")).toBe("http://api.test/static/oya.jpg")
    expect(screen.getByTestId("application-history").textContent).toContain("Başvurdu")
  })

  it("rejects only with a reason, and sends the one chosen", async () => {
    api.reject.mockResolvedValue({ application: { ...application, status: "rejected" } })
    renderPage()
    fireEvent.click(await screen.findByTestId("application-reject"))
    const send = await screen.findByTestId("confirm-action")
    expect(send.hasAttribute("disabled")).toBe(true)

    fireEvent.click(screen.getByText("Ürünler el yapımı görünmüyor."))
    fireEvent.click(send)
    await waitFor(() =>
      expect(api.reject).toHaveBeenCalledWith("papp_1", {
        reason: "Ürünler el yapımı görünmüyor.",
      })
    )
  })

  it("offers no decision once an application is final", async () => {
    api.retrieve.mockResolvedValue({ application: { ...application, status: "rejected" } })
    renderPage()
    await screen.findByText("Nermin Öztürk")
    expect(screen.queryByTestId("application-approve")).toBeNull()
    expect(screen.queryByTestId("application-reject")).toBeNull()
  })
})
