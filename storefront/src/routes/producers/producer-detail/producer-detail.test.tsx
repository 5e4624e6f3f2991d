import { FetchError } from "@medusajs/js-sdk"
import { screen, waitFor } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { client } from "../../../lib/client"
import { storeProducer, storeProduct, storeRegion } from "../../../test/fixtures"
import { renderPage } from "../../../test/render-page"
import { ProducerDetail } from "./producer-detail"

vi.mock("../../../lib/client", () => ({
  client: {
    store: {
      regions: { list: vi.fn() },
      producers: { retrieve: vi.fn() },
      products: { list: vi.fn() },
    },
  },
}))

const listRegions = vi.mocked(client.store.regions.list)
const retrieveProducer = vi.mocked(client.store.producers.retrieve)
const listProducts = vi.mocked(client.store.products.list)

const renderProducer = () =>
  renderPage(<ProducerDetail />, { path: "/producers/:handle", url: "/producers/ayse-oya" })

describe("a producer's page", () => {
  beforeEach(() => {
    vi.resetAllMocks()
    listRegions.mockResolvedValue({ regions: [storeRegion()], count: 1, offset: 0, limit: 50 })
  })

  it("tells her whole story and lists her products with their prices", async () => {
    const story = "Oyayı annemden öğrendim.\n\nŞimdi kooperatifte kızlara öğretiyorum."
    retrieveProducer.mockResolvedValue({
      producer: {
        ...storeProducer({ story: { tr: story } }),
        products: [
          { id: "prod_1", title: "Gelincik oyalı yazma", handle: "oyali-yazma", thumbnail: null },
        ],
      },
    })
    listProducts.mockResolvedValue({
      products: [storeProduct(), storeProduct({ id: "prod_2", handle: "oyali-mendil" })],
      count: 2,
      offset: 0,
      limit: 100,
    })
    renderProducer()

    expect((await screen.findByTestId("producer-name")).textContent).toBe("Ayşe Yılmaz")
    expect(retrieveProducer).toHaveBeenCalledWith("ayse-oya")
    expect(screen.getByText(/Şimdi kooperatifte kızlara öğretiyorum/).textContent).toBe(story)
    expect(screen.getByText("İğne oyası · Ödemiş")).toBeTruthy()
    expect(await screen.findAllByTestId("product-card")).toHaveLength(2)
    expect(listProducts).toHaveBeenCalledWith(
      expect.objectContaining({ producer_id: "prdcr_1", region_id: "reg_try" })
    )
  })

  it("moves to her shop's new address when an old one is opened", async () => {
    retrieveProducer.mockResolvedValue({
      producer: { ...storeProducer({ handle: "ayse", name: "Ayşe" }), products: [] },
    })
    listProducts.mockResolvedValue({ products: [], count: 0, offset: 0, limit: 100 })
    renderPage(<ProducerDetail />, {
      path: "/producers/:handle",
      url: "/producers/ayse-yilmaz-oya",
      showPath: true,
    })

    await waitFor(() =>
      expect(screen.getByTestId("current-path").textContent).toBe("/producers/ayse")
    )
    expect((await screen.findByTestId("producer-name")).textContent).toBe("Ayşe")
    expect(retrieveProducer).toHaveBeenNthCalledWith(1, "ayse-yilmaz-oya")
  })

  it("says the producer was not found when the handle is unknown", async () => {
    retrieveProducer.mockRejectedValue(new FetchError("Producer not found", "Not Found", 404))
    renderProducer()

    expect(await screen.findByText("Bu üretici bulunamadı.")).toBeTruthy()
    expect(listProducts).not.toHaveBeenCalled()
  })
})
