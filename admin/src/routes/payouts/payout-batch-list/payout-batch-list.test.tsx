import type {
  AdminPayoutBatch,
  AdminPayoutBatchListResponse,
  AdminPayoutProposal,
  StaffRole,
} from "@imece/types"
import { ApiError } from "@imece/client"
import { FetchError } from "@medusajs/js-sdk"
import { fireEvent, screen, waitFor, within } from "@testing-library/react"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { admin } from "../../../i18n/locales/admin"
import { client } from "../../../lib/client"
import { saveFile } from "../../../lib/save-file"
import { staffMember } from "../../../test/fixtures"
import { renderWithProviders } from "../../../test/render-with-providers"
import { PayoutBatchList } from "./payout-batch-list"

vi.mock("../../../lib/client", () => ({
  client: {
    admin: {
      staff: { me: vi.fn() },
      payoutBatches: {
        proposal: vi.fn(),
        confirm: vi.fn(),
        list: vi.fn(),
        retrieve: vi.fn(),
        exportCsv: vi.fn(),
        markPaid: vi.fn(),
        cancel: vi.fn(),
      },
    },
  },
}))
vi.mock("../../../lib/save-file", () => ({ saveFile: vi.fn() }))

const payoutBatches = vi.mocked(client.admin.payoutBatches)
const texts = admin.tr.payouts

/** 2 December 2026, midday in Istanbul: yesterday is 1 December. */
const NOW = new Date("2026-12-02T09:00:00.000Z")

const ayse = {
  producer_id: "prdcr_1",
  producer_name: "Ayşe Yılmaz",
  currency_code: "try",
  amount: 171000,
  iban_masked: "TR** **** **** **** **** **13 26",
}

function proposal(overrides: Partial<AdminPayoutProposal> = {}): AdminPayoutProposal {
  return {
    period_start: "2026-11-21",
    period_end: "2026-12-01",
    payouts: [ayse, { ...ayse, producer_id: "prdcr_2", producer_name: "Zehra Kaya", amount: 9000 }],
    without_iban: [
      {
        producer_id: "prdcr_3",
        producer_name: "Fatma Demir",
        currency_code: "try",
        amount: 45000,
        iban_masked: null,
      },
    ],
    totals: [{ currency_code: "try", amount: 180000 }],
    ...overrides,
  }
}

function batch(overrides: Partial<AdminPayoutBatch> = {}): AdminPayoutBatch {
  return {
    id: "pbatch_1",
    reference: "IMECE-20261121-1",
    status: "confirmed",
    // The first and last moments of its days in Istanbul, as the backend sends them.
    period_start: "2026-10-31T21:00:00.000Z",
    period_end: "2026-11-20T20:59:59.999Z",
    created_at: "2026-11-21T08:00:00.000Z",
    paid_at: null,
    payouts: [{ ...ayse, id: "pout_1", amount: 90000 }],
    totals: [{ currency_code: "try", amount: 90000 }],
    ...overrides,
  }
}

const page = (payout_batches: AdminPayoutBatch[]): AdminPayoutBatchListResponse => ({
  payout_batches,
  count: payout_batches.length,
  offset: 0,
  limit: 20,
})

function renderPage(role: StaffRole = "administrator") {
  vi.mocked(client.admin.staff.me).mockResolvedValue({ staff_member: staffMember({ role }) })
  renderWithProviders(<PayoutBatchList />, { path: "/payouts" })
}

