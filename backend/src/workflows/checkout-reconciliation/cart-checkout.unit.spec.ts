import { isPlaced } from "./cart-checkout"

const order = (
  status: string,
  sessions: { status: string }[],
  payments: { canceled_at?: string | null }[] = []
) => ({
  id: "order_1",
  status,
  payment_collections: [
    {
      payment_sessions: sessions.map((session, i) => ({ id: `payses_${i}`, ...session })),
      payments: payments.map((payment, i) => ({ id: `pay_${i}`, ...payment })),
    },
  ],
})

describe("whether an order made at checkout was placed in full", () => {
  it("is placed once her payment is authorized, or its authorization deferred", () => {
    expect(isPlaced(order("pending", [{ status: "authorized" }], [{}]))).toBe(true)
    expect(isPlaced(order("pending", [{ status: "pending_authorization" }]))).toBe(true)
  })

  it("is not when the completion stopped before authorizing her payment", () => {
    expect(isPlaced(order("pending", [{ status: "pending" }]))).toBe(false)
    // A payment canceled since holds nothing.
    expect(
      isPlaced(order("pending", [{ status: "pending" }], [{ canceled_at: "2026-06-15T12:00:00Z" }]))
    ).toBe(false)
  })

  it("is not once canceled", () => {
    expect(isPlaced(order("canceled", [{ status: "authorized" }], [{}]))).toBe(false)
  })
})
