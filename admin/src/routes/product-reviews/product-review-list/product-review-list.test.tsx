import { fireEvent, screen, waitFor } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { admin } from "../../../i18n/locales/admin"
import { client } from "../../../lib/client"
import { renderWithProviders } from "../../../test/render-with-providers"
import { ProductReviewList } from "./product-review-list"

vi.mock("../../../lib/client", () => ({
  client: {
    admin: { productReviews: { list: vi.fn(), approve: vi.fn(), sendBack: vi.fn() } },
  },
}))

const reviews = vi.mocked(client.admin.productReviews)
const texts = admin.tr.productReviews

const earrings = {
  id: "prod_1",
  title: "Oya küpe",
  description: "İpek iplikle.",
  status: "proposed" as const,
  thumbnail: null,
  images: [],
  metadata: null,
  created_at: "2026-11-20T10:00:00.000Z",
  updated_at: "2026-11-20T10:00:00.000Z",
  producer: { id: "prdcr_1", handle: "ayse", name: "Ayşe", full_name: "Ayşe Yılmaz" },
  variants: [{ prices: [{ amount: 450, currency_code: "try" }] }],
}

function renderPage() {
  renderWithProviders(<ProductReviewList />)
}

describe("the product review inbox", () => {
  beforeEach(() => {
    vi.resetAllMocks()
    reviews.list.mockResolvedValue({ products: [earrings], count: 1, offset: 0, limit: 20 })
  })

  it("says so when nothing waits", async () => {
    reviews.list.mockResolvedValue({ products: [], count: 0, offset: 0, limit: 20 })
    renderPage()
    expect((await screen.findByTestId("product-reviews-empty")).textContent).toBe(texts.empty)
  })

  it("shows the product with its maker and puts it on sale", async () => {
    reviews.approve.mockResolvedValue({ product: { ...earrings, status: "published" } })
    renderPage()
    expect(await screen.findByText("Oya küpe")).toBeTruthy()
    expect(screen.getByText(/Ayşe Yılmaz/)).toBeTruthy()
    fireEvent.click(screen.getByTestId("product-approve"))
    await waitFor(() => expect(reviews.approve).toHaveBeenCalledWith("prod_1"))
  })

  it("sends it back only with a reason", async () => {
    reviews.sendBack.mockResolvedValue({ product: { ...earrings, status: "rejected" } })
    renderPage()
    fireEvent.click(await screen.findByTestId("product-send-back"))
    const send = await screen.findByTestId("confirm-action")
    expect(send.hasAttribute("disabled")).toBe(true)
    fireEvent.change(screen.getByTestId("decision-text"), {
      target: { value: "Gün ışığında bir fotoğraf ekleyin." },
    })
    fireEvent.click(send)
    await waitFor(() =>
      expect(reviews.sendBack).toHaveBeenCalledWith("prod_1", "Gün ışığında bir fotoğraf ekleyin.")
    )
  })
})
