/**
 * Uploaded photos are kept in a folder that says whose they are, and a photo's id starts with
 * its folder: a producer can name only her own photos in her products.
 */
export const APPLICATION_PHOTO_FOLDER = "applications"

export const producerPhotoFolder = (producerId: string) => `producers/${producerId}`

/**
 * The name a photo is kept under, from the one her phone gave it: letters and digits of the
 * Latin alphabet, `-` and `_` only, so that a photo's id is never a path that leads elsewhere.
 */
export function safePhotoName(name: string): string {
  const safe = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
  return safe || "photo"
}

/**
 * What an uploaded photo's id looks like: its folder (the applications' or one producer's), then
 * one file name of safe characters. No `/` inside the name and no `..` anywhere: `producers/
 * <hers>/../<another's>/photo.jpg` starts with her folder but names another producer's upload.
 */
export const UPLOADED_PHOTO_ID =
  /^(?!.*\.\.)(?:applications|producers\/[A-Za-z0-9_]+)\/[A-Za-z0-9_-][A-Za-z0-9._-]*$/

/** Whether `id` is a photo kept directly in `folder`, by its shape alone. */
export const isPhotoIn = (id: string, folder: string) =>
  UPLOADED_PHOTO_ID.test(id) && id.slice(0, id.lastIndexOf("/")) === folder
