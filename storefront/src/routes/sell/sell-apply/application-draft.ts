import type { Locale } from "@imece/i18n"
import type { StoreCreateProducerApplicationBody } from "@imece/types"

export interface ApplicationDraft {
  full_name: string
  phone: string
  email: string
  city: string
  district: string
  craft: string
  story: string
  course: string
  /** Photos already uploaded: kept with the draft so a reload does not lose them. */
  photos: { id: string; url: string }[]
  consent: boolean
}

export const MAX_PHOTOS = 5
/** The API's shortest story. */
export const MIN_STORY_LENGTH = 20

export const EMPTY_DRAFT: ApplicationDraft = {
  full_name: "",
  phone: "",
  email: "",
  city: "",
  district: "",
  craft: "",
  story: "",
  course: "",
  photos: [],
  consent: false,
}

/** One question group per step, so each fits a small phone screen. */
export const STEPS = [
  { id: "you", fields: ["full_name", "phone", "email"] },
  { id: "place", fields: ["city", "district"] },
  { id: "craft", fields: ["craft", "story", "course"] },
  { id: "photos", fields: [] },
  { id: "confirm", fields: ["consent"] },
] as const satisfies readonly { id: string; fields: readonly (keyof ApplicationDraft)[] }[]

export type StepId = (typeof STEPS)[number]["id"]

export type FieldError =
  "required" | "invalidEmail" | "invalidPhone" | "storyTooShort" | "consentRequired"

const OPTIONAL: ReadonlySet<keyof ApplicationDraft> = new Set(["district", "course"])

/** The same rules the backend applies, checked as she goes so she fixes them on the spot. */
export function validateStep(
  step: (typeof STEPS)[number],
  draft: ApplicationDraft
): Partial<Record<keyof ApplicationDraft, FieldError>> {
  const errors: Partial<Record<keyof ApplicationDraft, FieldError>> = {}
  for (const field of step.fields) {
    const value = draft[field]
    if (field === "consent") {
      if (!value) {
        errors.consent = "consentRequired"
      }
    } else if (typeof value === "string" && !value.trim() && !OPTIONAL.has(field)) {
      errors[field] = "required"
    } else if (field === "email" && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(draft.email.trim())) {
      errors.email = "invalidEmail"
    } else if (field === "phone" && !/^\+?[0-9 ()-]{7,20}$/.test(draft.phone.trim())) {
      errors.phone = "invalidPhone"
    } else if (field === "story" && draft.story.trim().length < MIN_STORY_LENGTH) {
      errors.story = "storyTooShort"
    }
  }
  return errors
}

export function toApplicationBody(
  draft: ApplicationDraft,
  locale: Locale
): StoreCreateProducerApplicationBody {
  const optional = (value: string) => value.trim() || null
  return {
    full_name: draft.full_name.trim(),
    phone: draft.phone.trim(),
    email: draft.email.trim(),
    city: draft.city.trim(),
    district: optional(draft.district),
    craft: draft.craft.trim(),
    story: draft.story.trim(),
    course: optional(draft.course),
    photo_ids: draft.photos.map((photo) => photo.id),
    locale,
    consent: true,
  }
}
