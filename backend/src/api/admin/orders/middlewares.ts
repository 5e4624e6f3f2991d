import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CodedError } from "../../../utils/coded-error"

/**
 * Every order here is made of producers' parts, and each producer prepares, ships and delivers
 * her own part (`/producer/orders/:id/...`), which moves both her part and Medusa's fulfillment.
 * A fulfillment or shipment made in Medusa's dashboard would move Medusa's order alone and leave
 * the parts "new": the two records would disagree. So the dashboard is sent to the producer's flow.
 */
function refuseFulfillingOutsideProducerFlow(
  _req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  next(
    new CodedError(
      MedusaError.Types.NOT_ALLOWED,
      "fulfil_in_producer_flow",
      "Each producer prepares, ships and marks delivered her own part of this order in her shop; fulfilments and shipments are not made here."
    )
  )
}

export const adminOrderRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/orders/:id/fulfillments",
    middlewares: [refuseFulfillingOutsideProducerFlow],
  },
  {
    method: ["POST"],
    matcher: "/admin/orders/:id/fulfillments/:fulfillment_id/shipments",
    middlewares: [refuseFulfillingOutsideProducerFlow],
  },
  {
    method: ["POST"],
    matcher: "/admin/orders/:id/fulfillments/:fulfillment_id/mark-as-delivered",
    middlewares: [refuseFulfillingOutsideProducerFlow],
  },
]
