import { describeError } from "@imece/i18n"
import { useTranslation } from "react-i18next"
import { useLocale } from "../../../i18n/use-locale"
import type { PhotoUpload } from "../use-sell"

interface PhotoPickerProps {
  photos: { id: string; url: string }[]
  uploads: PhotoUpload[]
  max: number
  onPick: (files: File[]) => void
  onRemove: (id: string) => void
  onDismiss: (key: string) => void
  /** What the photos are for; the application's words unless told. */
  lead?: string
  /** Where the order matters (a product's cover comes first), she can move each photo. */
  onMove?: (index: number, step: -1 | 1) => void
}

export function PhotoPicker({
  photos,
  uploads,
  max,
  onPick,
  onRemove,
  onDismiss,
  lead,
  onMove,
}: PhotoPickerProps) {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const room = max - photos.length - uploads.filter((upload) => !upload.error).length
  return (
    <div className="photos">
      <p>{lead ?? t("sell.photos.lead")}</p>
      <ul className="photo-grid" role="list">
        {photos.map((photo, index) => (
          <li key={photo.id} data-testid="uploaded-photo">
            <img
              src={photo.url}
              alt={t("sell.photos.photo", { number: index + 1 })}
              width={96}
              height={96}
            />
            {onMove && index === 0 && <span className="badge">{t("manage.form.cover")}</span>}
            <button type="button" className="chip" onClick={() => onRemove(photo.id)}>
              {t("sell.photos.remove")}
            </button>
            {onMove && (
              <span className="photo-moves">
                <button
                  type="button"
                  className="chip"
                  disabled={index === 0}
                  aria-label={t("manage.form.earlier")}
                  title={t("manage.form.earlier")}
                  data-testid="photo-earlier"
                  onClick={() => onMove(index, -1)}
                >
                  <span className="flip-rtl" aria-hidden="true">
                    ←
                  </span>
                </button>
                <button
                  type="button"
                  className="chip"
                  disabled={index === photos.length - 1}
                  aria-label={t("manage.form.later")}
                  title={t("manage.form.later")}
                  data-testid="photo-later"
                  onClick={() => onMove(index, 1)}
                >
                  <span className="flip-rtl" aria-hidden="true">
                    →
                  </span>
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      {uploads.map((upload) =>
        upload.error ? (
          <p key={upload.key} className="field-error" role="alert">
            {t("sell.photos.failed", {
              name: upload.name,
              message: describeError(upload.error, locale),
            })}{" "}
            <button type="button" className="chip" onClick={() => onDismiss(upload.key)}>
              ✕
            </button>
          </p>
        ) : (
          <div key={upload.key} className="upload" data-testid="photo-upload">
            <span>
              {t("sell.photos.uploading", {
                name: upload.name,
                percent: Math.round(upload.progress * 100),
              })}
            </span>
            <progress max={1} value={upload.progress} />
          </div>
        )
      )}
      {room > 0 ? (
        <label className="button button-secondary file-button">
          {t("sell.photos.add")}
          <input
            type="file"
            accept="image/jpeg,image/png,image/webp"
            multiple
            data-testid="field-photos"
            className="visually-hidden"
            onChange={(event) => {
              onPick(Array.from(event.target.files ?? []).slice(0, room))
              event.target.value = ""
            }}
          />
        </label>
      ) : (
        <p className="note">{t("sell.photos.max")}</p>
      )}
    </div>
  )
}
