import type { Locale, Mail } from "../producer-application/messages"

/** How she pays by bank transfer: the cooperative's account and the reference to write. */
export interface BankTransferDetails {
  iban: string
  account_holder: string
  bank_name?: string
  reference: string
}

export interface OrderPlacedValues {
  number: number
  /** Her lines, e.g. "2 × Oya küpe — Ayşe". */
  lines: string[]
  total: string
  link: string
  bank_transfer: BankTransferDetails | null
}

const bankLines = (
  details: BankTransferDetails | null,
  words: { intro: string; iban: string; holder: string; reference: string }
) =>
  details
    ? `\n\n${words.intro}\n${words.iban}: ${details.iban}\n${words.holder}: ${details.account_holder}${details.bank_name ? ` (${details.bank_name})` : ""}\n${words.reference}: ${details.reference}`
    : ""

/**
 * The shopper's receipt, in the language she shopped in: what she ordered, the total, how to pay
 * by bank transfer when she chose it, and where to follow each producer's parcel.
 */
export const shopperOrderMails: Record<
  "order_placed",
  Record<Locale, (values: OrderPlacedValues) => Mail>
> = {
  order_placed: {
    tr: ({ number, lines, total, link, bank_transfer }) => ({
      subject: `Siparişiniz alındı #${number}`,
      text: `Teşekkür ederiz! Siparişiniz (#${number}) üreticilerimize iletildi.\n\n${lines.map((line) => `- ${line}`).join("\n")}\n\nToplam: ${total}${bankLines(bank_transfer, { intro: "Havale/EFT ile ödemek için:", iban: "IBAN", holder: "Alıcı", reference: "Açıklamaya yazın" })}\n\nSiparişinizi buradan izleyebilirsiniz:\n${link}\n\nİmece kooperatifi`,
    }),
    fa: ({ number, lines, total, link, bank_transfer }) => ({
      subject: `سفارش شما ثبت شد #${number}`,
      text: `سپاسگزاریم! سفارش شما (#${number}) به تولیدکنندگان ما رسید.\n\n${lines.map((line) => `- ${line}`).join("\n")}\n\nجمع: ${total}${bankLines(bank_transfer, { intro: "برای پرداخت با حواله بانکی:", iban: "IBAN", holder: "به نام", reference: "در توضیحات بنویسید" })}\n\nسفارشتان را اینجا دنبال کنید:\n${link}\n\nتعاونی ایمجه`,
    }),
    en: ({ number, lines, total, link, bank_transfer }) => ({
      subject: `Your order is placed #${number}`,
      text: `Thank you! Your order (#${number}) has gone to our producers.\n\n${lines.map((line) => `- ${line}`).join("\n")}\n\nTotal: ${total}${bankLines(bank_transfer, { intro: "To pay by bank transfer:", iban: "IBAN", holder: "Account holder", reference: "Reference to write" })}\n\nFollow your order here:\n${link}\n\nThe İmece cooperative`,
    }),
  },
}
