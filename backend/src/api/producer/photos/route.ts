import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { producerPhotoFolder } from "../../../workflows/photos/photo-folders"
import { keepPhotosIn } from "../../utils/photo-upload"

/** Photos for her products, kept as hers; their ids go in a product's `photo_ids`. */
export const POST = keepPhotosIn((req: AuthenticatedMedusaRequest) =>
  producerPhotoFolder(req.auth_context.actor_id)
)
