/** What shoppers may see of a producer: never her moderation status or internal fields. */
export const storeProducerFields = ["id", "handle", "name", "craft", "story", "city", "avatar_url"]

export const listStoreProducerQueryConfig = {
  defaults: storeProducerFields,
  allowed: storeProducerFields,
  isList: true,
}
