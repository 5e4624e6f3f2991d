import { APPLICATION_PHOTO_FOLDER } from "../../../../workflows/photos/photo-folders"
import { keepPhotosIn } from "../../../utils/photo-upload"

/** Photos of her products, sent before the application; their ids go in its `photo_ids`. */
export const POST = keepPhotosIn(() => APPLICATION_PHOTO_FOLDER)
