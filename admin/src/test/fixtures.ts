import type { AdminProducer } from "@imece/types"

/** A producer as `/admin/producers` returns her, with whatever a test needs changed. */
export function adminProducer(overrides: Partial<AdminProducer> = {}): AdminProducer {
  return {
    id: "prdcr_1",
    handle: "ayse-oya",
    name: "Ayşe Yılmaz",
    craft: { tr: "İğne oyası", en: "Needle lace" },
    story: null,
    city: "Ödemiş",
    avatar_url: null,
    status: "active",
    created_at: "2026-11-20T10:00:00.000Z",
    updated_at: "2026-11-20T10:00:00.000Z",
    ...overrides,
  }
}
