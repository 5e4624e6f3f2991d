import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetProducerLedgerTotalsParams } from "./totals/validators"

/** Reading the ledger is for every staff member, as `/admin` is; producers and guests are not. */
export const adminProducerLedgerRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/producer-ledger/totals",
    middlewares: [validateAndTransformQuery(AdminGetProducerLedgerTotalsParams, {})],
  },
]
