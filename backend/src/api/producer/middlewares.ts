import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, parseCorsOrigins } from "@medusajs/framework/utils"
import cors from "cors"
import type { ErrorCode } from "@imece/types"
import { CodedError } from "../../utils/coded-error"
import { photoUpload } from "../utils/photo-upload"
import { readablePath } from "../utils/validators"
import { ProducerGetDashboardParams } from "./dashboard/validators"
import { ProducerGetEarningsParams } from "./earnings/validators"
import { ProducerGetMeParams, ProducerUpdateMe } from "./me/validators"
import {
  ProducerGetOrderParams,
  ProducerGetOrdersParams,
  ProducerOrderAction,
  ProducerShipOrder,
} from "./orders/validators"
import {
  ProducerCreateProduct,
  ProducerGetProductParams,
  ProducerGetProductsParams,
  ProducerProductAction,
  ProducerUpdateProduct,
} from "./products/validators"

/**
 * Producers manage their shop from the storefront, so `/producer` answers the storefront's
 * origins as `/store` does. Medusa applies CORS only to its own namespaces.
 */
function storefrontCors(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const { projectConfig } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  return cors({
    origin: parseCorsOrigins(projectConfig.http.storeCors),
    credentials: true,
  })(req, res, next)
}

const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"])

/** Why a shop that is not open may be looked at but not changed: her page says the code. */
const CLOSED_SHOP_REFUSALS: Record<string, { code: ErrorCode; message: string }> = {
  pending: {
    code: "shop_not_opened",
    message:
      "The cooperative has not opened your shop yet: you can look around, and change it once it is opened.",
  },
  suspended: {
    code: "shop_suspended",
    message:
      "Your shop is suspended by the cooperative: you can see it, but not change it until it is reopened.",
  },
}

/**
 * A producer whose shop is suspended, or not yet opened, may still look at it, but changes
 * nothing until the cooperative opens it.
 */
async function refuseWritesWhenSuspended(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (READ_METHODS.has(req.method)) {
    return next()
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [producer],
  } = await query.graph({
    entity: "producer",
    fields: ["status"],
    filters: { id: req.auth_context.actor_id },
  })
  if (producer?.status !== "active") {
    const { code, message } =
      CLOSED_SHOP_REFUSALS[producer?.status ?? "pending"] ?? CLOSED_SHOP_REFUSALS.suspended
    return next(new CodedError(MedusaError.Types.FORBIDDEN, code, message))
  }
  next()
}

/**
 * Every `/producer` route is a producer's own shop: she must be logged in as a producer, and
 * routes scope everything to `req.auth_context.actor_id`, never to an id from the URL or body.
 */
export const producerRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/producer*",
    middlewares: [
      storefrontCors,
      authenticate("producer", ["bearer", "session"]),
      refuseWritesWhenSuspended,
      readablePath,
    ],
  },
  {
    method: ["GET"],
    matcher: "/producer/me",
    middlewares: [validateAndTransformQuery(ProducerGetMeParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/producer/dashboard",
    middlewares: [validateAndTransformQuery(ProducerGetDashboardParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/producer/earnings",
    middlewares: [validateAndTransformQuery(ProducerGetEarningsParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/producer/products/:id",
    middlewares: [validateAndTransformQuery(ProducerGetProductParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/producer/orders/:id",
    middlewares: [validateAndTransformQuery(ProducerGetOrderParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/producer/me",
    middlewares: [validateAndTransformBody(ProducerUpdateMe)],
  },
  {
    method: ["POST"],
    matcher: "/producer/photos",
    bodyParser: false,
    middlewares: [photoUpload],
  },
  {
    method: ["GET"],
    matcher: "/producer/products",
    middlewares: [validateAndTransformQuery(ProducerGetProductsParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/producer/products",
    middlewares: [validateAndTransformBody(ProducerCreateProduct)],
  },
  {
    method: ["POST"],
    matcher: "/producer/products/:id",
    middlewares: [validateAndTransformBody(ProducerUpdateProduct)],
  },
  {
    method: ["POST"],
    matcher: "/producer/products/:id/archive",
    middlewares: [validateAndTransformBody(ProducerProductAction)],
  },
  {
    method: ["POST"],
    matcher: "/producer/products/:id/publish",
    middlewares: [validateAndTransformBody(ProducerProductAction)],
  },
  {
    method: ["GET"],
    matcher: "/producer/orders",
    middlewares: [validateAndTransformQuery(ProducerGetOrdersParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/producer/orders/:id/prepare",
    middlewares: [validateAndTransformBody(ProducerOrderAction)],
  },
  {
    method: ["POST"],
    matcher: "/producer/orders/:id/ship",
    middlewares: [validateAndTransformBody(ProducerShipOrder)],
  },
  {
    method: ["POST"],
    matcher: "/producer/orders/:id/deliver",
    middlewares: [validateAndTransformBody(ProducerOrderAction)],
  },
]
