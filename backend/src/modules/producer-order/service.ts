import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { ProducerOrderItem as ProducerOrderItemData } from "@imece/types"
import { ProducerOrder } from "./models/producer-order"
import { ProducerOrderItem } from "./models/producer-order-item"

export interface ProducerOrderPartInput {
  order_id: string
  producer_id: string
  display_id: number
  currency_code: string
  subtotal: number
  commission_bps: number
  items: ProducerOrderItemData[]
}

class ProducerOrderModuleService extends MedusaService({ ProducerOrder, ProducerOrderItem }) {
  /** Her part and its items in one transaction, so no one ever reads a part without items. */
  @InjectManager()
  async createPartsWithItems(
    parts: ProducerOrderPartInput[],
    @MedusaContext() sharedContext: Context = {}
  ) {
    return await this.createPartsWithItems_(parts, sharedContext)
  }

  @InjectTransactionManager()
  protected async createPartsWithItems_(
    parts: ProducerOrderPartInput[],
    @MedusaContext() sharedContext: Context = {}
  ) {
    const created = await this.createProducerOrders(
      parts.map(({ items: _items, ...part }) => part),
      sharedContext
    )
    await this.createProducerOrderItems(
      created.flatMap((part, index) =>
        parts[index].items.map((item) => ({ ...item, producer_order_id: part.id }))
      ),
      sharedContext
    )
    return created
  }
}

export default ProducerOrderModuleService
