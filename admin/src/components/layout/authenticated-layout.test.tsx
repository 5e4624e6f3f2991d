import { fireEvent, screen } from "@testing-library/react"
import { Route, Routes } from "react-router-dom"
import { describe, expect, it, vi } from "vitest"
import { admin } from "../../i18n/locales/admin"
import { LOCALE_STORAGE_KEY } from "../../i18n"
import { client } from "../../lib/client"
import { adminUser } from "../../test/fixtures"
import { renderWithProviders } from "../../test/render-with-providers"
import { AuthenticatedLayout } from "./authenticated-layout"

vi.mock("../../lib/client", () => ({
  client: {
    admin: {
      auth: { me: vi.fn(), logout: vi.fn() },
      producerApplications: { list: vi.fn() },
    },
  },
}))

describe("the signed-in shell", () => {
  it("switches to Persian, right to left, and remembers it", async () => {
    vi.mocked(client.admin.auth.me).mockResolvedValue({ user: adminUser() })

    vi.mocked(client.admin.producerApplications.list).mockResolvedValue({
      applications: [],
      count: 0,
      offset: 0,
      limit: 1,
      counts: { submitted: 3, in_review: 2, changes_requested: 4, approved: 9, rejected: 1 },
    })

    renderWithProviders(
      <Routes>
        <Route element={<AuthenticatedLayout />}>
          <Route path="/producers" element={<p>producers page</p>} />
        </Route>
      </Routes>,
      { path: "/producers" }
    )

    expect(await screen.findByText("staff@imece.coop")).toBeTruthy()
    expect(document.documentElement.dir).toBe("ltr")
    // New and in-review applications wait for staff; sent-back and decided ones do not.
    expect((await screen.findByTestId("nav-applications-waiting")).textContent).toContain("5")

    fireEvent.change(screen.getByTestId("language-switcher"), { target: { value: "fa" } })

    expect(await screen.findByText(admin.fa.shell.logout)).toBeTruthy()
    expect(document.documentElement.dir).toBe("rtl")
    expect(document.documentElement.lang).toBe("fa")
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe("fa")
  })
})
