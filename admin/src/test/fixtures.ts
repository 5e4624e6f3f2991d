import type { AdminProducer, AdminProducerApplication } from "@imece/types"

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

/** An application as `/admin/producer-applications/:id` returns it, with its first event. */
export function adminApplication(
  overrides: Partial<AdminProducerApplication> = {}
): AdminProducerApplication {
  return {
    id: "papp_1",
    reference: "IMC-7K2Q9XAB",
    full_name: "Nermin Öztürk",
    email: "nermin@example.com",
    phone: "+90 532 765 43 21",
    city: "Ankara",
    district: "Keçiören",
    craft: "İğne oyası",
    story: "Annemden öğrendim.",
    course: null,
    locale: "tr",
    status: "submitted",
    assigned_to: null,
    staff_message: null,
    consented_at: "2026-11-20T10:00:00.000Z",
    submitted_at: "2026-11-20T10:00:00.000Z",
    created_at: "2026-11-20T10:00:00.000Z",
    updated_at: "2026-11-20T10:00:00.000Z",
    photo_urls: ["http://api.test/static/oya.jpg"],
    events: [
      {
        id: "pappev_1",
        action: "submit",
        from_status: null,
        to_status: "submitted",
        actor_type: "applicant",
        actor_id: null,
        message: null,
        created_at: "2026-11-20T10:00:00.000Z",
      },
    ],
    producer: null,
    ...overrides,
  }
}
