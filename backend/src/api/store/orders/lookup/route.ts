import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { orderKey } from "../../../../utils/order-key"
import type { StoreLookupOrderType } from "./validators"

/** `%`, `_` and `\` are wildcards or the escape in ILIKE; in an e-mail they are letters. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`)

/**
 * A guest finds her order again with the e-mail she checked out with and the number on her
 * receipt, and answers its id and key so she can open it (`GET /store/orders/:id`). Medusa keeps the
 * e-mail as she typed it, so it is compared without case. A wrong e-mail and a number that does
 * not exist get the same 404: nobody learns which orders exist or whose e-mail placed them.
 * Only orders of the storefront's sales channels (its publishable key) are found.
 */
export const POST = async (
  req: MedusaStoreRequest<StoreLookupOrderType>,
  res: MedusaResponse<{ order: { id: string }; order_key: string }>
) => {
  const { email, display_id } = req.validatedBody
  const salesChannelIds = req.publishable_key_context.sales_channel_ids
  if (!salesChannelIds.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Publishable key needs to have a sales channel configured"
    )
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: {
      // Medusa's generated filter types take the number as text; PostgreSQL compares it as one.
      display_id: String(display_id),
      email: { $ilike: escapeLike(email) },
      sales_channel_id: salesChannelIds,
      is_draft_order: false,
    },
    pagination: { take: 1 },
  })
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "No order matches this e-mail and number")
  }
  const config = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  res.json({ order: { id: order.id }, order_key: orderKey(config, order.id) })
}
