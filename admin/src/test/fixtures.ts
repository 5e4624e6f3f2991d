import type { AdminProducer, AdminProducerApplication, AdminStaffMember } from "@imece/types"
import type { client } from "../lib/client"

// Medusa's own type, read off the client so the console needs no further package for it.
type AdminUser = Awaited<ReturnType<typeof client.admin.auth.me>>["user"]

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
    has_iban: false,
    iban_masked: null,
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

/** The signed-in user as `/admin/users/me` returns her. */
export function adminUser(): AdminUser {
  return {
    id: "user_1",
    email: "staff@imece.coop",
    first_name: null,
    last_name: null,
    avatar_url: null,
    metadata: null,
    created_at: "2026-11-20T10:00:00.000Z",
    updated_at: "2026-11-20T10:00:00.000Z",
    deleted_at: null,
  }
}

/** The same user with her role in the cooperative, as `/admin/staff` lists her. */
export function staffMember(overrides: Partial<AdminStaffMember> = {}): AdminStaffMember {
  return {
    id: "user_1",
    email: "staff@imece.coop",
    first_name: null,
    last_name: null,
    role: "administrator",
    ...overrides,
  }
}
