import type { StoreProductWithProducer } from "@imece/client"

/** The lowest price among a product's variants, in the region's currency. */
export function lowestPrice(
  product: StoreProductWithProducer
): { amount: number; currencyCode: string } | null {
  const prices = (product.variants ?? []).flatMap((variant) => {
    const price = variant.calculated_price
    return typeof price?.calculated_amount === "number" && price.currency_code
      ? [{ amount: price.calculated_amount, currencyCode: price.currency_code }]
      : []
  })
  return prices.reduce<{ amount: number; currencyCode: string } | null>(
    (lowest, price) => (lowest === null || price.amount < lowest.amount ? price : lowest),
    null
  )
}
