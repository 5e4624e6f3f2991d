import type { AdminPendingPayment, AdminPendingPaymentListResponse } from "@imece/types"
import { fireEvent, screen, waitFor, within } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { admin } from "../../../i18n/locales/admin"
import { client } from "../../../lib/client"
import { renderWithProviders } from "../../../test/render-with-providers"
import { PendingPaymentList } from "./pending-payment-list"

vi.mock("../../../lib/client", () => ({
  client: {
    admin: { pendingPayments: { list: vi.fn() }, payments: { capture: vi.fn() } },
  },
}))

const list = vi.mocked(client.admin.pendingPayments.list)
const capture = vi.mocked(client.admin.payments.capture)
const texts = admin.tr.payments

function pendingPayment(overrides: Partial<AdminPendingPayment> = {}): AdminPendingPayment {
  return {
    id: "pay_1",
    method: "bank_transfer",
    reference: "IMC-7K2Q9X",
    amount: 540,
    currency_code: "try",
    created_at: "2026-11-20T10:00:00.000Z",
    order: {
      id: "order_1",
      display_id: 1042,
      email: "elif@example.com",
      customer_name: "Elif Alıcı",
    },
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

describe("orders awaiting payment", () => {
  beforeEach(() => {
    vi.resetAllMocks()
  })

  it("shows each order with its method, reference, amount and shopper", async () => {
    list.mockResolvedValue(
      page([
        pendingPayment(),
        pendingPayment({
          id: "pay_2",
          method: "cash_on_delivery",
          reference: null,
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
    expect(bank.getByText("Elif Alıcı · elif@example.com")).toBeTruthy()
    const cash = within(rows[1])
    expect(cash.getByText(texts.methods.cash_on_delivery)).toBeTruthy()
    expect(cash.queryByTestId("pending-payment-reference")).toBeNull()
    expect(list).toHaveBeenCalledWith({ limit: 20, offset: 0, method: undefined })
  })

  it("asks only for the method in the URL", async () => {
    list.mockResolvedValue(page([pendingPayment()], 21))
    renderPage("/pending-payments?method=bank_transfer&offset=20")

    await screen.findAllByTestId("pending-payment-row")
    expect(list).toHaveBeenCalledWith({ limit: 20, offset: 20, method: "bank_transfer" })
  })

  it("marks an order paid after staff confirm, through the payment's capture", async () => {
    list.mockResolvedValue(page([pendingPayment()]))
    capture.mockResolvedValue({ payment: { id: "pay_1" } } as Awaited<
      ReturnType<typeof client.admin.payments.capture>
    >)
    renderPage()

    fireEvent.click(await screen.findByTestId("mark-paid"))
    expect(await screen.findByText(/IMC-7K2Q9X/, { selector: "p" })).toBeTruthy()
    expect(capture).not.toHaveBeenCalled()
    fireEvent.click(screen.getByTestId("confirm-mark-paid"))
    await waitFor(() => expect(capture).toHaveBeenCalledWith("pay_1"))
    // The list is asked again, so the paid order leaves it.
    await waitFor(() => expect(list).toHaveBeenCalledTimes(2))
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
})
