import type {
  CalculatedShippingOptionPrice,
  CalculateShippingOptionPriceDTO,
  CreateFulfillmentResult,
  FulfillmentOption,
} from "@medusajs/framework/types"
import { AbstractFulfillmentProviderService, MedusaError } from "@medusajs/framework/utils"

/** What a shipping option of this provider keeps in its `data`: the rate of one parcel. */
export type ParcelRates = { id: string; rates: Record<string, number> }

/** What the cart's shipping-pricing hook adds to the context: how many producers ship. */
export type ProducerParcelContext = { producer_count?: number }

/**
 * Each producer packs and sends her own parcel from home, so a cart with things from three
 * producers travels as three parcels: the price is one parcel's rate for each producer in the
 * cart. The rate per currency is kept on the shipping option; the number of producers comes from
 * the `setCalculatedShippingPricingContext` hook (src/workflows/hooks/shipping-per-producer.ts).
 */
class ShippingPerProducerService extends AbstractFulfillmentProviderService {
  static identifier = "per-producer"

  async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return [{ id: "parcel-per-producer" }]
  }

  async canCalculate(): Promise<boolean> {
    return true
  }

  async validateOption(data: Record<string, unknown>): Promise<boolean> {
    const rates = (data as Partial<ParcelRates>).rates
    return (
      typeof rates === "object" &&
      rates !== null &&
      Object.values(rates).every((rate) => typeof rate === "number" && rate >= 0)
    )
  }

  async validateFulfillmentData(
    _optionData: Record<string, unknown>,
    data: Record<string, unknown>
  ): Promise<Record<string, unknown>> {
    return data
  }

  async calculatePrice(
    optionData: CalculateShippingOptionPriceDTO["optionData"],
    _data: CalculateShippingOptionPriceDTO["data"],
    context: CalculateShippingOptionPriceDTO["context"]
  ): Promise<CalculatedShippingOptionPrice> {
    const currency = String(context.currency_code ?? "")
    const rate = (optionData as Partial<ParcelRates>).rates?.[currency]
    if (typeof rate !== "number") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `This shipping option has no parcel rate in ${currency.toUpperCase()}.`
      )
    }
    const producers = (context as ProducerParcelContext).producer_count ?? 1
    return {
      calculated_amount: rate * Math.max(1, producers),
      is_calculated_price_tax_inclusive: true,
    }
  }

  async createFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }

  async cancelFulfillment(): Promise<Record<string, unknown>> {
    return {}
  }

  async createReturnFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }
}

export default ShippingPerProducerService
