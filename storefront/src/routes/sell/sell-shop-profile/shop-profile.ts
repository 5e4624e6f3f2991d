import { LOCALES, toWesternDigits, type Locale } from "@imece/i18n"
import {
  formatIban,
  ibanProblem,
  normalizeIban,
  type IbanProblem,
  type LocalizedText,
  type ProducerShop,
  type ProducerUpdateShopBody,
} from "@imece/types"

/** The limits `POST /producer/me` applies, checked here first so she is told next to the field. */
export const FULL_NAME_LENGTH = { min: 2, max: 120 }
export const PLACE_LENGTH = { min: 2, max: 80 }
export const STORY_MAX_LENGTH = 2000
export const MAX_PROCESSING_DAYS = 365
/** The account holder's name, as long as banks take it. */
export const IBAN_HOLDER_LENGTH = { min: 2, max: 70 }

type StoryField = `story_${Locale}`

/** The form as she sees it: every input holds text or a checkbox state. */
export type ShopProfileValues = {
  full_name: string
  show_full_name: boolean
  city: string
  district: string
  show_district: boolean
  processing_days: string
  accepts_returns: boolean
  /** `YYYY-MM-DD`, as a date input holds it, or "". */
  vacation_from: string
  vacation_until: string
  /** As she types it, shown in groups of four. */
  iban: string
  iban_holder: string
} & Record<StoryField, string>

const IBAN_ERRORS = {
  characters: "ibanCharacters",
  format: "ibanFormat",
  length: "ibanLength",
  turkish_digits: "ibanTurkishDigits",
  checksum: "ibanChecksum",
} as const satisfies Record<IbanProblem, string>

export type ShopProfileError =
  "fullName" | "place" | "days" | "vacationOrder" | (typeof IBAN_ERRORS)[IbanProblem] | "ibanHolder"
export type ShopProfileErrors = Partial<Record<keyof ShopProfileValues, ShopProfileError>>

/** What each group of the form is given: the values shown, their errors, and how to change them. */
export interface ShopProfileSectionProps {
  values: ShopProfileValues
  errors: ShopProfileErrors
  onChange: (changes: Partial<ShopProfileValues>) => void
}

export const storyField = (locale: Locale): StoryField => `story_${locale}`

/** The day part of an ISO date, as a date input wants it. */
export const toDateInput = (value: string | null) => (value ? value.slice(0, 10) : "")

export function fromShop(shop: ProducerShop): ShopProfileValues {
  const story = Object.fromEntries(
    LOCALES.map((locale) => [storyField(locale), shop.story?.[locale] ?? ""])
  ) as Record<StoryField, string>
  return {
    full_name: shop.full_name ?? "",
    show_full_name: shop.show_full_name,
    city: shop.city ?? "",
    district: shop.district ?? "",
    show_district: shop.show_district,
    processing_days: shop.processing_days === null ? "" : String(shop.processing_days),
    accepts_returns: shop.accepts_returns,
    vacation_from: toDateInput(shop.vacation_from),
    vacation_until: toDateInput(shop.vacation_until),
    iban: shop.iban ? formatIban(shop.iban) : "",
    iban_holder: shop.iban_holder ?? "",
    ...story,
  }
}

const orNull = (text: string) => text.trim() || null

function storyOf(values: ShopProfileValues): LocalizedText | null {
  const story: LocalizedText = {}
  for (const locale of LOCALES) {
    const text = values[storyField(locale)].trim()
    if (text) {
      story[locale] = text
    }
  }
  return Object.keys(story).length ? story : null
}

function daysOf(text: string): number | null {
  const digits = toWesternDigits(text.trim())
  return digits === "" ? null : Number(digits)
}

/**
 * What she changed, and nothing else: each field as the API takes it, compared with what her
 * shop has now. The story is sent whole, since the API replaces it whole.
 */
export function changedFields(
  values: ShopProfileValues,
  shop: ProducerShop
): ProducerUpdateShopBody {
  const saved = fromShop(shop)
  const body: ProducerUpdateShopBody = {}
  if (values.full_name.trim() !== saved.full_name.trim()) {
    body.full_name = values.full_name.trim()
  }
  for (const key of ["city", "district"] as const) {
    if (orNull(values[key]) !== orNull(saved[key])) {
      body[key] = orNull(values[key])
    }
  }
  for (const key of ["show_full_name", "show_district", "accepts_returns"] as const) {
    if (values[key] !== saved[key]) {
      body[key] = values[key]
    }
  }
  const story = storyOf(values)
  if (JSON.stringify(story) !== JSON.stringify(storyOf(saved))) {
    body.story = story
  }
  const days = daysOf(values.processing_days)
  if (days !== shop.processing_days) {
    body.processing_days = days
  }
  for (const key of ["vacation_from", "vacation_until"] as const) {
    if (values[key] !== saved[key]) {
      body[key] = values[key] || null
    }
  }
  // Sent as the API keeps it: no spaces, upper case.
  const iban = normalizeIban(values.iban)
  if (iban !== (shop.iban ?? "")) {
    body.iban = iban || null
  }
  if (orNull(values.iban_holder) !== orNull(saved.iban_holder)) {
    body.iban_holder = orNull(values.iban_holder)
  }
  return body
}

/** What is wrong with the fields she is about to send, by field. */
export function validate(values: ShopProfileValues, body: ProducerUpdateShopBody) {
  const errors: ShopProfileErrors = {}
  if (
    body.full_name !== undefined &&
    (body.full_name.length < FULL_NAME_LENGTH.min || body.full_name.length > FULL_NAME_LENGTH.max)
  ) {
    errors.full_name = "fullName"
  }
  for (const key of ["city", "district"] as const) {
    const place = body[key]
    if (place && (place.length < PLACE_LENGTH.min || place.length > PLACE_LENGTH.max)) {
      errors[key] = "place"
    }
  }
  if (
    body.processing_days !== undefined &&
    body.processing_days !== null &&
    !(
      /^\d+$/.test(toWesternDigits(values.processing_days.trim())) &&
      body.processing_days <= MAX_PROCESSING_DAYS
    )
  ) {
    errors.processing_days = "days"
  }
  if (
    ("vacation_from" in body || "vacation_until" in body) &&
    values.vacation_from &&
    values.vacation_until &&
    values.vacation_until < values.vacation_from
  ) {
    errors.vacation_until = "vacationOrder"
  }
  if (body.iban) {
    const problem = ibanProblem(body.iban)
    if (problem) {
      errors.iban = IBAN_ERRORS[problem]
    }
  }
  // Banks pay an IBAN only with the holder's name, so the two go together.
  const holder = values.iban_holder.trim()
  if (
    ("iban" in body || "iban_holder" in body) &&
    (holder
      ? holder.length < IBAN_HOLDER_LENGTH.min || holder.length > IBAN_HOLDER_LENGTH.max
      : normalizeIban(values.iban) !== "")
  ) {
    errors.iban_holder = "ibanHolder"
  }
  return errors
}
