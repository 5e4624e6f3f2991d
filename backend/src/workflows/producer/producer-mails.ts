import type { Locale, Mail } from "../producer-application/messages"

interface NewOrderValues {
  name: string
  number: number
  /** Her lines of the order, e.g. "2 × Oya küpe". */
  lines: string[]
  link: string
}

interface SentBackValues {
  name: string
  title: string
  reason: string
  link: string
}

/** The fields a mail to a producer needs of her, selected as `producerMailFields`. */
export const producerMailFields = ["id", "name", "email", "producer_application.locale"]

/**
 * Where and in which language to write to her: the address and language she applied with
 * (Turkish when she did not apply here). No address, no mail: staff added her by hand.
 */
export function mailTarget(producer: {
  email?: string | null
  producer_application?: { locale?: string | null } | null
}) {
  return producer.email
    ? { email: producer.email, locale: producer.producer_application?.locale ?? null }
    : null
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

/** Staff sent her product back under product moderation: what to change, and where. */
export const productReviewMails: Record<
  "sent_back",
  Record<Locale, (values: SentBackValues) => Mail>
> = {
  sent_back: {
    tr: ({ name, title, reason, link }) => ({
      subject: `"${title}" için bir düzeltme rica ediyoruz`,
      text: `Merhaba ${name},\n\n"${title}" ürününüzü inceledik ve şunu rica ediyoruz:\n\n${reason}\n\nDüzeltmek için:\n${link}\n\nİmece kooperatifi`,
    }),
    fa: ({ name, title, reason, link }) => ({
      subject: `برای «${title}» یک اصلاح لازم است`,
      text: `${name} عزیز،\n\nمحصول «${title}» را بررسی کردیم و این را از شما می‌خواهیم:\n\n${reason}\n\nبرای اصلاح:\n${link}\n\nتعاونی ایمجه`,
    }),
    en: ({ name, title, reason, link }) => ({
      subject: `A change to "${title}", please`,
      text: `Hello ${name},\n\nWe reviewed your product "${title}" and ask you for this:\n\n${reason}\n\nTo change it:\n${link}\n\nThe İmece cooperative`,
    }),
  },
}
