import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { renderMail } from "../../producer-application/messages"
import { shopperOrderMails, type BankTransferDetails } from "../shopper-mails"

export interface NotifyShopperOfOrderInput {
  order_id: string
  /** What opens her order for a guest, put in the receipt's link. */
  order_key: string
  /** Where her order page is. */
  storefront_url: string
}

type OrderLine = { title: string; product_title?: string | null; quantity: unknown } | null
type PaymentSession = { provider_id: string; data?: Record<string, unknown> | null } | null
type PaymentCollection = { payment_sessions?: PaymentSession[] | null } | null

export const notifyShopperOfOrderWorkflowId = "notify-shopper-of-order"

/** The bank details a bank-transfer session carries, if she chose to pay that way. */
function bankTransferOf(collections: PaymentCollection[] | null | undefined) {
  const sessions = (collections ?? []).flatMap((collection) => collection?.payment_sessions ?? [])
  for (const session of sessions) {
    const data = session?.data
    if (
      typeof data?.iban === "string" &&
      typeof data.account_holder === "string" &&
      typeof data.reference === "string"
    ) {
      const details: BankTransferDetails = {
        iban: data.iban,
        account_holder: data.account_holder,
        reference: data.reference,
      }
      return typeof data.bank_name === "string"
        ? { ...details, bank_name: data.bank_name }
        : details
    }
  }
  return null
}

/**
 * Her receipt by e-mail once the order is placed, in the language she shopped in; sent once per
 * order even if the event is delivered again.
 */
export const notifyShopperOfOrderWorkflow = createWorkflow(
  notifyShopperOfOrderWorkflowId,
  (input: NotifyShopperOfOrderInput) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "email",
        "locale",
        "currency_code",
        "total",
        "items.title",
        "items.product_title",
        "items.quantity",
        "payment_collections.payment_sessions.provider_id",
        "payment_collections.payment_sessions.data",
      ],
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    })

    const notifications = transform({ input, orders }, ({ input, orders: [order] }) => {
      if (!order.email) {
        return []
      }
      const locale = order.locale?.slice(0, 2) ?? null
      const total = new Intl.NumberFormat(order.locale ?? "tr-TR", {
        style: "currency",
        currency: order.currency_code.toUpperCase(),
      }).format(Number(order.total))
      const mail = renderMail(shopperOrderMails, "order_placed", locale, {
        number: Number(order.display_id),
        lines: (order.items ?? []).flatMap((item: OrderLine) =>
          item ? [`${Number(item.quantity)} × ${item.product_title ?? item.title}`] : []
        ),
        total,
        link: `${input.storefront_url}/orders/${order.id}?key=${input.order_key}`,
        bank_transfer: bankTransferOf(order.payment_collections as PaymentCollection[]),
      })
      return [
        {
          to: order.email,
          channel: "email",
          template: "shopper-order-placed",
          content: mail,
          // Kept in data too: the notification table, the development outbox, stores data only.
          data: { ...mail, order_id: order.id },
          idempotency_key: `shopper-order-placed-${order.id}`,
        },
      ]
    })
    return new WorkflowResponse(sendNotificationsStep(notifications))
  }
)
