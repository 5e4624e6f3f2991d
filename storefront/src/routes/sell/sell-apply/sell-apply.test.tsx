import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react"
import { MemoryRouter } from "react-router-dom"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { ApiError } from "@imece/client"
import { common } from "@imece/i18n"
import { i18n } from "../../../i18n"
import { client } from "../../../lib/client"
import { EMPTY_DRAFT, type ApplicationDraft } from "./application-draft"
import { SellApply } from "./sell-apply"
import { DRAFT_STORAGE_KEY } from "./use-draft"

vi.mock("../../../lib/client", () => ({
  client: { store: { producerApplications: { create: vi.fn() } } },
}))

const create = vi.mocked(client.store.producerApplications.create)

function renderForm() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <SellApply />
      </MemoryRouter>
    </QueryClientProvider>
  )
}

const type = (name: string, value: string) =>
  fireEvent.change(screen.getByTestId(`field-${name}`), { target: { value } })

function fillEverything() {
  type("full_name", "Ayşe Yılmaz")
  type("phone", "+90 532 123 45 67")
  type("email", "ayse@example.com")
  fireEvent.click(screen.getByTestId("sell-next"))
  type("city", "Ankara")
  fireEvent.click(screen.getByTestId("sell-next"))
  type("craft", "İğne oyası")
  type("story", "İğne oyasını KEÇMEK kursunda öğrendim.")
  fireEvent.click(screen.getByTestId("sell-next"))
  expect(screen.getByTestId("field-photos")).toBeTruthy()
  fireEvent.click(screen.getByTestId("sell-next"))
  fireEvent.click(screen.getByTestId("field-consent"))
}

describe("applying to sell", () => {
  beforeEach(() => {
    create.mockReset()
  })

  it("keeps what she typed when the page is opened again", () => {
    renderForm()
    type("full_name", "Ayşe Yılmaz")
    expect(JSON.parse(localStorage.getItem(DRAFT_STORAGE_KEY) ?? "{}").full_name).toBe(
      "Ayşe Yılmaz"
    )
  })

  it("does not go on while an answer is missing, and says which", () => {
    renderForm()
    fireEvent.click(screen.getByTestId("sell-next"))
    expect(screen.getAllByRole("alert")).toHaveLength(3)
    expect(screen.getByTestId("field-full_name")).toBeTruthy()
  })

  it("tells her in Turkish that she has applied already, not in the server's English", async () => {
    create.mockRejectedValue(
      new ApiError(
        "An application with this email or phone number is already being reviewed.",
        "Unprocessable Entity",
        422,
        "application_already_open"
      )
    )
    renderForm()
    fillEverything()
    fireEvent.click(screen.getByTestId("sell-submit"))

    const error = await screen.findByTestId("application-error")
    expect(error.textContent).toBe(common.tr.errors.codes.application_already_open)
  })

  it("walks through the steps and sends the application, then shows her reference", async () => {
    create.mockResolvedValue({
      application: { reference: "IMC-7K2Q9XAB", status: "submitted", submitted_at: "2026-11-22" },
    })
    renderForm()
    fillEverything()
    fireEvent.click(screen.getByTestId("sell-submit"))

    await waitFor(() =>
      expect(screen.getByTestId("application-reference").textContent).toBe("IMC-7K2Q9XAB")
    )
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({
        email: "ayse@example.com",
        locale: "tr",
        consent: true,
        photo_ids: [],
      })
    )
  })

  it("shows the photos she uploaded on the last step, and opens the terms beside her draft", () => {
    const draft: ApplicationDraft = {
      ...EMPTY_DRAFT,
      full_name: "Ayşe Yılmaz",
      phone: "+90 532 123 45 67",
      email: "ayse@example.com",
      city: "Ankara",
      craft: "İğne oyası",
      story: "İğne oyasını KEÇMEK kursunda öğrendim.",
      photos: [
        { id: "file_1", url: "http://localhost:9000/static/oya-1.jpg" },
        { id: "file_2", url: "http://localhost:9000/static/oya-2.jpg" },
      ],
    }
    localStorage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(draft))
    renderForm()
    for (let step = 1; step < 5; step++) {
      fireEvent.click(screen.getByTestId("sell-next"))
    }

    const photos = within(screen.getByTestId("review-photos")).getAllByRole("img")
    expect(photos.map((photo) => [photo.getAttribute("alt"), photo.getAttribute("src")])).toEqual([
      ["Ürün fotoğrafı 1", "http://localhost:9000/static/oya-1.jpg"],
      ["Ürün fotoğrafı 2", "http://localhost:9000/static/oya-2.jpg"],
    ])
    expect(
      screen.queryByText("Ürün fotoğraflarını inceleme sırasında ekip sizden isteyebilir.")
    ).toBeNull()

    // The terms she accepts are a link away, in a new tab, so this step and her answers stay.
    const terms = screen.getByRole("link", { name: "Satıcı koşulları ve kişisel verileriniz" })
    expect(terms.getAttribute("href")).toBe("/sell/terms")
    expect(terms.getAttribute("target")).toBe("_blank")
    expect(terms.getAttribute("rel")).toContain("noopener")
    fireEvent.click(terms)
    expect(screen.getByTestId("field-consent")).toBeTruthy()
    expect(JSON.parse(localStorage.getItem(DRAFT_STORAGE_KEY) ?? "{}").photos).toHaveLength(2)
  })

  it("says the team may ask for photos when she has uploaded none", () => {
    renderForm()
    fillEverything()
    expect(screen.queryByTestId("review-photos")).toBeNull()
    expect(
      screen.getByText("Ürün fotoğraflarını inceleme sırasında ekip sizden isteyebilir.")
    ).toBeTruthy()
  })

  it("keeps her phone number and her words in their own direction in the Persian summary", async () => {
    await i18n.changeLanguage("fa")
    renderForm()
    fillEverything()

    const phone = screen.getByText("+90 532 123 45 67")
    expect(phone.tagName).toBe("BDI")
    expect(phone.getAttribute("dir")).toBe("ltr")
    expect(screen.getByText("İğne oyasını KEÇMEK kursunda öğrendim.").getAttribute("dir")).toBe(
      "auto"
    )
  })
})
