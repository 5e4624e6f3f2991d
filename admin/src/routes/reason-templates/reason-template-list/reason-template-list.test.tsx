import type { StaffRole } from "@imece/types"
import { fireEvent, screen, waitFor } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { admin } from "../../../i18n/locales/admin"
import { client } from "../../../lib/client"
import { staffMember } from "../../../test/fixtures"
import { renderWithProviders } from "../../../test/render-with-providers"
import { ReasonTemplateList } from "./reason-template-list"

vi.mock("../../../lib/client", () => ({
  client: {
    admin: {
      staff: { me: vi.fn() },
      reasonTemplates: { list: vi.fn(), create: vi.fn(), update: vi.fn(), delete: vi.fn() },
    },
  },
}))

const templates = vi.mocked(client.admin.reasonTemplates)
const texts = admin.tr.reasonTemplates

const notHandmade = {
  id: "rsntpl_1",
  kind: "reject" as const,
  label: "Not handmade",
  message: { tr: "Ürünler el yapımı görünmüyor.", fa: "محصولات دست‌ساز به نظر نمی‌رسند." },
  created_at: "2026-11-20T10:00:00.000Z",
  updated_at: "2026-11-20T10:00:00.000Z",
}

function renderPage(role: StaffRole) {
  vi.mocked(client.admin.staff.me).mockResolvedValue({ staff_member: staffMember({ role }) })
  renderWithProviders(<ReasonTemplateList />)
}

describe("the reason templates page", () => {
  beforeEach(() => {
    vi.resetAllMocks()
    templates.list.mockResolvedValue({ reason_templates: [notHandmade] })
  })

  it("shows a reviewer every reason in its languages, with nothing to change", async () => {
    renderPage("reviewer")
    expect(await screen.findByText("Not handmade")).toBeTruthy()
    expect(screen.getByText("محصولات دست‌ساز به نظر نمی‌رسند.")).toBeTruthy()
    expect(await screen.findByText(texts.readOnly)).toBeTruthy()
    expect(screen.queryByTestId("template-new")).toBeNull()
    expect(screen.queryByText(texts.edit)).toBeNull()
    expect(screen.getByTestId("templates-request_changes").textContent).toContain(texts.empty)
  })

  it("lets an administrator write a new reason in the languages she fills in", async () => {
    templates.create.mockResolvedValue({ reason_template: notHandmade })
    renderPage("administrator")
    fireEvent.click(await screen.findByTestId("template-new"))
    const save = await screen.findByTestId("template-save")
    expect(save.hasAttribute("disabled")).toBe(true)

    fireEvent.change(screen.getByTestId("template-label"), {
      target: { value: "Outside our region" },
    })
    fireEvent.change(screen.getByTestId("template-message-en"), {
      target: { value: "  We only accept applications from our region.  " },
    })
    expect(save.hasAttribute("disabled")).toBe(false)
    fireEvent.click(save)

    await waitFor(() =>
      expect(templates.create).toHaveBeenCalledWith({
        kind: "reject",
        label: "Outside our region",
        message: { en: "We only accept applications from our region." },
      })
    )
  })

  it("deletes a reason only after the administrator confirms", async () => {
    templates.delete.mockResolvedValue({ id: "rsntpl_1", object: "reason_template", deleted: true })
    renderPage("administrator")
    fireEvent.click(await screen.findByText(texts.delete))
    expect(templates.delete).not.toHaveBeenCalled()
    fireEvent.click(await screen.findByTestId("template-delete-confirm"))
    await waitFor(() => expect(templates.delete).toHaveBeenCalledWith("rsntpl_1"))
  })
})
