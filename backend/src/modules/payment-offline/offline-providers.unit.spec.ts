import { PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { BankTransferProviderService } from "./services/bank-transfer"
import { CashOnDeliveryProviderService } from "./services/cash-on-delivery"

const account = {
  iban: "TR330006100519786457841326",
  accountHolder: "İmece Kadın Kooperatifi",
  bankName: "Demo Bankası",
}

describe("offline payment providers", () => {
  it("gives a bank-transfer session the cooperative's account and the session's reference", async () => {
    const provider = new BankTransferProviderService({}, account)
    const session = await provider.initiatePayment({
      amount: 540,
      currency_code: "try",
      data: { session_id: "payses_1", iban: "TR00 forged" },
    })
    expect(session.id).toBe("payses_1")
    expect(session.data).toEqual({
      session_id: "payses_1",
      iban: "TR33 0006 1005 1978 6457 8413 26",
      account_holder: "İmece Kadın Kooperatifi",
      bank_name: "Demo Bankası",
      reference: expect.stringMatching(/^IMC-[A-HJ-NP-Z2-9]{6}$/),
    })
    const updated = await provider.updatePayment({
      amount: 630,
      currency_code: "try",
      data: session.data,
    })
    expect(updated.data?.reference).toBe(session.data?.reference)
  })

  it("authorizes at checkout and captures without calling anyone", async () => {
    for (const provider of [
      new CashOnDeliveryProviderService({}, {}),
      new BankTransferProviderService({}, account),
    ]) {
      const { data } = await provider.initiatePayment({
        amount: 100,
        currency_code: "try",
        data: { session_id: "payses_2" },
      })
      const authorized = await provider.authorizePayment({ data })
      expect(authorized.status).toBe(PaymentSessionStatus.AUTHORIZED)
      expect((await provider.capturePayment({ data: authorized.data })).data).toEqual(data)
      expect((await provider.getWebhookActionAndData()).action).toBe(PaymentActions.NOT_SUPPORTED)
    }
  })

  it("refuses to start with a mistyped IBAN or no account", () => {
    expect(() => BankTransferProviderService.validateOptions(account)).not.toThrow()
    expect(() =>
      BankTransferProviderService.validateOptions({
        ...account,
        iban: "TR34 0006 1005 1978 6457 8413 26",
      })
    ).toThrow(/COOPERATIVE_IBAN/)
    expect(() => BankTransferProviderService.validateOptions({})).toThrow(/iban/)
  })
})
