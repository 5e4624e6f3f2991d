export const adminProducerApplicationFields = [
  "id",
  "reference",
  "full_name",
  "email",
  "phone",
  "city",
  "district",
  "craft",
  "story",
  "course",
  "photo_urls",
  "locale",
  "status",
  "assigned_to",
  "staff_message",
  "consented_at",
  "submitted_at",
  "created_at",
  "updated_at",
]

export const listAdminProducerApplicationQueryConfig = {
  defaults: adminProducerApplicationFields,
  isList: true,
}

export const retrieveAdminProducerApplicationQueryConfig = {
  defaults: [
    ...adminProducerApplicationFields,
    "events.*",
    "producer.id",
    "producer.handle",
    "producer.status",
  ],
  isList: false,
}
