import { formatDate, formatPrice, localeTag, type Locale } from "@imece/i18n"
import type { AdminImpactCurrency, AdminImpactMoney } from "@imece/types"

/*
 * The report's numbers as staff read them. The API gives money in minor units (kuruş); the
 * shared helpers format main units, so amounts are divided only here, for display.
 */

export const toMainUnits = (minor: number, currency: AdminImpactCurrency) =>
  minor / 10 ** currency.decimal_digits

export const formatMoney = (minor: number, currency: AdminImpactCurrency, locale: Locale) =>
  formatPrice(toMainUnits(minor, currency), currency.code, locale)

/**
 * Whether a currency has anything to show: an order placed, or income booked (an order placed
 * before the period may be delivered or refunded in it).
 */
export const hasOrdersOrIncome = (money: AdminImpactMoney) =>
  money.orders > 0 || money.gross !== 0 || money.commission !== 0

/**
 * A report month ("2026-03") by name. The months are Gregorian in every language, so Persian
 * names them in the Gregorian calendar rather than the Solar Hijri one its dates use.
 */
export const formatMonth = (month: string, locale: Locale) =>
  new Intl.DateTimeFormat(localeTag(locale), {
    month: "short",
    year: "numeric",
    calendar: "gregory",
    timeZone: "UTC",
  }).format(new Date(`${month}-01T00:00:00Z`))

/** A report day (YYYY-MM-DD, a UTC day) as a date; noon keeps it on the same day everywhere. */
export const formatDay = (day: string, locale: Locale) =>
  formatDate(`${day.slice(0, 10)}T12:00:00Z`, locale)

/** Axis ticks: 12 B, 1,5 Mn. */
export const formatCompact = (value: number, locale: Locale) =>
  new Intl.NumberFormat(localeTag(locale), {
    notation: "compact",
    maximumFractionDigits: 1,
  }).format(value)

/** A share as a whole percent, in the reader's digits. */
export const formatPercent = (part: number, whole: number, locale: Locale) =>
  new Intl.NumberFormat(localeTag(locale), { maximumFractionDigits: 0 }).format(
    whole ? (part / whole) * 100 : 0
  )
