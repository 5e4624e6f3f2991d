import { randomBytes } from "node:crypto"
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import Stripe from "stripe"

/** Only its webhook helpers are used: they sign events as Stripe does. */
const stripe = new Stripe("sk_test_stand_in")

/** Test cards, named as Stripe's test mode names them. */
export const TEST_CARDS = {
  visa: "pm_card_visa",
  declined: "pm_card_chargeDeclined",
} as const

type IntentStatus =
  | "requires_payment_method"
  | "requires_confirmation"
  | "requires_capture"
  | "succeeded"
  | "canceled"

export interface StandInPaymentIntent {
  id: string
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_received: number
  currency: string
  status: IntentStatus
  capture_method: "automatic" | "manual"
  client_secret: string
  customer: string | null
  metadata: Record<string, string>
  payment_method: string | null
  last_payment_error: { code: string; decline_code?: string; message: string } | null
  created: number
}

export interface StandInRequest {
  method: string
  path: string
  body: Record<string, unknown>
}

type Form = Record<string, unknown>

/**
 * Stripe sends form bodies (`a=1&metadata[session_id]=x&expand[0]=payment_method`); one level of
 * brackets is all the provider uses.
 */
function parseForm(text: string): Form {
  const form: Form = {}
  for (const [key, value] of new URLSearchParams(text)) {
    const nested = /^([^[]+)\[([^\]]*)\]$/.exec(key)
    if (!nested) {
      form[key] = value
      continue
    }
    const [, outer, inner] = nested
    const target = (form[outer] ?? {}) as Record<string, string>
    target[inner] = value
    form[outer] = target
  }
  return form
}

const readBody = (request: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    let text = ""
    request.setEncoding("utf8")
    request.on("data", (chunk: string) => (text += chunk))
    request.on("end", () => resolve(text))
    request.on("error", reject)
  })

const stripeError = (
  type: "card_error" | "invalid_request_error",
  code: string,
  message: string,
  extra: Record<string, unknown> = {}
) => ({ error: { type, code, message, ...extra } })

/**
 * The few Stripe endpoints Medusa's Stripe provider calls, served from memory on a local port:
 * payment intents (create, retrieve, update, confirm, capture, cancel). Confirming with
 * `pm_card_chargeDeclined` declines like Stripe does (402, the intent back at
 * `requires_payment_method` with its `last_payment_error`). Every request is recorded.
 */
export class StripeStandIn {
  readonly intents = new Map<string, StandInPaymentIntent>()
  readonly requests: StandInRequest[] = []
  private server: Server | undefined
  private port = 0

