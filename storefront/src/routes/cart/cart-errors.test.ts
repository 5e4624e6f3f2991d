import { describe, expect, it } from "vitest"
import { cartRefusalOf } from "./cart-errors"

describe("why the cart was refused", () => {
  it("knows Medusa's stock refusals at adding and at completion", () => {
    expect(cartRefusalOf(new Error("Some variant does not have the required inventory"))).toBe(
      "sold-out"
    )
    expect(
      cartRefusalOf(new Error("Not enough stock available for item iitem_1 at location sloc_1"))
    ).toBe("sold-out")
  })

  it("knows a producer on vacation, and nothing else", () => {
    expect(cartRefusalOf(new Error("Ayşe is on vacation and back on 2026-07-11; …"))).toBe(
      "on-vacation"
    )
    expect(cartRefusalOf(new Error("Network down"))).toBe("other")
    expect(cartRefusalOf("weird")).toBe("other")
  })
})
