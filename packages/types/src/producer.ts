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
  producer: StoreProducer & { products: StoreProducerProduct[] }
}

/** A producer as cooperative staff see her. */
export interface AdminProducer extends StoreProducer {
  status: ProducerStatus
  created_at: string
  updated_at: string
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
