import { fireEvent, screen, waitFor } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { producerClient } from "../../../lib/producer-client"
import { producerProduct } from "../../../test/fixtures"
import { renderShopPage } from "../../../test/render-page"
import { SellProductEdit } from "./sell-product-edit"

vi.mock("../../../lib/client", () => import("../../../test/categories-client"))

vi.mock("../../../lib/producer-client", () => ({
  producerClient: {
    producer: {
      dashboard: vi.fn(),
      uploadPhoto: vi.fn(),
      products: { retrieve: vi.fn(), update: vi.fn(), archive: vi.fn(), publish: vi.fn() },
    },
  },
}))

const { retrieve, update, archive } = vi.mocked(producerClient.producer.products)

const renderEdit = () =>
  renderShopPage(<SellProductEdit />, {
    path: "/sell/shop/products/:id",
    url: "/sell/shop/products/prod_1",
  })

describe("editing her product", () => {
  beforeEach(() => {
    for (const mock of [retrieve, update, archive]) {
      mock.mockReset()
    }
    retrieve.mockResolvedValue({ product: producerProduct() })
  })

  it("sends the new cover, a removed photo and a new price, and nothing she left alone", async () => {
    update.mockResolvedValue({ product: producerProduct({ updated_at: "2026-11-21T00:00:00Z" }) })
    renderEdit()

    const [, second] = await screen.findAllByTestId("uploaded-photo")
    fireEvent.click(second.querySelector("[data-testid=photo-earlier]") as Element)
    fireEvent.change(screen.getByTestId("field-variant_0_price_try"), { target: { value: "520" } })
    fireEvent.click(screen.getByTestId("product-save"))

    await waitFor(() => expect(screen.getByTestId("product-saved")).toBeTruthy())
    expect(update).toHaveBeenCalledWith("prod_1", {
      variants: [{ id: "variant_1", prices: { try: 520 } }],
      photo_ids: ["img_b", "img_a"],
    })
  })

  it("sends her Persian title, written right to left, beside the Turkish one", async () => {
    update.mockResolvedValue({ product: producerProduct({ updated_at: "2026-11-21T00:00:00Z" }) })
    renderEdit()

    const persian = await screen.findByTestId("field-translation_fa_title")
    expect(persian.getAttribute("dir")).toBe("rtl")
    fireEvent.change(persian, { target: { value: "گوشوارهٔ اویا" } })
    fireEvent.click(screen.getByTestId("product-save"))

    await waitFor(() =>
      expect(update).toHaveBeenCalledWith("prod_1", {
        translations: { fa: { title: "گوشوارهٔ اویا" } },
      })
    )
  })

  it("says nothing changed rather than sending an empty edit", async () => {
    renderEdit()
    fireEvent.click(await screen.findByTestId("product-save"))
    expect(await screen.findByText("Değiştirdiğiniz bir şey yok.")).toBeTruthy()
    expect(update).not.toHaveBeenCalled()
  })

  it("takes it off sale and says what that means", async () => {
    archive.mockResolvedValue({ product: producerProduct({ status: "draft" }) })
    renderEdit()
    fireEvent.click(await screen.findByTestId("product-archive"))
    expect((await screen.findByTestId("product-on-sale-changed")).textContent).toBe(
      "Ürün satıştan kaldırıldı; eski siparişlerde görünmeye devam eder."
    )
  })
})
