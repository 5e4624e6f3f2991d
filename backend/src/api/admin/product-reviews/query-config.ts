/** What staff need to judge a product: its words, photos, price and maker. */
export const productReviewFields = [
  "id",
  "title",
  "description",
  "status",
  "thumbnail",
  "images.url",
  "metadata",
  "created_at",
  "updated_at",
  "producer.id",
  "producer.handle",
  "producer.name",
  "producer.full_name",
  "variants.prices.amount",
  "variants.prices.currency_code",
]
