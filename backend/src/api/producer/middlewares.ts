import {
  authenticate,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, parseCorsOrigins } from "@medusajs/framework/utils"
import cors from "cors"

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

/**
 * Every `/producer` route is a producer's own shop: she must be logged in as a producer, and
 * routes scope everything to `req.auth_context.actor_id`, never to an id from the URL or body.
 */
export const producerRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/producer*",
    middlewares: [storefrontCors, authenticate("producer", ["bearer", "session"])],
  },
]
