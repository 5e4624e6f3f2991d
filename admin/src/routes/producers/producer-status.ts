import { PRODUCER_STATUSES, type ProducerStatus } from "@imece/types"

/** Narrows a value from the URL or a select to a status the API accepts. */
export function isProducerStatus(value: unknown): value is ProducerStatus {
  return typeof value === "string" && (PRODUCER_STATUSES as readonly string[]).includes(value)
}