describe("the payouts page", () => {
  beforeEach(() => {
    vi.resetAllMocks()
    vi.useFakeTimers({ toFake: ["Date"] })
    vi.setSystemTime(NOW)
    payoutBatches.list.mockResolvedValue(page([batch()]))
    payoutBatches.proposal.mockResolvedValue({ payout_proposal: proposal() })
  })

  afterEach(() => {
    vi.useRealTimers()
  })

  it("proposes from the day after the last batch to yesterday, IBANs masked", async () => {
    renderPage()

    const rows = await screen.findAllByTestId("payout-proposal-row")
    expect(payoutBatches.proposal).toHaveBeenCalledWith({
      period_start: "2026-11-21",
      period_end: "2026-12-01",
    })
    expect((screen.getByTestId("payout-period-start") as HTMLInputElement).value).toBe("2026-11-21")
    expect(rows).toHaveLength(2)
    expect(rows[0].textContent).toContain("Ayşe Yılmaz")
    expect(rows[0].textContent).toContain("TR** **** **** **** **** **13 26")
    expect(rows[0].textContent).toContain("₺1.710,00")
    const totals = screen.getByTestId("payout-proposal-totals").textContent
    expect(totals).toContain("₺1.800,00")
    expect(totals).toContain("2 üretici")

    const waiting = screen.getByTestId("payout-without-iban")
    expect(within(waiting).getByText(texts.proposal.withoutIbanHint)).toBeTruthy()
    expect(within(waiting).getByTestId("payout-without-iban-row").textContent).toContain(
      "Fatma Demir"
    )
  })

  it("asks for the period she picks, and nothing while its first day is after its last", async () => {
    renderPage()
    await screen.findAllByTestId("payout-proposal-row")

    fireEvent.change(screen.getByTestId("payout-period-start"), {
      target: { value: "2026-12-05" },
    })
    expect(await screen.findByText(texts.period.startAfterEnd)).toBeTruthy()
    fireEvent.change(screen.getByTestId("payout-period-start"), {
      target: { value: "2026-11-01" },
    })
    await waitFor(() =>
      expect(payoutBatches.proposal).toHaveBeenLastCalledWith({
        period_start: "2026-11-01",
        period_end: "2026-12-01",
      })
    )
    expect(payoutBatches.proposal).toHaveBeenCalledTimes(2)
  })

  it("starts from the 1st of last month before the first batch", async () => {
    payoutBatches.list.mockResolvedValue(page([]))
    renderPage()

    expect(await screen.findByText(texts.batches.empty)).toBeTruthy()
    await waitFor(() =>
      expect(payoutBatches.proposal).toHaveBeenCalledWith({
        period_start: "2026-11-01",
        period_end: "2026-12-01",
      })
    )
  })

  it("lets an administrator confirm the batch after reading its total and count", async () => {
    payoutBatches.confirm.mockResolvedValue({
      payout_batch: batch({ id: "pbatch_2", reference: "IMECE-20261202-1" }),
    })
    renderPage()

    fireEvent.click(await screen.findByTestId("payout-confirm"))
    const dialog = await screen.findByRole("alertdialog")
    expect(dialog.textContent).toContain("2 üreticiye toplam ₺1.800,00 ödenecek")
    expect(payoutBatches.confirm).not.toHaveBeenCalled()

    fireEvent.click(within(dialog).getByTestId("payout-confirm-yes"))
    await waitFor(() =>
      expect(payoutBatches.confirm).toHaveBeenCalledWith({
        period_start: "2026-11-21",
        period_end: "2026-12-01",
      })
    )
    expect(await screen.findByText("IMECE-20261202-1 partisi onaylandı.")).toBeTruthy()
    // The batches and the proposal are asked again.
    await waitFor(() => expect(payoutBatches.proposal).toHaveBeenCalledTimes(2))
  })

  it("shows the API's reason when a batch cannot be confirmed", async () => {
    payoutBatches.confirm.mockRejectedValue(
      new ApiError(
        "Nothing is payable up to the end of this period.",
        "Bad Request",
        400,
        "payout_nothing_payable"
      )
    )
    renderPage()

    fireEvent.click(await screen.findByTestId("payout-confirm"))
    fireEvent.click(await screen.findByTestId("payout-confirm-yes"))
    expect(await screen.findByText(/Bu dönemin sonuna kadar ödenecek bir şey yok/)).toBeTruthy()
    expect(screen.queryByText(/Nothing is payable/)).toBeNull()
  })

  it("shows a reviewer the proposal and the batches, but nothing that moves money", async () => {
    renderPage("reviewer")

    await screen.findAllByTestId("payout-proposal-row")
    expect(await screen.findByText(texts.proposal.readOnly)).toBeTruthy()
    expect(screen.queryByTestId("payout-confirm")).toBeNull()
    expect(screen.getByTestId("payout-batch-download")).toBeTruthy()
    expect(screen.queryByTestId("payout-batch-mark-paid")).toBeNull()
    expect(screen.queryByTestId("payout-batch-cancel")).toBeNull()
  })

  it("lists batches and saves a batch's CSV under its reference", async () => {
    const csv = new Blob(["producer,iban\r\n"], { type: "text/csv" })
    payoutBatches.exportCsv.mockResolvedValue(csv)
    renderPage()

    const [row] = await screen.findAllByTestId("payout-batch-row")
    expect(within(row).getByTestId("payout-batch-reference").textContent).toBe("IMECE-20261121-1")
    expect(within(row).getByTestId("payout-batch-status").textContent).toBe(
      texts.batches.status.confirmed
    )
    expect(row.textContent).toContain("₺900,00")
    expect(row.textContent).toContain("1 Kas 2026 – 20 Kas 2026")

    fireEvent.click(within(row).getByTestId("payout-batch-download"))
    await waitFor(() => expect(saveFile).toHaveBeenCalledWith(csv, "IMECE-20261121-1.csv"))
    expect(payoutBatches.exportCsv).toHaveBeenCalledWith("pbatch_1")
  })

  it("marks a batch paid once the administrator confirms", async () => {
    payoutBatches.markPaid.mockResolvedValue({
      payout_batch: batch({ status: "paid", paid_at: "2026-12-02T09:00:00.000Z" }),
    })
    renderPage()

    fireEvent.click(await screen.findByTestId("payout-batch-mark-paid"))
    const dialog = await screen.findByRole("alertdialog")
    expect(dialog.textContent).toContain("1 üreticiye toplam ₺900,00")
    fireEvent.click(within(dialog).getByTestId("payout-settle-yes"))
    await waitFor(() => expect(payoutBatches.markPaid).toHaveBeenCalledWith("pbatch_1"))
    expect(payoutBatches.cancel).not.toHaveBeenCalled()
    await waitFor(() => expect(payoutBatches.list).toHaveBeenCalledTimes(2))
  })

  it("cancels a batch, and offers neither action on a settled one", async () => {
    payoutBatches.list.mockResolvedValue(
      page([
        batch(),
        batch({ id: "pbatch_0", reference: "IMECE-20261101-1", status: "paid" }),
        batch({ id: "pbatch_x", reference: "IMECE-20261102-1", status: "canceled" }),
      ])
    )
    payoutBatches.cancel.mockResolvedValue({ payout_batch: batch({ status: "canceled" }) })
    renderPage()

    const rows = await screen.findAllByTestId("payout-batch-row")
    expect(within(rows[1]).queryByTestId("payout-batch-mark-paid")).toBeNull()
    expect(within(rows[2]).queryByTestId("payout-batch-download")).toBeNull()

    fireEvent.click(within(rows[0]).getByTestId("payout-batch-cancel"))
    fireEvent.click(await screen.findByTestId("payout-settle-yes"))
    await waitFor(() => expect(payoutBatches.cancel).toHaveBeenCalledWith("pbatch_1"))
  })

  it("shows why a proposal cannot be made, with a retry", async () => {
    payoutBatches.proposal.mockRejectedValue(
      new FetchError("period_end must not be in the future.", "Bad Request", 400)
    )
    renderPage()

    expect(await screen.findByText(admin.tr.payouts.proposal.loadFailed)).toBeTruthy()
    expect(screen.getByRole("button", { name: "Tekrar dene" })).toBeTruthy()
  })

  it("says so when the period has nothing to pay", async () => {
    payoutBatches.proposal.mockResolvedValue({
      payout_proposal: proposal({ payouts: [], without_iban: [], totals: [] }),
    })
    renderPage()

    expect(await screen.findByText(texts.proposal.empty)).toBeTruthy()
    expect(screen.getByTestId("payout-confirm").hasAttribute("disabled")).toBe(true)
  })
})
