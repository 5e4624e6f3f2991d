import type {
  AdminPaymentReceipt,
  AdminPendingPayment,
  AdminPendingPaymentListResponse,
  AdminRecordPaymentReceiptResponse,
} from "@imece/types"
import { FetchError } from "@medusajs/js-sdk"
import { fireEvent, screen, waitFor, within } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { admin } from "../../../i18n/locales/admin"
import { client } from "../../../lib/client"
import { renderWithProviders } from "../../../test/render-with-providers"
import { todayInput } from "../receipt-form"
import { PendingPaymentList } from "./pending-payment-list"

vi.mock("../../../lib/client", () => ({
  client: {
    admin: { pendingPayments: { list: vi.fn(), recordReceipt: vi.fn() } },
  },
}))

const list = vi.mocked(client.admin.pendingPayments.list)
const recordReceipt = vi.mocked(client.admin.pendingPayments.recordReceipt)
const texts = admin.tr.payments

function pendingPayment(overrides: Partial<AdminPendingPayment> = {}): AdminPendingPayment {
  return {
    id: "pay_1",
    method: "bank_transfer",
    reference: "IMC-7K2Q9X",
    amount: 540,
    currency_code: "try",
    created_at: "2026-11-20T10:00:00.000Z",
    age_days: 3,
    amount_received: 0,
    flag: null,
    difference: -540,
    receipts: [],
    captured_at: null,
    order: {
      id: "order_1",
      display_id: 1042,
      email: "elif@example.com",
      customer_name: "Elif Alıcı",
    },
    ...overrides,
  }
}

function receipt(overrides: Partial<AdminPaymentReceipt> = {}): AdminPaymentReceipt {
  return {
    id: "payrcpt_1",
    payment_id: "pay_1",
    order_id: "order_1",
    method: "bank_transfer",
    amount: 500,
    currency_code: "try",
    received_at: "2026-11-21T21:00:00.000Z",
    reference: "IMC-7K2Q9X",
    note: null,
    recorded_by: "user_1",
    outcome: "short",
    created_at: "2026-11-22T08:00:00.000Z",
    ...overrides,
  }
}

const page = (
  payments: AdminPendingPayment[],
  count = payments.length
): AdminPendingPaymentListResponse => ({ payments, count, offset: 0, limit: 20 })

function renderPage(path = "/pending-payments") {
  renderWithProviders(<PendingPaymentList />, { path })
}

const field = (testId: string) => screen.getByTestId(testId) as HTMLInputElement

