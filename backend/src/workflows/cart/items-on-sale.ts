import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { CodedError } from "../../utils/coded-error"
import { addDays, cooperativeDayOf } from "../../utils/cooperative-calendar"

/** A vacation date as she chose it, `YYYY-MM-DD` (stored as that day's UTC midnight). */
const vacationDay = (value: string | Date) => new Date(value).toISOString().slice(0, 10)

/**
 * Whether her shop is closed for a holiday at this moment: her days are the cooperative's, so
 * a vacation from 1 April starts at midnight in its time zone, not in UTC.
 */
export function isOnVacation(
  producer: { vacation_from: string | Date | null; vacation_until: string | Date | null },
  now: Date,
  timeZone: string
): boolean {
  if (!producer.vacation_from && !producer.vacation_until) {
    return false
  }
  const today = cooperativeDayOf(now, timeZone)
  // The last day of the vacation is a day off too: she is back the day after.
  return (
    (!producer.vacation_from || vacationDay(producer.vacation_from) <= today) &&
    (!producer.vacation_until || today <= vacationDay(producer.vacation_until))
  )
}

/** A piece going into a cart, or already in one (then with its line, so she can remove it). */
export interface CartLine {
  variant_id: string
  /** The title as her cart shows it, in the language she shops in. */
  product_title?: string | null
  line_item_id?: string
}

type VariantOnSale = {
  id: string
  product?: {
    title: string
    status: string
    producer?: {
      name: string
      status: string
      vacation_from: string | null
      vacation_until: string | null
    } | null
  } | null
}

/**
 * Refuses the first piece that cannot be bought now: its product was taken out of the store, its
 * producer's shop is not open (suspended, or not yet opened), or she is on vacation and would not
 * be there to prepare the order. The refusal names the product, and the cart's line when there
 * is one, so the shopper can remove it and order the rest.
 */
export async function refuseLinesNotOnSale(
  container: MedusaContainer,
  lines: CartLine[],
  now: Date
): Promise<void> {
  if (!lines.length) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "product.title",
      "product.status",
      "product.producer.name",
      "product.producer.status",
      "product.producer.vacation_from",
      "product.producer.vacation_until",
    ],
    filters: { id: lines.map((line) => line.variant_id) },
  })
  const cooperative: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
  const timeZone = await cooperative.retrieveTimeZone()
  const variants = new Map((data as VariantOnSale[]).map((variant) => [variant.id, variant]))
  for (const line of lines) {
    // A variant that no longer exists is Medusa's to refuse, in its own words.
    const product = variants.get(line.variant_id)?.product
    if (!product) {
      continue
    }
    const producer = product.producer
    const params = {
      product: line.product_title || product.title,
      ...(line.line_item_id ? { line_item_id: line.line_item_id } : {}),
    }
    if (product.status !== ProductStatus.PUBLISHED || (producer && producer.status !== "active")) {
      throw new CodedError(
        MedusaError.Types.NOT_ALLOWED,
        "product_unavailable",
        `${params.product} is not sold any more: it was taken out of the store or its producer's shop is closed.`,
        params
      )
    }
    if (producer && isOnVacation(producer, now, timeZone)) {
      if (!producer.vacation_until) {
        throw new CodedError(
          MedusaError.Types.NOT_ALLOWED,
          "producer_away",
          `${producer.name} is on vacation until further notice; ${params.product} can be bought when she is back.`,
          { ...params, producer: producer.name }
        )
      }
      const backOn = addDays(vacationDay(producer.vacation_until), 1)
      throw new CodedError(
        MedusaError.Types.NOT_ALLOWED,
        "producer_on_vacation",
        `${producer.name} is on vacation and back on ${backOn}; ${params.product} can be bought again then.`,
        { ...params, producer: producer.name, back_on: backOn }
      )
    }
  }
}
