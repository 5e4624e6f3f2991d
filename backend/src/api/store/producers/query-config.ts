/**
 * What shoppers may see of a producer: the name and photo she chose to show, her shop's
 * policies and vacation; never her full name (unless shown), status or internal fields.
 */
export const storeProducerFields = [
  "id",
  "handle",
  "name",
  "craft",
  "story",
  "city",
  "avatar_url",
  "processing_days",
  "accepts_returns",
  "vacation_from",
  "vacation_until",
]

export const listStoreProducerQueryConfig = {
  defaults: storeProducerFields,
  allowed: storeProducerFields,
  isList: true,
}
