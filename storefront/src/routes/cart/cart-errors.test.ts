import { ApiError } from "@imece/client"
import { describe, expect, it } from "vitest"
import { cartRefusalOf, unavailableLineOf } from "./cart-errors"

describe("why the cart was refused", () => {
  it("knows Medusa's stock refusals at adding and at completion", () => {
    expect(cartRefusalOf(new Error("Some variant does not have the required inventory"))).toBe(
      "sold-out"
    )
    expect(
      cartRefusalOf(new Error("Not enough stock available for item iitem_1 at location sloc_1"))
    ).toBe("sold-out")
    expect(cartRefusalOf(new Error("Network down"))).toBe("other")
    expect(cartRefusalOf("weird")).toBe("other")
  })

  it("finds the line a refusal names because it can no longer be bought", () => {
    const refusal = (code: string, params: Record<string, string>) =>
      new ApiError("An English message", "Bad Request", 400, code, params)
    expect(
      unavailableLineOf(
        refusal("producer_on_vacation", { product: "Oya küpe", line_item_id: "cali_1" })
      )
    ).toEqual({ id: "cali_1", product: "Oya küpe" })
    expect(
      unavailableLineOf(
        refusal("cart_item_sold_out", {
          product: "Oya küpe",
          available: "0",
          line_item_id: "cali_2",
        })
      )
    ).toEqual({ id: "cali_2", product: "Oya küpe" })
    expect(unavailableLineOf(refusal("cart_item_being_bought", { product: "Oya küpe" }))).toBeNull()
    expect(unavailableLineOf(refusal("product_unavailable", { product: "Oya küpe" }))).toBeNull()
    expect(unavailableLineOf(refusal("cart_prices_changed", { line_item_id: "cali_1" }))).toBeNull()
    expect(unavailableLineOf(new Error("Ayşe is on vacation"))).toBeNull()
  })
})
