import { z } from "@medusajs/framework/zod"
import { PRODUCER_ORDER_STATUSES } from "../../../modules/producer-order/models/producer-order"
import { createPagedFindParams, plainText, requestBody } from "../../utils/validators"

export const ProducerGetOrdersParams = createPagedFindParams({ limit: 20 })
  .extend({ status: z.enum(PRODUCER_ORDER_STATUSES).optional() })
  .strict()
export type ProducerGetOrdersParamsType = z.infer<typeof ProducerGetOrdersParams>

export const ProducerOrderAction = requestBody(z.object({}).strict())

export const ProducerGetOrderParams = z.object({}).strict()

/** The carrier and the tracking number the shopper can follow. */
export const ProducerShipOrder = requestBody(
  z.object({ carrier: plainText(2, 60), tracking_number: plainText(3, 60) }).strict()
)
export type ProducerShipOrderType = z.infer<typeof ProducerShipOrder>
