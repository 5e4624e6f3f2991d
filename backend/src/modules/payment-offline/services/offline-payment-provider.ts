import { randomUUID } from "node:crypto"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import {
  AbstractPaymentProvider,
  PaymentActions,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"

export interface OfflinePaymentOptions {
  /** The cooperative's account that bank transfers go to. */
  iban?: string
  accountHolder?: string
  bankName?: string
}

/**
 * A payment that happens away from the site: the shopper's choice at checkout is the
 * authorization (the order is placed, nothing is charged), and the money arriving is the
 * capture: staff record each sum received (`POST /admin/pending-payments/:id/receipts`), and the
 * payment is captured once the receipts add up to what is due.
 * No outside service is called, so there is nothing to ask about its state nor any webhook.
 *
 * Subclasses say what the shopper's session carries (`sessionData`).
 */
export abstract class OfflinePaymentProvider extends AbstractPaymentProvider<OfflinePaymentOptions> {
  constructor(container: Record<string, unknown>, options: OfflinePaymentOptions) {
    super(container, options)
  }

  /** What the shopper needs to see for this method, for her payment session. */
  protected abstract sessionData(sessionId: string): Record<string, unknown>

  /** Medusa puts the session id in `data`; a session is only ever started by Medusa. */
  private sessionIdOf(data: Record<string, unknown> | undefined): string {
    const sessionId = data?.session_id
    return typeof sessionId === "string" && sessionId ? sessionId : randomUUID()
  }

  async initiatePayment({ data }: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const sessionId = this.sessionIdOf(data)
    return { id: sessionId, data: { session_id: sessionId, ...this.sessionData(sessionId) } }
  }

  /** The amount may change while she shops; what she needs to pay with does not. */
  async updatePayment({ data }: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const sessionId = this.sessionIdOf(data)
    return { data: { ...data, session_id: sessionId, ...this.sessionData(sessionId) } }
  }

  async authorizePayment({ data }: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return { data: data ?? {}, status: PaymentSessionStatus.AUTHORIZED }
  }

  /** Nothing outside the site keeps a state: a started session is authorized by checkout. */
  async getPaymentStatus({ data }: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return { data: data ?? {}, status: PaymentSessionStatus.AUTHORIZED }
  }

  async capturePayment({ data }: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: data ?? {} }
  }

  /** The money goes back by hand (a transfer or cash); Medusa records the refund. */
  async refundPayment({ data }: RefundPaymentInput): Promise<RefundPaymentOutput> {
    return { data: data ?? {} }
  }

  async cancelPayment({ data }: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: data ?? {} }
  }

  async deletePayment({ data }: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: data ?? {} }
  }

  async retrievePayment({ data }: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: data ?? {} }
  }

  async getWebhookActionAndData(): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
