import { receiptBalance } from "./receipt-balance"

describe("receiptBalance", () => {
  it("matches when the receipts add up to what is due, to the kuruş", () => {
    expect(receiptBalance(540, [540])).toEqual({ received: 540, difference: 0, outcome: "matched" })
    expect(receiptBalance(540.3, [100.1, 440.2])).toEqual({
      received: 540.3,
      difference: 0,
      outcome: "matched",
    })
    expect(receiptBalance({ value: "540.3", precision: 20 }, ["540.30"]).outcome).toBe("matched")
  })

  it("says how much is missing or too much", () => {
    expect(receiptBalance(540, [500])).toEqual({ received: 500, difference: -40, outcome: "short" })
    expect(receiptBalance(540, [500, 50.5])).toEqual({
      received: 550.5,
      difference: 10.5,
      outcome: "over",
    })
    expect(receiptBalance(540, [])).toEqual({ received: 0, difference: -540, outcome: "short" })
  })
})
