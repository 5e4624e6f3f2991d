import { describe, expect, it } from "vitest"
import { orderPart, storeOrder } from "../../test/account-fixtures"
import { orderProgress } from "./order-progress"

const parts = (...statuses: ("new" | "preparing" | "shipped" | "delivered" | "canceled")[]) =>
  statuses.map((status, index) => orderPart({ id: `prodord_${index}`, status }))

describe("where an order stands", () => {
  it.each([
    [parts("new"), "received"],
    [[], "received"],
    [parts("new", "preparing"), "preparing"],
    [parts("preparing", "shipped"), "partlyShipped"],
    [parts("delivered", "new"), "partlyShipped"],
    [parts("shipped", "delivered"), "shipped"],
    [parts("delivered", "delivered"), "delivered"],
    [parts("delivered", "canceled"), "delivered"],
    [parts("canceled", "canceled"), "canceled"],
  ] as const)("%j is %s", (producerOrders, expected) => {
    expect(orderProgress(storeOrder({ producer_orders: [...producerOrders] }))).toBe(expected)
  })

  it("is canceled when the whole order is", () => {
    expect(orderProgress(storeOrder({ status: "canceled", producer_orders: parts("new") }))).toBe(
      "canceled"
    )
  })
})
