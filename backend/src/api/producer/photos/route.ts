import { receivePhotosAndKeep } from "../../utils/photo-upload"

/** Photos for her products; their ids go in a product's `photo_ids`. */
export const POST = receivePhotosAndKeep
