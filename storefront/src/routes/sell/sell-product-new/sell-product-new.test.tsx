import { FetchError } from "@medusajs/js-sdk"
import { fireEvent, screen, waitFor } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { producerClient } from "../../../lib/producer-client"
import { producerProduct } from "../../../test/fixtures"
import { renderShopPage } from "../../../test/render-page"
import { SellProductNew } from "./sell-product-new"

vi.mock("../../../lib/client", () => import("../../../test/categories-client"))

vi.mock("../../../lib/producer-client", () => ({
  producerClient: { producer: { uploadPhoto: vi.fn(), products: { create: vi.fn() } } },
}))

const { uploadPhoto } = vi.mocked(producerClient.producer)
const { create } = vi.mocked(producerClient.producer.products)

const renderNew = () =>
  renderShopPage(<SellProductNew />, {
    path: "/sell/shop/products/new",
    url: "/sell/shop/products/new",
  })

const type = (name: string, value: string) =>
  fireEvent.change(screen.getByTestId(`field-${name}`), { target: { value } })
const next = () => fireEvent.click(screen.getByTestId("product-next"))

describe("listing a product in three screens", () => {
  const scrollTo = vi.spyOn(window, "scrollTo").mockImplementation(() => undefined)

  beforeEach(() => {
    uploadPhoto.mockReset()
    create.mockReset()
    scrollTo.mockClear()
  })

  it("takes photos, then what it is with its description and materials, then price and stock", async () => {
    uploadPhoto.mockImplementation(async (file) => ({ id: `file_${file.name}`, url: file.name }))
    create.mockResolvedValue({ product: producerProduct() })
    renderNew()

    expect(screen.getByTestId("product-step").textContent).toBe("Adım 1 / 3")
    fireEvent.change(screen.getByTestId("field-photos"), {
      target: { files: [new File(["a"], "a.jpg", { type: "image/jpeg" })] },
    })
    await screen.findByTestId("uploaded-photo")
    next()

    expect(screen.getByTestId("product-step").textContent).toBe("Adım 2 / 3")
    // The new step starts at the top with its heading, not where she tapped on the last.
    expect(scrollTo).toHaveBeenLastCalledWith({ top: 0 })
    expect(document.activeElement?.textContent).toBe("Ürününüzü anlatın")
    type("materials", Array.from({ length: 11 }, (_, i) => `iplik ${i}`).join(", "))
    next()
    expect(screen.getAllByRole("alert").map((alert) => alert.textContent)).toEqual([
      "2 ile 120 karakter arasında bir ad yazın.",
      "En fazla 10 malzeme yazın, her biri en çok 60 karakter olsun.",
    ])
    type("title", "Oya küpe")
    type("description", "İğne oyası, ipek iplikle; boyu 4 cm.\nSuya değmesin.")
    type("materials", "ipek iplik، gümüş kanca")
    await screen.findByRole("option", { name: "Keçe" })
    fireEvent.change(screen.getByTestId("field-category_id"), { target: { value: "pcat_felt" } })
    next()

    expect(screen.getByTestId("product-step").textContent).toBe("Adım 3 / 3")
    next()
    expect(screen.getAllByRole("alert").map((alert) => alert.textContent)).toEqual([
      "Fiyatı sayı olarak yazın, örneğin 450 ya da 450,50.",
    ])
    type("variant_0_price_try", "450")
    type("variant_0_quantity", "4")
    next()

    await waitFor(() =>
      expect(screen.getByTestId("elsewhere").textContent).toBe("/sell/shop/products")
    )
    expect(create).toHaveBeenCalledWith({
      title: "Oya küpe",
      description: "İğne oyası, ipek iplikle; boyu 4 cm.\nSuya değmesin.",
      materials: ["ipek iplik", "gümüş kanca"],
      prices: { try: 450 },
      stock: 4,
      category_id: "pcat_felt",
      photo_ids: ["file_a.jpg"],
    })
    expect(screen.getByTestId("elsewhere").dataset.state).toBe('{"listed":"on-sale"}')
  })

  it("keeps what she typed when she goes back, and says in her words that it was refused", async () => {
    create.mockRejectedValue(new FetchError("No uploaded photo has the id x.", "Bad Request", 400))
    renderNew()

    next()
    type("title", "Kilim")
    type("description", "Yün, el tezgâhında.")
    next()
    type("variant_0_price_try", "1200")
    fireEvent.click(screen.getByTestId("add-option"))
    type("option_0_title", "Boyut")
    type("option_0_values", "Küçük, Büyük")
    fireEvent.click(screen.getByText("Geri"))
    expect((screen.getByTestId("field-title") as HTMLInputElement).value).toBe("Kilim")
    expect((screen.getByTestId("field-description") as HTMLTextAreaElement).value).toBe(
      "Yün, el tezgâhında."
    )
    next()
    expect((screen.getByTestId("field-option_0_values") as HTMLInputElement).value).toBe(
      "Küçük, Büyük"
    )
    fireEvent.click(screen.getByTestId("availability-made-to-order"))
    type("days", "21")
    next()

    // Not the server's English: the page's own words for a refusal without a code.
    expect((await screen.findByTestId("product-error")).textContent).toBe(
      "Ürün kaydedilemedi. Lütfen yeniden deneyin."
    )
    expect(create).toHaveBeenCalledWith({
      title: "Kilim",
      description: "Yün, el tezgâhında.",
      prices: { try: 1200 },
      made_to_order_days: 21,
      options: [{ title: "Boyut", values: ["Küçük", "Büyük"] }],
    })
  })
})
