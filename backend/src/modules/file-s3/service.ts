import { HeadObjectCommand } from "@aws-sdk/client-s3"
import type { FileTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
// Medusa publishes its S3 provider only as a whole module provider (no class export);
// subclassing it needs the class from its build.
// eslint-disable-next-line @medusajs/import-from-framework-not-internal
import { S3FileService } from "@medusajs/file-s3/dist/services/s3-file"
import { UPLOADED_PHOTO_ID } from "../../workflows/photos/photo-folders"

/**
 * Uploads in S3-compatible storage (MinIO, AWS S3, Cloudflare R2…): Medusa's own S3 provider,
 * except for the photos of applications and products. Those are public and a product keeps its
 * photo's address for years, so a photo is looked up by its lasting public address, not by a
 * signed one that lapses in an hour; and a photo that is not in the bucket is not found (a signed
 * address is made for any key, so a made-up photo id would otherwise be taken).
 */
export class ImeceS3FileService extends S3FileService {
  static identifier = "s3"

  async getPresignedDownloadUrl(file: FileTypes.ProviderGetFileDTO): Promise<string> {
    if (!UPLOADED_PHOTO_ID.test(file.fileKey)) {
      return super.getPresignedDownloadUrl(file)
    }
    try {
      await this.client_.send(
        new HeadObjectCommand({ Bucket: this.config_.bucket, Key: file.fileKey })
      )
    } catch (error) {
      if (
        (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404
      ) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `No file has the key ${file.fileKey}.`)
      }
      throw error
    }
    const encodedKey = file.fileKey.split("/").map(encodeURIComponent).join("/")
    return `${this.config_.fileUrl}/${encodedKey}`
  }
}
