import { useTranslation } from "react-i18next"
import { MAX_PRODUCT_PHOTOS } from "../product-form"
import type { useProductPhotos } from "../use-shop-products"
import { PhotoPicker } from "./photo-picker"

/** Her product's photos: upload with progress, reorder (the first is the cover), remove. */
export function ProductPhotosField({ photos }: { photos: ReturnType<typeof useProductPhotos> }) {
  const { t } = useTranslation()
  return (
    <PhotoPicker
      photos={photos.photos}
      uploads={photos.uploads}
      max={MAX_PRODUCT_PHOTOS}
      lead={t("manage.form.photosLead")}
      onPick={photos.upload}
      onRemove={photos.remove}
      onDismiss={photos.dismiss}
      onMove={photos.move}
    />
  )
}
