/** One of her products as she manages it. Amounts are in the currency's main unit (lira, euro). */
export interface ProducerProductVariant {
  id: string
  title: string
  allow_backorder: boolean
  prices: { id: string; currency_code: string; amount: number }[]
  /** What she has at the warehouse, and how much of it orders already hold. */
  stock: number
  reserved: number
}

/** A product's title and description in one language. */
export interface ProductWords {
  title?: string
  description?: string | null
}

/** Her product's words in the languages she writes besides the first, by language. */
export type ProductTranslations = Partial<Record<"tr" | "fa" | "en", ProductWords>>

export interface ProducerProduct {
  id: string
  title: string
  handle: string
  description: string | null
  /** `published` is on sale; `draft` is archived. */
  status: "published" | "draft" | "proposed" | "rejected"
  thumbnail: string | null
  material: string | null
  metadata: {
    materials?: string[]
    made_to_order_days?: number | null
    /** Why staff sent it back, under product moderation. */
    review_message?: string | null
  } | null
  images: { id: string; url: string }[]
  categories: { id: string; name: string }[]
  variants: ProducerProductVariant[]
  translations: ProductTranslations
  created_at: string
  updated_at: string
}

export interface ProducerProductResponse {
  product: ProducerProduct
}

export interface ProducerProductListResponse {
  products: ProducerProduct[]
  count: number
  offset: number
  limit: number
}

export interface ProducerCreateProductBody {
  title: string
  description?: string | null
  prices: { try: number; eur?: number }
  stock?: number
  made_to_order_days?: number | null
  materials?: string[]
  category_id?: string | null
  /** Ids from the photo upload; the first is the cover. */
  photo_ids?: string[]
  translations?: ProductTranslations
  /**
   * Sizes, colours…: at most 2 options of up to 10 values, at most 50 combinations; each
   * combination becomes a variant with these prices and this stock.
   */
  options?: { title: string; values: string[] }[]
}

export interface ProducerUpdateProductBody {
  title?: string
  description?: string | null
  made_to_order_days?: number | null
  materials?: string[]
  category_id?: string | null
  variants?: { id: string; prices?: { try?: number; eur?: number }; stock?: number }[]
  /**
   * Her photos in order, the first the cover: ids of the product's images she keeps and ids from
   * the photo upload she adds. An image left out is removed.
   */
  photo_ids?: string[]
  /** Replaces her translations: a language left out, or left empty, is removed. */
  translations?: ProductTranslations
}

/** A product waiting for staff under product moderation, with its maker. */
export interface AdminProductReview {
  id: string
  title: string
  description: string | null
  status: ProducerProduct["status"]
  thumbnail: string | null
  images: { url: string }[]
  metadata: ProducerProduct["metadata"]
  created_at: string
  updated_at: string
  producer: { id: string; handle: string; name: string; full_name: string | null } | null
  variants: { prices: { amount: number; currency_code: string }[] }[]
}

export interface AdminProductReviewListResponse {
  products: AdminProductReview[]
  count: number
  offset: number
  limit: number
}
