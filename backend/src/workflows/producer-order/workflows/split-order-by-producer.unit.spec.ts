import { draftProducerOrders, soldProducts } from "./split-order-by-producer"

const placedAt = "2026-06-15T12:00:00.000Z"

const line = (id: string, product_id: string | null, unit_price: number, quantity = 1) => ({
  id,
  product_id,
  variant_id: `variant_${id}`,
  title: `Title ${id}`,
  variant_title: null,
  thumbnail: null,
  quantity,
  unit_price,
})

const order = {
  id: "order_1",
  display_id: 42,
  currency_code: "try",
  created_at: placedAt,
  items: [
    line("earrings", "prod_earrings", 450, 2),
    line("scarf", "prod_scarf", 300),
    line("slippers", "prod_slippers", 600),
    line("coop-bag", "prod_coop", 100),
    null,
  ],
}

const products = soldProducts([
  { id: "prod_earrings", producer: { id: "prdcr_ayse" }, categories: [{ id: "pcat_jewellery" }] },
  { id: "prod_scarf", producer: { id: "prdcr_ayse" }, categories: [{ id: "pcat_oya" }, null] },
  { id: "prod_slippers", producer: { id: "prdcr_zehra" }, categories: null },
  { id: "prod_coop", producer: null },
])

const rule = (
  scope: "cooperative" | "category" | "producer",
  target_id: string | null,
  rate_bps: number,
  valid_from = "2026-01-01T00:00:00.000Z"
) => ({ id: `${scope}-${target_id}-${rate_bps}`, scope, target_id, rate_bps, valid_from })

describe("draftProducerOrders", () => {
  it("gives each producer her lines and totals; lines without a maker stay with the cooperative", () => {
    const parts = draftProducerOrders(order, products, { rules: [], fallback_bps: 0 })
    expect(parts.map((part) => [part.producer_id, part.subtotal])).toEqual([
      ["prdcr_ayse", 1200],
      ["prdcr_zehra", 600],
    ])
    expect(parts[0]).toEqual(
      expect.objectContaining({ order_id: "order_1", display_id: 42, currency_code: "try" })
    )
    expect(parts[0].items.map((item) => [item.line_item_id, item.quantity, item.total])).toEqual([
      ["earrings", 2, 900],
      ["scarf", 1, 300],
    ])
  })

  it("charges the settings' rate on every line when there is no rule", () => {
    const parts = draftProducerOrders(order, products, { rules: [], fallback_bps: 500 })
    expect(parts.flatMap((part) => part.items.map((item) => item.commission_bps))).toEqual([
      500, 500, 500,
    ])
    expect(parts.map((part) => part.commission_bps)).toEqual([500, 500])
  })

  it("keeps on each line the rate in force for its product and maker when it was placed", () => {
    const rules = [
      rule("cooperative", null, 1000),
      rule("category", "pcat_oya", 600),
      rule("producer", "prdcr_zehra", 200),
      // Not started when the order was placed.
      rule("category", "pcat_jewellery", 100, "2026-07-01T00:00:00.000Z"),
    ]
    const [ayse, zehra] = draftProducerOrders(order, products, { rules, fallback_bps: 500 })
    expect(ayse.items.map((item) => [item.line_item_id, item.commission_bps])).toEqual([
      ["earrings", 1000],
      ["scarf", 600],
    ])
    expect(zehra.items.map((item) => item.commission_bps)).toEqual([200])
    // The part keeps the cooperative-level rate, whatever the overrides of its lines.
    expect([ayse.commission_bps, zehra.commission_bps]).toEqual([1000, 1000])
  })

  it("takes the quantity from the order's version detail, and the line's subtotal as its total", () => {
    const [part] = draftProducerOrders(
      {
        ...order,
        items: [{ ...line("earrings", "prod_earrings", 450, 1), detail: { quantity: 3 } }],
      },
      products,
      { rules: [], fallback_bps: 0 }
    )
    expect(part.items[0]).toEqual(expect.objectContaining({ quantity: 3, total: 1350 }))
    const [discounted] = draftProducerOrders(
      { ...order, items: [{ ...line("scarf", "prod_scarf", 300), subtotal: 270 }] },
      products,
      { rules: [], fallback_bps: 0 }
    )
    expect(discounted.subtotal).toBe(270)
  })
})
