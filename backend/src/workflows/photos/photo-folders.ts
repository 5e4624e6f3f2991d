/**
 * Uploaded photos are kept in a folder that says whose they are, and a photo's id starts with
 * its folder: a producer can name only her own photos in her products.
 */
export const APPLICATION_PHOTO_FOLDER = "applications"

export const producerPhotoFolder = (producerId: string) => `producers/${producerId}`
