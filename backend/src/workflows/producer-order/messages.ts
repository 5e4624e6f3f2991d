import type { Locale, Mail } from "../producer-application/messages"

interface NewOrderValues {
  name: string
  number: number
  /** Her lines of the order, e.g. "2 × Oya küpe". */
  lines: string[]
  link: string
}

/**
 * What the cooperative writes to a producer about her orders, in the language she applied in,
 * so she learns of an order without keeping the app open.
 */
export const producerOrderMails: Record<
  "new_order",
  Record<Locale, (values: NewOrderValues) => Mail>
> = {
  new_order: {
    tr: ({ name, number, lines, link }) => ({
      subject: `Yeni sipariş #${number}`,
      text: `Merhaba ${name},\n\nYeni bir siparişiniz var (#${number}):\n${lines.map((line) => `- ${line}`).join("\n")}\n\nHazırlamak için dükkânınıza girin:\n${link}\n\nİmece kooperatifi`,
    }),
    fa: ({ name, number, lines, link }) => ({
      subject: `سفارش تازه #${number}`,
      text: `${name} عزیز،\n\nسفارش تازه‌ای دارید (#${number}):\n${lines.map((line) => `- ${line}`).join("\n")}\n\nبرای آماده کردنش به فروشگاهتان بروید:\n${link}\n\nتعاونی ایمجه`,
    }),
    en: ({ name, number, lines, link }) => ({
      subject: `New order #${number}`,
      text: `Hello ${name},\n\nYou have a new order (#${number}):\n${lines.map((line) => `- ${line}`).join("\n")}\n\nOpen your shop to prepare it:\n${link}\n\nThe İmece cooperative`,
    }),
  },
}
