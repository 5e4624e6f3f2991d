import type { HttpTypes } from "@medusajs/types"
import { localeTag, type Locale } from "@imece/i18n"

/** What she types to save an address: where parcels go, and a phone for the courier. */
export interface AddressDraft {
  first_name: string
  last_name: string
  address_1: string
  city: string
  postal_code: string
  country_code: string
  phone: string
}

export type AddressProblems = Partial<Record<keyof AddressDraft, "required">>

/** Postal codes are often not known by heart, so only they may stay empty (as at checkout). */
const REQUIRED: (keyof AddressDraft)[] = [
  "first_name",
  "last_name",
  "address_1",
  "city",
  "country_code",
  "phone",
]

/** An empty form in the region's first country. */
export function emptyAddress(countryCode = ""): AddressDraft {
  return {
    first_name: "",
    last_name: "",
    address_1: "",
    city: "",
    postal_code: "",
    country_code: countryCode,
    phone: "",
  }
}

/** What is missing; empty when the address can be saved. */
export function checkAddressDraft(draft: AddressDraft): AddressProblems {
  return Object.fromEntries(
    REQUIRED.filter((field) => !draft[field].trim()).map((field) => [field, "required"])
  )
}

/** The address as the store saves it: values trimmed, an empty postal code left out. */
export function addressBody(draft: AddressDraft): HttpTypes.StoreCreateCustomerAddress {
  const { postal_code, ...rest } = draft
  const trimmed = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [key, value.trim()])
  ) as Omit<AddressDraft, "postal_code">
  return postal_code.trim() ? { ...trimmed, postal_code: postal_code.trim() } : trimmed
}

/** A country's name in her language ("tr" → "Türkiye", "ترکیه", "Türkiye"), else the store's. */
export function countryName(code: string, locale: Locale, fallback?: string | null): string {
  const named = new Intl.DisplayNames([localeTag(locale)], { type: "region" }).of(
    code.toUpperCase()
  )
  return named && named !== code.toUpperCase() ? named : (fallback ?? code.toUpperCase())
}

/** A saved address on one line, as she would write it on a parcel. */
export function addressLine(address: HttpTypes.StoreCustomerAddress, locale: Locale): string {
  const place = [address.postal_code, address.city].filter(Boolean).join(" ")
  const country = address.country_code ? countryName(address.country_code, locale) : null
  return [address.address_1, address.address_2, place, country].filter(Boolean).join(", ")
}
