import { createRequire } from "node:module"
// Medusa publishes its Stripe provider only as a whole module provider (every Stripe method
// service, no class export); subclassing its card service needs the class from its build.
// eslint-disable-next-line @medusajs/import-from-framework-not-internal
import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"
// eslint-disable-next-line @medusajs/import-from-framework-not-internal
import type { StripeOptions } from "@medusajs/payment-stripe/dist/types"

export interface ImeceStripeOptions extends StripeOptions {
  /**
   * Where the Stripe API is, when it is not api.stripe.com: a local stand-in in tests. Medusa's
   * provider builds its Stripe client from the API key alone, so this subclass rebuilds it.
   */
  apiHost?: string
  apiPort?: number
  apiProtocol?: "http" | "https"
}

/**
 * The Stripe client class Medusa's provider was built with (its own `stripe` version), so the
 * client made here is the same kind as the one it replaces.
 */
const requireFromProvider = createRequire(require.resolve("@medusajs/payment-stripe"))

/**
 * Card payments through Stripe: Medusa's own Stripe provider, unchanged, except that its client
 * can be pointed at another host. Registered with the id `stripe`, so it keeps Medusa's names:
 * `pp_stripe_stripe`, webhooks at `/hooks/payment/stripe_stripe`.
 */
export class ImeceStripeProviderService extends StripeProviderService {
  static identifier = "stripe"

  constructor(container: Record<string, unknown>, options: ImeceStripeOptions) {
    super(container, options)
    if (options.apiHost) {
      this.stripe_ = this.clientAt(options.apiKey, {
        host: options.apiHost,
        port: options.apiPort,
        protocol: options.apiProtocol,
      })
    }
  }

  private clientAt(
    apiKey: string,
    location: { host: string; port?: number; protocol?: "http" | "https" }
  ): typeof this.stripe_ {
    const StripeClient: new (key: string, config: typeof location) => typeof this.stripe_ =
      requireFromProvider("stripe")
    return new StripeClient(apiKey, location)
  }
}
