export const adminProducerFields = [
  "id",
  "handle",
  "name",
  "craft",
  "story",
  "city",
  "status",
  "avatar_url",
  "created_at",
  "updated_at",
]

export const listAdminProducerQueryConfig = {
  defaults: adminProducerFields,
  isList: true,
  defaultLimit: 20,
}
