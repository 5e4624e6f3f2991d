import {
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { refuseLinesNotOnSale, type CartLine } from "../cart/items-on-sale"

type Item = {
  id?: string
  variant_id?: string | null
  product_title?: string | null
  quantity?: unknown
}

const linesOf = (items: (Item | null | undefined)[] | null | undefined): CartLine[] =>
  (items ?? []).flatMap((item) =>
    item?.variant_id
      ? [
          {
            variant_id: item.variant_id,
            product_title: item.product_title,
            ...(item.id ? { line_item_id: item.id } : {}),
          },
        ]
      : []
  )

// A piece goes into a cart or grows in it through these workflows, whichever route or workflow
// runs them; and a cart filled before her shop closed is refused when it is completed.
createCartWorkflow.hooks.validate(({ cart }, { container }) =>
  refuseLinesNotOnSale(container, linesOf((cart as { items?: Item[] }).items), new Date())
)

addToCartWorkflow.hooks.validate(({ input }, { container }) =>
  refuseLinesNotOnSale(container, linesOf(input.items), new Date())
)

updateLineItemInCartWorkflow.hooks.validate(({ input, cart }, { container }) => {
  const item = ((cart as { items?: Item[] }).items ?? []).find((line) => line?.id === input.item_id)
  // Fewer pieces, or none, is always allowed: she is taking them out.
  const grows = item && Number(input.update.quantity ?? 0) > Number(item.quantity ?? 0)
  return refuseLinesNotOnSale(container, grows ? linesOf([item]) : [], new Date())
})

completeCartWorkflow.hooks.validate(({ cart }, { container }) =>
  refuseLinesNotOnSale(container, linesOf((cart as { items?: Item[] }).items), new Date())
)
