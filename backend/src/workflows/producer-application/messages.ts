import type { APPLICANT_LOCALES } from "../../modules/producer-application/models/producer-application"

export type Locale = (typeof APPLICANT_LOCALES)[number]

export interface Mail {
  subject: string
  text: string
}

/**
 * What the cooperative writes to an applicant, in the language she applied in. Rendered here so
 * any notification provider (the development outbox, an e-mail service) sends the same words.
 */
export const applicantMails: Record<
  "invitation" | "changes_requested" | "rejected",
  Record<Locale, (values: { name: string; link?: string; message?: string | null }) => Mail>
> = {
  invitation: {
    tr: ({ name, link }) => ({
      subject: "Başvurunuz onaylandı — İmece'deki dükkânınız hazır",
      text: `Merhaba ${name},\n\nBaşvurunuz onaylandı. Şifrenizi belirlemek ve dükkânınızı açmak için bu bağlantıyı kullanın (7 gün geçerli):\n${link}\n\nİmece kooperatifi`,
    }),
    fa: ({ name, link }) => ({
      subject: "درخواست شما پذیرفته شد — فروشگاه شما در ایمجه آماده است",
      text: `${name} عزیز،\n\nدرخواست شما پذیرفته شد. برای تعیین رمز عبور و باز کردن فروشگاهتان از این پیوند استفاده کنید (۷ روز معتبر است):\n${link}\n\nتعاونی ایمجه`,
    }),
    en: ({ name, link }) => ({
      subject: "Your application is approved — your İmece shop is ready",
      text: `Hello ${name},\n\nYour application has been approved. Use this link to set your password and open your shop (valid for 7 days):\n${link}\n\nThe İmece cooperative`,
    }),
  },
  changes_requested: {
    tr: ({ name, message }) => ({
      subject: "Başvurunuz için birkaç değişiklik rica ediyoruz",
      text: `Merhaba ${name},\n\nBaşvurunuzu inceledik ve şunu rica ediyoruz:\n\n${message}\n\nE-postanız ve başvuru kodunuzla başvurunuzu güncelleyebilirsiniz.\n\nİmece kooperatifi`,
    }),
    fa: ({ name, message }) => ({
      subject: "برای درخواست شما چند تغییر لازم است",
      text: `${name} عزیز،\n\nدرخواست شما را بررسی کردیم و این را از شما می‌خواهیم:\n\n${message}\n\nبا ایمیل و کد پیگیری می‌توانید درخواستتان را به‌روز کنید.\n\nتعاونی ایمجه`,
    }),
    en: ({ name, message }) => ({
      subject: "A few changes to your application, please",
      text: `Hello ${name},\n\nWe reviewed your application and ask you for this:\n\n${message}\n\nYou can update your application with your email and reference code.\n\nThe İmece cooperative`,
    }),
  },
  rejected: {
    tr: ({ name, message }) => ({
      subject: "Başvurunuz hakkında",
      text: `Merhaba ${name},\n\nBaşvurunuzu şu an kabul edemiyoruz:\n\n${message}\n\nİlginiz için teşekkür ederiz.\n\nİmece kooperatifi`,
    }),
    fa: ({ name, message }) => ({
      subject: "دربارهٔ درخواست شما",
      text: `${name} عزیز،\n\nفعلاً نمی‌توانیم درخواست شما را بپذیریم:\n\n${message}\n\nاز توجه شما سپاسگزاریم.\n\nتعاونی ایمجه`,
    }),
    en: ({ name, message }) => ({
      subject: "About your application",
      text: `Hello ${name},\n\nWe cannot accept your application at this time:\n\n${message}\n\nThank you for your interest.\n\nThe İmece cooperative`,
    }),
  },
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
}

/**
 * The same words as HTML for e-mail services that send HTML (SendGrid): escaped, because staff
 * messages and names are typed by people, and right to left for Persian.
 */
function toHtml(text: string, locale: Locale): string {
  const escaped = text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character])
  const linked = escaped.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`)
  const direction = locale === "fa" ? "rtl" : "ltr"
  return `<div dir="${direction}" lang="${locale}">${linked.replace(/\n/g, "<br>")}</div>`
}

/** The mail in her language; Turkish when the stored language is not one we write in. */
export function renderMail<TKind extends string, TValues>(
  mails: Record<TKind, Record<Locale, (values: TValues) => Mail>>,
  kind: TKind,
  locale: string | null | undefined,
  values: TValues
): Mail & { html: string } {
  const inKind = mails[kind]
  const language: Locale = locale && locale in inKind ? (locale as Locale) : "tr"
  const mail = inKind[language](values)
  return { ...mail, html: toHtml(mail.text, language) }
}

export function renderApplicantMail(
  kind: keyof typeof applicantMails,
  locale: string,
  values: { name: string; link?: string; message?: string | null }
): Mail & { html: string } {
  return renderMail(applicantMails, kind, locale, values)
}
