import { useEffect, useState } from "react"
import { EMPTY_DRAFT, type ApplicationDraft } from "./application-draft"

export const DRAFT_STORAGE_KEY = "imece_application_draft"

function readDraft(): ApplicationDraft {
  try {
    return { ...EMPTY_DRAFT, ...JSON.parse(localStorage.getItem(DRAFT_STORAGE_KEY) ?? "{}") }
  } catch {
    // A draft from an older version of the form that no longer parses: start afresh.
    return EMPTY_DRAFT
  }
}

/** The application as she types it, kept in the browser so a dropped connection loses nothing. */
export function useApplicationDraft() {
  const [draft, setDraft] = useState<ApplicationDraft>(readDraft)
  useEffect(() => {
    localStorage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(draft))
  }, [draft])
  return {
    draft,
    update: (changes: Partial<ApplicationDraft>) => setDraft((old) => ({ ...old, ...changes })),
    // Uploads finish in any order, so photos are added to the latest draft, not a stale copy.
    addPhoto: (photo: ApplicationDraft["photos"][number]) =>
      setDraft((old) => ({ ...old, photos: [...old.photos, photo] })),
    removePhoto: (id: string) =>
      setDraft((old) => ({ ...old, photos: old.photos.filter((photo) => photo.id !== id) })),
    clear: () => {
      localStorage.removeItem(DRAFT_STORAGE_KEY)
      setDraft(EMPTY_DRAFT)
    },
  }
}
