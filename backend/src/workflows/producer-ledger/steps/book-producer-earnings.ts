import { MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { PRODUCER_LEDGER_MODULE } from "../../../modules/producer-ledger"
import { splitGross, toMinor } from "../../../modules/producer-ledger/ledger-math"
import type ProducerLedgerModuleService from "../../../modules/producer-ledger/service"
import { PRODUCER_ORDER_MODULE } from "../../../modules/producer-order"
import type ProducerOrderModuleService from "../../../modules/producer-order/service"
import { ledgerLockKey } from "./ledger-lock"

export const bookProducerEarningsStepId = "book-producer-earnings"

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Her earning for each line of a delivered part, at the line's commission rate stored when the
 * order was placed, less what the shopper was already refunded for that line. Available for a
 * payout once the cooperative's holding period after delivery has passed. A line already
 * booked is left alone, so delivering twice (or a replayed event) books nothing more.
 */
export const bookProducerEarningsStep = createStep(
  bookProducerEarningsStepId,
  async (input: { producer_order_id: string }, { container }) => {
    const producerOrders: ProducerOrderModuleService = container.resolve(PRODUCER_ORDER_MODULE)
    const ledger: ProducerLedgerModuleService = container.resolve(PRODUCER_LEDGER_MODULE)
    const cooperative: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const part = await producerOrders.retrieveProducerOrder(input.producer_order_id, {
      relations: ["items"],
    })
    if (part.status !== "delivered") {
      return new StepResponse([] as string[], [] as string[])
    }
    const { earning_holding_days } = await cooperative.retrieveCurrentSettings()
    const deliveredAt = new Date(part.delivered_at ?? Date.now())
    const availableAt = new Date(deliveredAt.getTime() + earning_holding_days * DAY_MS)

    const created = await container
      .resolve(Modules.LOCKING)
      .execute(ledgerLockKey(part.order_id), async () => {
        const itemIds = part.items.map((item) => item.id)
        const booked = new Set(
          (
            await ledger.listLedgerEntries(
              { key: itemIds.map((id) => `earning:${id}`) },
              { select: ["key"] }
            )
          ).map((entry) => entry.key)
        )
        const refunded = new Map<string, number>()
        for (const allocation of await ledger.listRefundAllocations({
          producer_order_item_id: itemIds,
        })) {
          refunded.set(
            allocation.producer_order_item_id,
            (refunded.get(allocation.producer_order_item_id) ?? 0) +
              MathBN.convert(allocation.gross).toNumber()
          )
        }
        const entries = part.items.flatMap((item) => {
          const key = `earning:${item.id}`
          const gross = toMinor(MathBN.convert(item.total).toNumber(), part.currency_code)
          const left = gross - (refunded.get(item.id) ?? 0)
          if (booked.has(key) || left <= 0) {
            return []
          }
          const share = splitGross(left, lineRate(item, part.commission_bps))
          return [
            {
              key,
              kind: "earning" as const,
              producer_id: part.producer_id,
              currency_code: part.currency_code,
              amount: share.amount,
              commission: share.commission,
              available_at: availableAt,
              producer_order_id: part.id,
              producer_order_item_id: item.id,
              order_id: part.order_id,
            },
          ]
        })
        return entries.length ? ledger.createLedgerEntries(entries) : []
      })
    const ids = created.map((entry) => entry.id)
    return new StepResponse(ids, ids)
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) {
      return
    }
    const ledger: ProducerLedgerModuleService = container.resolve(PRODUCER_LEDGER_MODULE)
    await ledger.deleteLedgerEntries(createdIds)
  }
)

/** The line's own rate when the order stored one per line, else the part's. */
export function lineRate(item: { commission_bps?: number | null }, partBps: number): number {
  return item.commission_bps ?? partBps
}
