import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ProducerDashboardResponse } from "@imece/types"
import { producerProductFields, asHerProduct } from "../products/helpers"

/** At or below this many units she can still sell, a product is worth a look today. */
const LOW_STOCK = 2

/** Her first screen: what to do today, in counts she can act on. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<ProducerDashboardResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const producerId = req.auth_context.actor_id
  const count = async (status: "new" | "preparing") => {
    const { metadata } = await query.graph({
      entity: "producer_order",
      fields: ["id"],
      filters: { producer_id: producerId, status },
      pagination: { take: 1, skip: 0 },
    })
    return metadata?.count ?? 0
  }
  const {
    data: [producer],
  } = await query.graph({
    entity: "producer",
    fields: producerProductFields.map((field) => `products.${field}`),
    filters: { id: producerId },
  })
  type Product = Parameters<typeof asHerProduct>[0] & {
    id: string
    title: string
    status: string
    metadata: { made_to_order_days?: number | null } | null
  }
  const lowStock = ((producer?.products ?? []) as (Product | null)[])
    .flatMap((product) => (product ? [asHerProduct(product)] : []))
    .filter((product) => product.status === "published" && !product.metadata?.made_to_order_days)
    .flatMap((product) =>
      product.variants
        .filter((variant) => variant.stock - variant.reserved <= LOW_STOCK)
        .map((variant) => ({
          product_id: product.id,
          title: product.title,
          variant_id: variant.id,
          available: variant.stock - variant.reserved,
        }))
    )

  res.json({
    dashboard: {
      new_orders: await count("new"),
      orders_to_ship: await count("preparing"),
      low_stock: lowStock,
    },
  })
}