  get url(): string {
    return `http://localhost:${this.port}`
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      this.handle(request, response).catch((error: Error) => {
        response.writeHead(500, { "content-type": "application/json" })
        response.end(
          JSON.stringify(stripeError("invalid_request_error", "stand_in", error.message))
        )
      })
    })
    await new Promise<void>((resolve) => this.server?.listen(0, "localhost", resolve))
    this.port = (this.server.address() as AddressInfo).port
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      this.server ? this.server.close((error) => (error ? reject(error) : resolve())) : resolve()
    )
  }

  /** Requests the provider made, e.g. `calls("POST", /\/capture$/)`. */
  calls(method: string, path: RegExp): StandInRequest[] {
    return this.requests.filter((request) => request.method === method && path.test(request.path))
  }

  /** What Stripe.js does in the shopper's browser: confirm the intent with her card. */
  async confirmAsShopper(intentId: string, paymentMethod: string): Promise<number> {
    const response = await fetch(`${this.url}/v1/payment_intents/${intentId}/confirm`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ payment_method: paymentMethod }).toString(),
    })
    return response.status
  }

  private async handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? "/", this.url)
    const method = request.method ?? "GET"
    const body = parseForm(method === "GET" ? url.search.slice(1) : await readBody(request))
    this.requests.push({ method, path: url.pathname, body })

    const send = (status: number, payload: unknown) => {
      response.writeHead(status, {
        "content-type": "application/json",
        "request-id": "req_stand_in",
      })
      response.end(JSON.stringify(payload))
    }

    if (method === "POST" && url.pathname === "/v1/payment_intents") {
      return send(200, this.create(body))
    }
    const match = /^\/v1\/payment_intents\/([^/]+)(?:\/(confirm|capture|cancel))?$/.exec(
      url.pathname
    )
    const intent = match ? this.intents.get(match[1]) : undefined
    if (!match || !intent) {
      return send(
        404,
        stripeError(
          "invalid_request_error",
          "resource_missing",
          `No such route or intent: ${url.pathname}`
        )
      )
    }
    const action = match[2]
    if (method === "GET" && !action) {
      return send(200, intent)
    }
    if (method === "POST" && !action) {
      if (typeof body.amount === "string") {
        intent.amount = Number(body.amount)
      }
      return send(200, intent)
    }
    if (method === "POST" && action === "confirm") {
      return this.confirm(intent, String(body.payment_method ?? ""), send)
    }
    if (method === "POST" && action === "capture") {
      if (intent.status !== "requires_capture") {
        return send(
          400,
          stripeError(
            "invalid_request_error",
            "payment_intent_unexpected_state",
            `This PaymentIntent could not be captured because it has a status of ${intent.status}.`,
            { payment_intent: intent }
          )
        )
      }
      intent.status = "succeeded"
      intent.amount_received = intent.amount
      intent.amount_capturable = 0
      return send(200, intent)
    }
    if (method === "POST" && action === "cancel") {
      intent.status = "canceled"
      intent.amount_capturable = 0
      return send(200, intent)
    }
    return send(405, stripeError("invalid_request_error", "method_not_allowed", method))
  }

  private create(body: Form): StandInPaymentIntent {
    const id = `pi_${randomBytes(12).toString("hex")}`
    const intent: StandInPaymentIntent = {
      id,
      object: "payment_intent",
      amount: Number(body.amount),
      amount_capturable: 0,
      amount_received: 0,
      currency: String(body.currency),
      status: "requires_payment_method",
      capture_method: body.capture_method === "automatic" ? "automatic" : "manual",
      client_secret: `${id}_secret_${randomBytes(8).toString("hex")}`,
      customer: typeof body.customer === "string" ? body.customer : null,
      metadata: (body.metadata as Record<string, string> | undefined) ?? {},
      payment_method: null,
      last_payment_error: null,
      created: Math.floor(Date.now() / 1000),
    }
    this.intents.set(id, intent)
    return intent
  }

  private confirm(
    intent: StandInPaymentIntent,
    paymentMethod: string,
    send: (status: number, payload: unknown) => void
  ) {
    intent.payment_method = paymentMethod
    if (paymentMethod === TEST_CARDS.declined) {
      intent.status = "requires_payment_method"
      intent.last_payment_error = {
        code: "card_declined",
        decline_code: "generic_decline",
        message: "Your card was declined.",
      }
      return send(
        402,
        stripeError("card_error", "card_declined", "Your card was declined.", {
          decline_code: "generic_decline",
          payment_intent: intent,
        })
      )
    }
    intent.last_payment_error = null
    if (intent.capture_method === "manual") {
      intent.status = "requires_capture"
      intent.amount_capturable = intent.amount
    } else {
      intent.status = "succeeded"
      intent.amount_received = intent.amount
    }
    return send(200, intent)
  }

  /**
   * A Stripe event about an intent, as Stripe posts it to the webhook, with its signature made by
   * the `stripe` package itself (`webhooks.generateTestHeaderString`).
   */
  webhookEvent(
    type: string,
    intent: StandInPaymentIntent,
    { id = `evt_${randomBytes(12).toString("hex")}`, secret }: { id?: string; secret: string }
  ): { payload: string; signature: string } {
    const payload = JSON.stringify({
      id,
      object: "event",
      api_version: "2024-04-10",
      created: Math.floor(Date.now() / 1000),
      type,
      data: { object: intent },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
    })
    const signature = stripe.webhooks.generateTestHeaderString({ payload, secret })
    return { payload, signature }
  }
}
