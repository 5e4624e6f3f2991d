import type { ProducerEarningsResponse, ProducerLedgerEntry } from "@imece/types"
import { FetchError } from "@medusajs/js-sdk"
import { fireEvent, screen, waitFor, within } from "@testing-library/react"
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
  count: 4,
  offset: 0,
  limit: 20,
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

/** A response's paging and settings for a ledger of `count` entries, all on this page. */
const page = (count: number) => ({ holding_days: 0, count, offset: 0, limit: 20 })

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
      ...page(1),
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
    earnings.mockResolvedValue({ ...page(0), balances: [], entries: [], payouts: [] })
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
      ...page(1),
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

  it("opens on the currency she sells in most, and names an empty other currency quietly", async () => {
    earnings.mockResolvedValue({
      ...history,
      balances: [
        { currency_code: "try", balance: 171000, payable: 81000, held: 90000, on_the_way: 0 },
        { currency_code: "eur", balance: 0, payable: 0, held: 0, on_the_way: 0 },
      ],
    })
    renderEarnings()

    const [first] = await screen.findAllByTestId("earnings-balance")
    expect(first.textContent).toBe("₺1.710,00")
    expect(screen.getAllByTestId("earnings-balance")).toHaveLength(1)
    expect(screen.queryByTestId("earnings-eur")).toBeNull()
    expect(screen.getByTestId("earnings-other-empty").textContent).toBe(
      "Diğer para birimlerinde bakiyeniz yok: €0,00"
    )
  })

  it("shows money in another currency after her main one, as a card of its own", async () => {
    earnings.mockResolvedValue({
      ...history,
      balances: [
        { currency_code: "try", balance: 171000, payable: 81000, held: 90000, on_the_way: 0 },
        { currency_code: "eur", balance: 2500, payable: 2500, held: 0, on_the_way: 0 },
      ],
    })
    renderEarnings()

    await screen.findByTestId("earnings-eur")
    expect(screen.getAllByTestId("earnings-balance").map((b) => b.textContent)).toEqual([
      "₺1.710,00",
      "€25,00",
    ])
    expect(screen.queryByTestId("earnings-other-empty")).toBeNull()
  })

  it("asks for her history a page at a time and adds older entries when she wants them", async () => {
    const [payout, reversal, firstItem, secondItem] = history.entries
    earnings
      .mockResolvedValueOnce({ ...history, count: 4, entries: [payout, reversal, firstItem] })
      .mockResolvedValueOnce({ ...history, count: 4, offset: 3, entries: [secondItem] })
    renderEarnings()

    await screen.findByTestId("earnings-more")
    expect(earnings).toHaveBeenCalledWith({ limit: 20, offset: 0 })
    // Order 12's other item may be on the next page: its line waits for it.
    expect(screen.getAllByTestId("earnings-line").map((line) => line.dataset.kind)).toEqual([
      "payout",
      "reversal",
    ])

    fireEvent.click(screen.getByTestId("earnings-more"))
    await waitFor(() => expect(screen.queryByTestId("earnings-more")).toBeNull())
    expect(earnings).toHaveBeenLastCalledWith({ limit: 20, offset: 3 })
    const lines = screen.getAllByTestId("earnings-line")
    expect(lines.map((line) => line.dataset.kind)).toEqual(["payout", "reversal", "earning"])
    expect(lines[2].textContent).toContain("Sipariş 12 teslim edildi — ₺810,00 kazandınız")
  })

  it("keeps what she has when older entries cannot be loaded, and says so in her words", async () => {
    const [payout, reversal, firstItem] = history.entries
    earnings
      .mockResolvedValueOnce({ ...history, count: 4, entries: [payout, reversal, firstItem] })
      .mockRejectedValueOnce(new FetchError("Bad Request", "Bad Request", 400))
    renderEarnings()

    fireEvent.click(await screen.findByTestId("earnings-more"))
    expect((await screen.findByTestId("earnings-more-error")).textContent).toBe(
      "Daha eski hareketler yüklenemedi. Lütfen yeniden deneyin."
    )
    expect(screen.getAllByTestId("earnings-line")).toHaveLength(2)
    expect(screen.getByTestId("earnings-try")).toBeTruthy()
  })

  it("lists her last three payouts, and all of them when she asks", async () => {
    const [payout] = history.payouts
    const payouts = Array.from({ length: 5 }, (_, n) => ({
      ...payout,
      id: `pout_${n}`,
      reference: `IMECE-2026110${n}-1`,
    }))
    earnings.mockResolvedValue({ ...history, payouts })
    renderEarnings()

    await screen.findByTestId("earnings-payouts")
    expect(screen.getAllByTestId("earnings-payout")).toHaveLength(3)
    fireEvent.click(screen.getByRole("button", { name: "Tüm ödemelerinizi göster (5)" }))
    expect(screen.getAllByTestId("earnings-payout")).toHaveLength(5)
    expect(screen.queryByTestId("earnings-all-payouts")).toBeNull()
  })
})
