import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PAYOUT_ACCOUNT_FIELDS } from "./helpers"
import { adminProducerFields } from "./query-config"

const PRODUCER_RELATIONS = ["producer", "producers"]

/**
 * A `fields` query string without any way to read a producer's payout account: a column such
 * as `producer.iban` is dropped, and a producer asked for whole (`*producer`, `producer.*`,
 * `*items.product.producer`) becomes the columns staff see of her.
 */
export function withoutPayoutAccount(fields: string): string {
  return fields
    .split(",")
    .flatMap((field) => {
      const sign = /^[+-]/.test(field) ? field[0] : ""
      let path = field.slice(sign.length)
      const starred = path.startsWith("*") || path.endsWith(".*")
      path = path.replace(/^\*/, "").replace(/\.\*$/, "")
      const segments = path.split(".")
      if (segments.some((segment) => PAYOUT_ACCOUNT_FIELDS.includes(segment))) {
        return []
      }
      const relation = segments[segments.length - 1]
      if (sign !== "-" && PRODUCER_RELATIONS.includes(relation) && (starred || path === relation)) {
        return adminProducerFields.map((column) => `+${path}.${column}`)
      }
      return [field]
    })
    .join(",")
}

/**
 * Medusa's admin routes return whatever `fields` names, linked producers included
 * (`/admin/products?fields=*producer`): staff never get a producer's IBAN that way. Registered
 * without a method, so it runs before the routes' own query validators.
 */
export function hidePayoutAccount(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const { fields } = req.query
  if (typeof fields === "string") {
    req.query.fields = withoutPayoutAccount(fields)
  } else if (Array.isArray(fields)) {
    req.query.fields = fields.map((value) => withoutPayoutAccount(String(value)))
  }
  next()
}
