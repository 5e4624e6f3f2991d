import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CodedError } from "../../../utils/coded-error"
import { onlyTheBodysOrdersShopper } from "../../utils/shopper-ownership"

/**
 * Medusa's return workflow fails with a 500 on a shipping option that does not exist: the
 * shopper is told instead that the return method she chose is not one we offer.
 */
async function knownReturnOption(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const optionId = (req.body as { return_shipping?: { option_id?: unknown } } | undefined)
    ?.return_shipping?.option_id
  if (typeof optionId !== "string") {
    // Medusa's validator, after this, refuses a body without one.
    return next()
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "shipping_option",
    fields: ["id"],
    filters: { id: optionId },
  })
  if (!data.length) {
    return next(
      new CodedError(
        MedusaError.Types.INVALID_DATA,
        "return_option_unknown",
        `Shipping option ${optionId} was not found`
      )
    )
  }
  next()
}

export const storeReturnRoutesMiddlewares: MiddlewareRoute[] = [
  // A return on an order of an account is its shopper's alone to open.
  {
    method: ["POST"],
    matcher: "/store/returns",
    middlewares: [onlyTheBodysOrdersShopper, knownReturnOption],
  },
]
