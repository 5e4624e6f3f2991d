import type { LocalizedText } from "./locale"

export const PRODUCER_STATUSES = ["pending", "active", "suspended"] as const
export type ProducerStatus = (typeof PRODUCER_STATUSES)[number]

/** A producer as shoppers see her: the maker behind a shop. */
export interface StoreProducer {
  id: string
  handle: string
  name: string
  /** Her craft in a word or two, e.g. "needle lace" (in the languages she wrote). */
  craft: LocalizedText | null
  story: LocalizedText | null
  city: string | null
  avatar_url: string | null
  /** Her usual days to prepare an order, and whether she takes returns (store routes only). */
  processing_days?: number | null
  accepts_returns?: boolean
  /** While on vacation her products can be seen but not bought (store routes only). */
  vacation_from?: string | null
  vacation_until?: string | null
}

/** One of her published products, as listed on her page. */
export interface StoreProducerProduct {
  id: string
  title: string
  handle: string
  thumbnail: string | null
}

export interface StoreProducerListParams {
  limit?: number
  offset?: number
}

export interface StoreProducerListResponse {
  producers: StoreProducer[]
  count: number
  offset: number
  limit: number
}

export interface StoreProducerResponse {
  /** `district` only when she chose to show it. */
  producer: StoreProducer & { district?: string | null; products: StoreProducerProduct[] }
}

/** A producer as cooperative staff see her. */
export interface AdminProducer extends StoreProducer {
  status: ProducerStatus
  created_at: string
  updated_at: string
  /** Whether she has given the IBAN her earnings are paid to. */
  has_iban: boolean
  /** Her IBAN with only its country code and last four characters ("TR** **** … **12 34"). */
  iban_masked: string | null
}

export interface AdminProducerListParams {
  limit?: number
  offset?: number
  q?: string
  status?: ProducerStatus
}

export interface AdminProducerListResponse {
  producers: AdminProducer[]
  count: number
  offset: number
  limit: number
}

/** Her own shop, as she manages it: what shoppers see and what only she and staff see. */
export interface ProducerShop extends StoreProducer {
  /** Her full name; `name` is what shoppers see (only her first name if she chooses). */
  full_name: string | null
  district: string | null
  status: ProducerStatus
  show_full_name: boolean
  show_district: boolean
  processing_days: number | null
  accepts_returns: boolean
  vacation_from: string | null
  vacation_until: string | null
  /** The IBAN her earnings are paid to (no spaces, upper case), and the account holder's name. */
  iban: string | null
  iban_holder: string | null
  created_at: string
}

export interface ProducerShopResponse {
  producer: ProducerShop
}

/** What she may change of her shop; anything else is refused. */
export interface ProducerUpdateShopBody {
  full_name?: string
  craft?: LocalizedText | null
  story?: LocalizedText | null
  city?: string | null
  district?: string | null
  avatar_url?: null
  show_full_name?: boolean
  show_district?: boolean
  processing_days?: number | null
  accepts_returns?: boolean
  vacation_from?: string | null
  vacation_until?: string | null
  /** Spaces and lower case are accepted; it is kept without spaces, in upper case. */
  iban?: string | null
  iban_holder?: string | null
}
