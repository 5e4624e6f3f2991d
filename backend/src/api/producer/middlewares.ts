import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

/**
 * Every `/producer` route is a producer's own shop: she must be logged in as a producer, and
 * routes scope everything to `req.auth_context.actor_id`, never to an id from the URL or body.
 */
export const producerRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/producer*",
    middlewares: [authenticate("producer", ["bearer", "session"])],
  },
]