describe("orders awaiting payment", () => {
  beforeEach(() => {
    vi.resetAllMocks()
  })

  it("shows each order with its method, reference, amount due, age and what arrived", async () => {
    list.mockResolvedValue(
      page([
        pendingPayment(),
        pendingPayment({
          id: "pay_2",
          method: "cash_on_delivery",
          reference: null,
          age_days: 0,
          amount_received: 500,
          flag: "short",
          difference: -40,
          receipts: [receipt({ payment_id: "pay_2", reference: "KRG-1" })],
          order: {
            id: "order_2",
            display_id: 1043,
            email: "zehra@example.com",
            customer_name: null,
          },
        }),
      ])
    )
    renderPage()

    const rows = await screen.findAllByTestId("pending-payment-row")
    expect(rows).toHaveLength(2)
    expect(screen.getByTestId("pending-payments-count").textContent).toBe("2")
    const bank = within(rows[0])
    expect(bank.getByText("#1042")).toBeTruthy()
    expect(bank.getByText(texts.methods.bank_transfer)).toBeTruthy()
    expect(bank.getByTestId("pending-payment-reference").textContent).toBe("IMC-7K2Q9X")
    expect(bank.getByText(/540/)).toBeTruthy()
    expect(bank.getByText(texts.nothingReceived)).toBeTruthy()
    expect(bank.getByTestId("pending-payment-age").textContent).toBe("3 gün önce")
    expect(bank.getByText("Elif Alıcı · elif@example.com")).toBeTruthy()
    const cash = within(rows[1])
    expect(cash.getByText(texts.methods.cash_on_delivery)).toBeTruthy()
    expect(cash.queryByTestId("pending-payment-reference")).toBeNull()
    expect(cash.getByTestId("pending-payment-received").textContent).toMatch(/500/)
    expect(cash.getByTestId("pending-payment-flag").textContent).toMatch(/40.*eksik/)
    expect(cash.getByTestId("pending-payment-age").textContent).toBe("bugün")
    expect(list).toHaveBeenCalledWith({ limit: 20, offset: 0, method: undefined })
  })

  it("asks only for the method in the URL", async () => {
    list.mockResolvedValue(page([pendingPayment()], 21))
    renderPage("/pending-payments?method=bank_transfer&offset=20")

    await screen.findAllByTestId("pending-payment-row")
    expect(list).toHaveBeenCalledWith({ limit: 20, offset: 20, method: "bank_transfer" })
  })

  it("records a transfer that matches in two clicks: what is due, today, its reference", async () => {
    list.mockResolvedValue(page([pendingPayment()]))
    recordReceipt.mockResolvedValue({
      payment_receipt: receipt({ amount: 540, outcome: "matched" }),
      payment: pendingPayment({ amount_received: 540, difference: 0 }),
    } satisfies AdminRecordPaymentReceiptResponse)
    renderPage()

    fireEvent.click(await screen.findByTestId("mark-paid"))
    expect(field("receipt-amount").value).toBe("540")
    expect(field("receipt-received-at").value).toBe(todayInput())
    expect(field("receipt-reference").value).toBe("IMC-7K2Q9X")
    expect(recordReceipt).not.toHaveBeenCalled()
    fireEvent.click(screen.getByTestId("confirm-mark-paid"))

    await waitFor(() =>
      expect(recordReceipt).toHaveBeenCalledWith("pay_1", {
        amount: 540,
        received_at: todayInput(),
        reference: "IMC-7K2Q9X",
      })
    )
    expect(await screen.findByText(texts.recorded.matched)).toBeTruthy()
    // The list is asked again, so the paid order leaves it.
    await waitFor(() => expect(list).toHaveBeenCalledTimes(2))
  })

  it("offers what is still missing after a short payment, and says what is still wrong", async () => {
    const short = pendingPayment({
      amount_received: 500,
      flag: "short",
      difference: -40,
      receipts: [receipt()],
    })
    list.mockResolvedValue(page([short]))
    recordReceipt.mockResolvedValue({
      payment_receipt: receipt({ id: "payrcpt_2", amount: 30, outcome: "short" }),
      payment: { ...short, amount_received: 530, difference: -10 },
    } satisfies AdminRecordPaymentReceiptResponse)
    renderPage()

    fireEvent.click(await screen.findByTestId("mark-paid"))
    expect(field("receipt-amount").value).toBe("40")
    expect(screen.getAllByTestId("earlier-receipt")).toHaveLength(1)
    fireEvent.change(field("receipt-amount"), { target: { value: "30,00" } })
    fireEvent.change(field("receipt-note"), { target: { value: "  Kalanı yarın  " } })
    fireEvent.click(screen.getByTestId("confirm-mark-paid"))

    await waitFor(() =>
      expect(recordReceipt).toHaveBeenCalledWith("pay_1", {
        amount: 30,
        received_at: todayInput(),
        reference: "IMC-7K2Q9X",
        note: "Kalanı yarın",
      })
    )
    expect(await screen.findByText(/10.*eksik/)).toBeTruthy()
  })

  it("says what to fix next to the field and sends nothing", async () => {
    list.mockResolvedValue(page([pendingPayment({ method: "cash_on_delivery", reference: null })]))
    renderPage()

    fireEvent.click(await screen.findByTestId("mark-paid"))
    expect(field("receipt-reference").value).toBe("")
    fireEvent.change(field("receipt-amount"), { target: { value: "540,123" } })
    fireEvent.change(field("receipt-received-at"), { target: { value: "2999-01-01" } })
    fireEvent.click(screen.getByTestId("confirm-mark-paid"))

    expect(screen.getByTestId("receipt-amount-error").textContent).toBe(texts.receipt.errors.amount)
    expect(screen.getByTestId("receipt-received-at-error").textContent).toBe(
      texts.receipt.errors.receivedAt
    )
    expect(screen.getByTestId("receipt-reference-error").textContent).toBe(
      texts.receipt.errors.reference
    )
    expect(recordReceipt).not.toHaveBeenCalled()
  })

  it("shows the server's refusal and keeps the form open", async () => {
    list.mockResolvedValue(page([pendingPayment()]))
    recordReceipt.mockRejectedValue(
      new FetchError(
        "This payment is already captured: the order is paid and nothing more is due.",
        "Bad Request",
        400
      )
    )
    renderPage()

    fireEvent.click(await screen.findByTestId("mark-paid"))
    fireEvent.click(screen.getByTestId("confirm-mark-paid"))

    expect(await screen.findByText(/already captured/)).toBeTruthy()
    expect(screen.getByTestId("receipt-amount")).toBeTruthy()
  })

  it("says so when no order waits", async () => {
    list.mockResolvedValue(page([]))
    renderPage()
    expect(await screen.findByText(texts.empty)).toBeTruthy()
  })

  it("offers to try again when the list cannot be loaded", async () => {
    list.mockRejectedValue(new Error("network down"))
    renderPage()
    expect(await screen.findByText(texts.loadFailed)).toBeTruthy()
  })

  it("names the button that closes the receipt form, and it closes it", async () => {
    list.mockResolvedValue(page([pendingPayment()]))
    renderPage()

    fireEvent.click(await screen.findByTestId("mark-paid"))
    const form = await screen.findByRole("dialog")
    fireEvent.click(within(form).getByRole("button", { name: admin.tr.drawer.close }))
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull())
    expect(recordReceipt).not.toHaveBeenCalled()
  })
})
