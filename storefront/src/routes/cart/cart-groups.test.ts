import { describe, expect, it } from "vitest"
import { cartLine } from "../../test/cart-fixtures"
import { storeProducer } from "../../test/fixtures"
import { groupCartByProducer } from "./cart-groups"

const producer = (id: string, name: string) => storeProducer({ id, name, handle: id })

const line = (id: string, productId: string, total: number, createdAt: string) =>
  cartLine({ id, product_id: productId, unit_price: total, created_at: new Date(createdAt) })

describe("a cart as parcels", () => {
  it("puts each producer's lines together, in the order she first added one of hers", () => {
    const ayse = producer("prdcr_ayse", "Ayşe")
    const zehra = producer("prdcr_zehra", "Zehra")
    const groups = groupCartByProducer(
      [
        line("l3", "prod_kupe", 450, "2026-11-22T10:03:00Z"),
        line("l1", "prod_terlik", 600, "2026-11-22T10:01:00Z"),
        line("l2", "prod_yazma", 300, "2026-11-22T10:02:00Z"),
      ],
      new Map([
        ["prod_kupe", ayse],
        ["prod_yazma", ayse],
        ["prod_terlik", zehra],
      ])
    )
    expect(groups.map((group) => group.producer?.name)).toEqual(["Zehra", "Ayşe"])
    expect(groups[1].items.map((item) => item.id)).toEqual(["l2", "l3"])
    expect(groups.map((group) => group.subtotal)).toEqual([600, 750])
  })

  it("keeps lines without a known producer in one cooperative parcel", () => {
    const groups = groupCartByProducer(
      [
        line("l1", "prod_a", 100, "2026-11-22T10:01:00Z"),
        line("l2", "prod_b", 50, "2026-11-22T10:02:00Z"),
      ],
      new Map()
    )
    expect(groups).toHaveLength(1)
    expect(groups[0]).toEqual(expect.objectContaining({ producer: null, subtotal: 150 }))
  })
})
