import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toMain, minorDigits } from "../../../../../modules/producer-ledger/ledger-math"
import { textCell } from "../../../../../utils/csv"
import { retrieveAdminBatch } from "../../helpers"

/**
 * The batch for the bank: one row a payout with the whole IBAN (the only place staff see it
 * whole), the amount in the main unit with a dot, and the reference to write on the transfer.
 * UTF-8 with a byte order mark so that spreadsheet programs show Turkish letters. A producer's
 * name is hers to write, so it is a text cell that cannot run as a formula.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { batch, stored } = await retrieveAdminBatch(req.scope, req.params.id)
  const ibans = new Map(
    (stored.payouts ?? []).flatMap((payout) => (payout ? [[payout.id, payout.iban ?? ""]] : []))
  )
  const rows = [
    ["producer", "iban", "amount", "currency", "reference"].map(textCell),
    ...batch.payouts.map((payout) => [
      textCell(payout.producer_name),
      textCell(ibans.get(payout.id) ?? ""),
      toMain(payout.amount, payout.currency_code).toFixed(minorDigits(payout.currency_code)),
      textCell(payout.currency_code.toUpperCase()),
      textCell(batch.reference),
    ]),
  ]
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${batch.reference}.csv"`)
  res.send("\uFEFF" + rows.map((row) => row.join(",")).join("\r\n") + "\r\n")
}
