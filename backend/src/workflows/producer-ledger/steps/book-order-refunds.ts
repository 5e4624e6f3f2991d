import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_LEDGER_MODULE } from "../../../modules/producer-ledger"
import { allocateRefund, splitGross, toMinor } from "../../../modules/producer-ledger/ledger-math"
import type ProducerLedgerModuleService from "../../../modules/producer-ledger/service"
import { PRODUCER_ORDER_MODULE } from "../../../modules/producer-order"
import type ProducerOrderModuleService from "../../../modules/producer-order/service"
import { lineRate } from "./book-producer-earnings"
import { ledgerLockKey } from "./ledger-lock"

export const bookOrderRefundsStepId = "book-order-refunds"

type Refund = { id: string; amount: unknown; created_at?: string | Date | null }
type OrderWithRefunds = {
  id: string
  currency_code: string
  payment_collections?:
    ({ payments?: ({ refunds?: (Refund | null)[] | null } | null)[] | null } | null)[] | null
}

/**
 * Each refund Medusa made on the order, not booked before, spread over the producers' lines
 * in proportion to what each line can still give back (a return's refund the same way; a
 * refund beyond the lines is the shipping's). A line already earned gets a reversal on her
 * ledger at once; a line not yet delivered will earn only what is left of it.
 */
export const bookOrderRefundsStep = createStep(
  bookOrderRefundsStepId,
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const ledger: ProducerLedgerModuleService = container.resolve(PRODUCER_LEDGER_MODULE)
    const producerOrders: ProducerOrderModuleService = container.resolve(PRODUCER_ORDER_MODULE)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "currency_code",
        "payment_collections.payments.refunds.id",
        "payment_collections.payments.refunds.amount",
        "payment_collections.payments.refunds.created_at",
      ],
      filters: { id: input.order_id },
    })
    const typed: OrderWithRefunds | undefined = order
    if (!typed) {
      return new StepResponse({ allocations: 0, reversals: 0 }, { allocationIds: [], entryIds: [] })
    }
    const refunds = (typed.payment_collections ?? [])
      .flatMap((collection) => collection?.payments ?? [])
      .flatMap((payment) => payment?.refunds ?? [])
      .filter((refund): refund is Refund => !!refund)
      .sort((a, b) => String(a.created_at ?? "").localeCompare(String(b.created_at ?? "")))

    const written = await container
      .resolve(Modules.LOCKING)
      .execute(ledgerLockKey(input.order_id), async () => {
        const parts = await producerOrders.listProducerOrders(
          { order_id: input.order_id },
          { relations: ["items"] }
        )
        const items = parts.flatMap((part) => part.items.map((item) => ({ part, item })))
        if (!items.length || !refunds.length) {
          return { allocationIds: [] as string[], entryIds: [] as string[] }
        }
        const itemIds = items.map(({ item }) => item.id)
        const allocations = await ledger.listRefundAllocations({
          producer_order_item_id: itemIds,
        })
        const booked = new Set(allocations.map((allocation) => allocation.refund_id))
        const refundedSoFar = new Map<string, number>()
        for (const allocation of allocations) {
          const id = allocation.producer_order_item_id
          refundedSoFar.set(
            id,
            (refundedSoFar.get(id) ?? 0) + MathBN.convert(allocation.gross).toNumber()
          )
        }
        const earned = new Set(
          (
            await ledger.listLedgerEntries(
              { key: itemIds.map((id) => `earning:${id}`) },
              { select: ["producer_order_item_id"] }
            )
          ).map((entry) => entry.producer_order_item_id)
        )

        const newAllocations: {
          refund_id: string
          producer_order_item_id: string
          gross: number
        }[] = []
        const reversals = []
        for (const refund of refunds.filter((candidate) => !booked.has(candidate.id))) {
          const spread = allocateRefund(
            items.map(({ part, item }) => ({
              id: item.id,
              refundable:
                toMinor(MathBN.convert(item.total).toNumber(), part.currency_code) -
                (refundedSoFar.get(item.id) ?? 0),
            })),
            toMinor(MathBN.convert(refund.amount as number).toNumber(), typed.currency_code)
          )
          for (const { part, item } of items) {
            const gross = spread.get(item.id) ?? 0
            if (gross <= 0) {
              continue
            }
            refundedSoFar.set(item.id, (refundedSoFar.get(item.id) ?? 0) + gross)
            newAllocations.push({ refund_id: refund.id, producer_order_item_id: item.id, gross })
            if (earned.has(item.id)) {
              const share = splitGross(gross, lineRate(item, part.commission_bps))
              reversals.push({
                key: `reversal:${refund.id}:${item.id}`,
                kind: "reversal" as const,
                producer_id: part.producer_id,
                currency_code: part.currency_code,
                amount: -share.amount,
                commission: -share.commission,
                available_at: new Date(),
                producer_order_id: part.id,
                producer_order_item_id: item.id,
                order_id: part.order_id,
              })
            }
          }
        }
        const createdAllocations = newAllocations.length
          ? await ledger.createRefundAllocations(newAllocations)
          : []
        const createdEntries = reversals.length ? await ledger.createLedgerEntries(reversals) : []
        return {
          allocationIds: createdAllocations.map((allocation) => allocation.id),
          entryIds: createdEntries.map((entry) => entry.id),
        }
      })
    return new StepResponse(
      { allocations: written.allocationIds.length, reversals: written.entryIds.length },
      written
    )
  },
  async (written, { container }) => {
    if (!written) {
      return
    }
    const ledger: ProducerLedgerModuleService = container.resolve(PRODUCER_LEDGER_MODULE)
    if (written.entryIds.length) {
      await ledger.deleteLedgerEntries(written.entryIds)
    }
    if (written.allocationIds.length) {
      await ledger.deleteRefundAllocations(written.allocationIds)
    }
  }
)
