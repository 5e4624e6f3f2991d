import { receivePhotosAndKeep } from "../../../utils/photo-upload"

/** Photos of her products, sent before the application; their ids go in its `photo_ids`. */
export const POST = receivePhotosAndKeep
