import type { ProducerEarningsResponse, ProducerLedgerEntry } from "@imece/types"
import { FetchError } from "@medusajs/js-sdk"
import { fireEvent, screen, within } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { i18n } from "../../../i18n"
import { producerClient } from "../../../lib/producer-client"
import { producerShop } from "../../../test/fixtures"
import { renderShopPage } from "../../../test/render-page"
import { SellEarnings } from "./sell-earnings"

vi.mock("../../../lib/producer-client", () => ({
  producerClient: { producer: { me: vi.fn(), earnings: vi.fn() } },
}))

const { me, earnings } = vi.mocked(producerClient.producer)

function entry(overrides: Partial<ProducerLedgerEntry> = {}): ProducerLedgerEntry {
  return {
    id: "lent_1",
    kind: "earning",
    currency_code: "try",
    amount: 81000,
    commission: 9000,
    available_at: "2026-11-27T10:00:00.000Z",
    created_at: "2026-11-13T10:00:00.000Z",
    display_id: 12,
    producer_order_id: "prodord_12",
    payout_id: null,
    ...overrides,
  }
}

/** Order 12 delivered in two items, a refund on it, then a payout of what was left. */
const history: ProducerEarningsResponse = {
  holding_days: 14,
  balances: [{ currency_code: "try", balance: 171000, payable: 81000, held: 90000, on_the_way: 0 }],
  entries: [
    entry({
      id: "lent_5",
      kind: "payout",
      amount: -90000,
      commission: 0,
      created_at: "2026-11-29T12:00:00.000Z",
      display_id: null,
      producer_order_id: null,
      payout_id: "pout_1",
    }),
    entry({
      id: "lent_4",
      kind: "reversal",
      amount: -18000,
      commission: -2000,
      created_at: "2026-11-20T09:00:00.000Z",
      payout_id: "pout_1",
    }),
    entry({ id: "lent_3", amount: 50000, commission: 5000, payout_id: "pout_1" }),
    entry({ id: "lent_2", amount: 31000, commission: 4000, payout_id: "pout_1" }),
  ],
  payouts: [
    {
      id: "pout_1",
      reference: "IMECE-20261129-1",
      status: "paid",
      currency_code: "try",
      amount: 90000,
      paid_at: "2026-11-29T12:00:00.000Z",
      created_at: "2026-11-28T12:00:00.000Z",
    },
  ],
}

const renderEarnings = () =>
  renderShopPage(<SellEarnings />, { path: "/sell/shop/earnings", url: "/sell/shop/earnings" })

describe("her earnings", () => {
  beforeEach(() => {
    me.mockReset()
    earnings.mockReset()
    me.mockResolvedValue({ producer: producerShop({ iban: "TR330006100519786457841326" }) })
  })

  it("shows her balance and, in plain words, what is ready, held and on its way", async () => {
    earnings.mockResolvedValue(history)
    renderEarnings()

    const card = await screen.findByTestId("earnings-try")
    expect(within(card).getByTestId("earnings-balance").textContent).toBe("₺1.710,00")
    expect(within(card).getByText("Ödenmeye hazır")).toBeTruthy()
    expect(within(card).getByTestId("earnings-payable").textContent).toBe("₺810,00")
    // The cooperative holds earnings 14 days after delivery.
    expect(within(card).getByText("Teslimattan sonra 14 gün bekletilen")).toBeTruthy()
    expect(within(card).getByTestId("earnings-held").textContent).toBe("₺900,00")
    expect(within(card).getByTestId("earnings-on-the-way").textContent).toBe("₺0,00")
    expect(screen.queryByTestId("earnings-no-iban")).toBeNull()
  })

  it("tells what happened in sentences, an order's items added up into one line", async () => {
    earnings.mockResolvedValue(history)
    renderEarnings()

    const lines = await screen.findAllByTestId("earnings-line")
    expect(lines.map((line) => line.dataset.kind)).toEqual(["payout", "reversal", "earning"])
    expect(lines[0].textContent).toContain(
      "\u2068IMECE-20261129-1\u2069 ödemesi — ₺900,00 bankanıza gönderildi"
    )
    expect(lines[1].textContent).toContain("Sipariş 12 için iade — ₺180,00 düşüldü")
    expect(lines[2].textContent).toContain(
      "Sipariş 12 teslim edildi — ₺810,00 kazandınız (kooperatifin payı ₺90,00)"
    )
    expect(within(lines[2]).getByRole("link").getAttribute("href")).toBe(
      "/sell/shop/orders/prodord_12"
    )

    const payout = screen.getByTestId("earnings-payout")
    expect(payout.textContent).toContain("IMECE-20261129-1")
    expect(within(payout).getByTestId("earnings-payout-status").textContent).toBe("Ödendi")
  })

  it("says when a held earning can be paid", async () => {
    earnings.mockResolvedValue({
      holding_days: 0,
      balances: [{ currency_code: "try", balance: 81000, payable: 0, held: 81000, on_the_way: 0 }],
      entries: [entry({ available_at: "2999-01-01T10:00:00.000Z" })],
      payouts: [],
    })
    renderEarnings()

    expect((await screen.findByTestId("earnings-ready-from")).textContent).toContain(
      "tarihinden itibaren ödenebilir"
    )
    expect(screen.queryByTestId("earnings-payouts")).toBeNull()
  })

  it("asks her for an IBAN when she has given none, with the way to her shop details", async () => {
    me.mockResolvedValue({ producer: producerShop({ iban: null }) })
    earnings.mockResolvedValue(history)
    renderEarnings()

    const notice = await screen.findByTestId("earnings-no-iban")
    expect(within(notice).getByRole("link").getAttribute("href")).toBe("/sell/shop/profile")
  })

  it("says where her earnings will appear before she has any", async () => {
    earnings.mockResolvedValue({ holding_days: 0, balances: [], entries: [], payouts: [] })
    renderEarnings()

    expect(
      await screen.findByText(
        "Gönderdiğiniz bir sipariş teslim edilince kazandığınız para burada görünür."
      )
    ).toBeTruthy()
  })

  it("offers to try again when her earnings cannot be loaded", async () => {
    earnings.mockRejectedValueOnce(new Error("network down")).mockResolvedValue(history)
    renderEarnings()

    fireEvent.click(await screen.findByRole("button", { name: "Tekrar dene" }))
    expect(await screen.findByTestId("earnings-try")).toBeTruthy()
  })

  it("sends her to log in when her session has ended", async () => {
    earnings.mockRejectedValue(new FetchError("Unauthorized", "Unauthorized", 401))
    renderEarnings()
    expect((await screen.findByTestId("elsewhere")).textContent).toBe("/sell/login")
  })

  it("writes rials whole and in Persian", async () => {
    await i18n.changeLanguage("fa")
    earnings.mockResolvedValue({
      holding_days: 0,
      balances: [{ currency_code: "irr", balance: 5000, payable: 5000, held: 0, on_the_way: 0 }],
      entries: [entry({ currency_code: "irr", amount: 5000, commission: 500 })],
      payouts: [],
    })
    renderEarnings()

    const balance = await screen.findByTestId("earnings-balance")
    expect(balance.textContent).toContain("۵٬۰۰۰")
    expect(balance.textContent).not.toMatch(/[0-9]/)
    expect(screen.getByText("موجودی شما")).toBeTruthy()
  })
})
