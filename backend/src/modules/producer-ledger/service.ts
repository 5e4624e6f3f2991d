import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectManager, MathBN, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { LedgerSum } from "./ledger-math"
import { LedgerEntry } from "./models/ledger-entry"
import { Payout } from "./models/payout"
import { PayoutAccount } from "./models/payout-account"
import { PayoutBatch } from "./models/payout-batch"
import { RefundAllocation } from "./models/refund-allocation"

/** Entries summed alike, and how many they are. */
export type LedgerSumWithCount = LedgerSum & { entries: number }

type SumRow = Omit<LedgerSum, "amount" | "commission" | "available_at"> & {
  amount: string | number
  commission: string | number
  available_at: Date | string
  entries: string | number
}

class ProducerLedgerModuleService extends MedusaService({
  LedgerEntry,
  RefundAllocation,
  PayoutBatch,
  Payout,
  PayoutAccount,
}) {
  /** Each producer's payout account, by her id; one who has given none is missing. */
  async payoutAccountsOf(producerIds: string[]) {
    const accounts = producerIds.length
      ? await this.listPayoutAccounts({ producer_id: producerIds })
      : []
    return new Map(accounts.map((account) => [account.producer_id, account]))
  }

  /**
   * A producer's ledger summed in the database, so that her balances need not load every entry:
   * one sum per currency, kind, payout and whether the entries are available at `at`. Entries in
   * one sum are alike for every rule of the balance arithmetic (ledger-math.ts), so the rules
   * give the same answer on these sums as on her entries at `at`. A sum's `available_at` is its
   * latest entry's, on the same side of `at` as all of them; each says how many entries it holds.
   */
  @InjectManager()
  async sumLedgerEntries(
    producerId: string,
    at: Date,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<LedgerSumWithCount[]> {
    const rows: SumRow[] = await sharedContext.manager!.execute(
      `select currency_code, kind, payout_id, max(available_at) as available_at,
              sum(amount) as amount, sum(commission) as commission, count(*) as entries
         from ledger_entry
        where producer_id = ? and deleted_at is null
        group by currency_code, kind, payout_id, available_at <= ?
        order by currency_code`,
      [producerId, at]
    )
    return rows.map((row) => ({
      currency_code: row.currency_code,
      kind: row.kind,
      payout_id: row.payout_id,
      available_at: new Date(row.available_at),
      amount: MathBN.convert(row.amount).toNumber(),
      commission: MathBN.convert(row.commission).toNumber(),
      entries: Number(row.entries),
    }))
  }
}

export default ProducerLedgerModuleService
