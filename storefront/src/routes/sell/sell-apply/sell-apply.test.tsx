import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { fireEvent, render, screen, waitFor } from "@testing-library/react"
import { MemoryRouter } from "react-router-dom"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { client } from "../../../lib/client"
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

  it("walks through the steps and sends the application, then shows her reference", async () => {
    create.mockResolvedValue({
      application: { reference: "IMC-7K2Q9XAB", status: "submitted", submitted_at: "2026-11-22" },
    })
    renderForm()
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
})
