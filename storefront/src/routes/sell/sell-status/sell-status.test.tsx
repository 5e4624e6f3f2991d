import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { fireEvent, render, screen, waitFor } from "@testing-library/react"
import { MemoryRouter } from "react-router-dom"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { ApiError, UploadError } from "@imece/client"
import { common } from "@imece/i18n"
import { i18n } from "../../../i18n"
import { client } from "../../../lib/client"
import { SellStatus } from "./sell-status"

vi.mock("../../../lib/client", () => ({
  client: {
    store: {
      producerApplications: { status: vi.fn(), resubmit: vi.fn(), uploadPhoto: vi.fn() },
    },
  },
}))

const { status, resubmit, uploadPhoto } = vi.mocked(client.store.producerApplications)
const lookup = { email: "ayse@example.com", reference: "IMC-7K2Q9XAB" }

function renderStatus() {
  render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
    >
      <MemoryRouter
        initialEntries={[`/sell/status?email=${lookup.email}&reference=${lookup.reference}`]}
      >
        <SellStatus />
      </MemoryRouter>
    </QueryClientProvider>
  )
}

describe("her application's status", () => {
  beforeEach(() => {
    status.mockReset()
    resubmit.mockReset()
    uploadPhoto.mockReset()
    status.mockResolvedValue({
      application: {
        id: "papp_1",
        reference: lookup.reference,
        full_name: "Ayşe Yılmaz",
        status: "changes_requested",
        staff_message: "Gün ışığında fotoğraflar ekler misiniz?",
        submitted_at: "2026-11-20",
        locale: "tr",
      },
    })
  })

  it("shows staff's message and resubmits with new photos only, keeping her story", async () => {
    uploadPhoto.mockResolvedValue({ id: "file_1", url: "http://x/1.jpg" })
    resubmit.mockResolvedValue({ application: { status: "submitted" } } as never)
    renderStatus()

    expect(await screen.findByText("Gün ışığında fotoğraflar ekler misiniz?")).toBeTruthy()
    const send = screen.getByTestId("resubmit") as HTMLButtonElement
    expect(send.disabled).toBe(true)

    fireEvent.change(screen.getByTestId("field-photos"), {
      target: { files: [new File(["x"], "oya.jpg", { type: "image/jpeg" })] },
    })
    await screen.findByTestId("uploaded-photo")
    expect(send.disabled).toBe(false)
    fireEvent.click(send)

    await waitFor(() => expect(resubmit).toHaveBeenCalledWith({ ...lookup, photo_ids: ["file_1"] }))
  })

  it("does not send a story shorter than the shortest one accepted", async () => {
    renderStatus()
    const story = await screen.findByTestId("field-story")
    fireEvent.change(story, { target: { value: "Kısa" } })
    expect((screen.getByTestId("resubmit") as HTMLButtonElement).disabled).toBe(true)
    fireEvent.change(story, {
      target: { value: "Yazma kenarlarını el ile işliyorum, annemden öğrendim." },
    })
    expect((screen.getByTestId("resubmit") as HTMLButtonElement).disabled).toBe(false)
  })

  it("says in Turkish why her resubmission was refused, not in the server's English", async () => {
    const english = "An application that is submitted cannot be resubmitted."
    resubmit.mockRejectedValue(
      new ApiError(english, "Bad Request", 400, "application_not_awaiting_changes")
    )
    renderStatus()
    fireEvent.change(await screen.findByTestId("field-story"), {
      target: { value: "Yazma kenarlarını el ile işliyorum, annemden öğrendim." },
    })
    fireEvent.click(screen.getByTestId("resubmit"))

    const error = await screen.findByTestId("resubmit-error")
    expect(error.textContent).toBe(common.tr.errors.codes.application_not_awaiting_changes)
    expect(error.textContent).not.toContain(english)
  })

  it("says in Persian why a photo was refused, naming it, not in the server's English", async () => {
    await i18n.changeLanguage("fa")
    const english =
      "oya.gif is not a JPEG, PNG or WebP photo (or its name does not match what it is)."
    uploadPhoto.mockRejectedValue(
      new UploadError(english, 400, "photo_not_an_image", { name: "oya.gif" })
    )
    renderStatus()
    fireEvent.change(await screen.findByTestId("field-photos"), {
      target: { files: [new File(["x"], "oya.gif", { type: "image/gif" })] },
    })

    const error = await screen.findByRole("alert")
    expect(error.textContent).toContain("عکس JPEG، PNG یا WebP نیست")
    expect(error.textContent).toContain("oya.gif")
    expect(error.textContent).not.toContain(english)
  })
})
