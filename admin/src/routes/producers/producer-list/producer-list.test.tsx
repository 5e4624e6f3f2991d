import type { AdminProducerListResponse } from "@imece/types"
import { fireEvent, screen, waitFor } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { admin } from "../../../i18n/locales/admin"
import { client } from "../../../lib/client"
import { adminProducer } from "../../../test/fixtures"
import { renderWithProviders } from "../../../test/render-with-providers"
import { ProducerList } from "./producer-list"

vi.mock("../../../lib/client", () => ({
  client: { admin: { producers: { list: vi.fn(), suspend: vi.fn(), reactivate: vi.fn() } } },
}))

const list = vi.mocked(client.admin.producers.list)
const suspend = vi.mocked(client.admin.producers.suspend)
const reactivate = vi.mocked(client.admin.producers.reactivate)

function renderPage(path = "/producers") {
  renderWithProviders(<ProducerList />, { path })
}

const response: AdminProducerListResponse = {
  producers: [adminProducer({ craft: { tr: "İğne oyası" } })],
  count: 41,
  offset: 20,
  limit: 20,
}

describe("ProducerList", () => {
  beforeEach(() => {
    list.mockReset()
  })

  it("asks for the page, search and status in the URL and shows the total", async () => {
    list.mockResolvedValue(response)
    renderPage("/producers?q=oya&status=active&offset=20")

    expect(await screen.findAllByTestId("producer-row")).toHaveLength(1)
    expect(screen.getByTestId("producers-count").textContent).toBe("41")
    expect(list).toHaveBeenCalledWith({ limit: 20, offset: 20, q: "oya", status: "active" })
  })

  it("says so when a search matches nobody", async () => {
    list.mockResolvedValue({ producers: [], count: 0, offset: 0, limit: 20 })
    renderPage("/producers?q=nobody")

    expect(await screen.findByText(admin.tr.producers.noMatches)).toBeTruthy()
    expect(screen.queryByTestId("producer-row")).toBeNull()
  })

  it("offers to try again when the list cannot be loaded", async () => {
    list.mockRejectedValue(new Error("network down"))
    renderPage()

    expect(await screen.findByText(admin.tr.producers.loadFailed)).toBeTruthy()
  })

  it("suspends an active producer after staff confirm", async () => {
    list.mockResolvedValue({ producers: [adminProducer()], count: 1, offset: 0, limit: 20 })
    suspend.mockResolvedValue({ producer: adminProducer({ status: "suspended" }) })
    renderPage()

    fireEvent.click(await screen.findByTestId("producer-suspend"))
    expect(suspend).not.toHaveBeenCalled()
    fireEvent.click(await screen.findByTestId("confirm-action"))
    await waitFor(() => expect(suspend).toHaveBeenCalledWith("prdcr_1"))
  })

  it("reactivates a suspended producer after staff confirm, and reloads the list", async () => {
    list.mockResolvedValue({
      producers: [adminProducer({ status: "suspended" })],
      count: 1,
      offset: 0,
      limit: 20,
    })
    reactivate.mockResolvedValue({ producer: adminProducer() })
    renderPage()

    expect(screen.queryByTestId("producer-suspend")).toBeNull()
    fireEvent.click(await screen.findByTestId("producer-reactivate"))
    fireEvent.click(await screen.findByTestId("confirm-action"))
    await waitFor(() => expect(reactivate).toHaveBeenCalledWith("prdcr_1"))
    await waitFor(() => expect(list).toHaveBeenCalledTimes(2))
  })
})
