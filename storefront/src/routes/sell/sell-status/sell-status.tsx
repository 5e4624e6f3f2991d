import { isNotFound } from "@imece/client"
import { describeError } from "@imece/i18n"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { ErrorState, LoadingState } from "../../../components/common/page-states"
import { useLocale } from "../../../i18n/use-locale"
import { PhotoPicker } from "../components/photo-picker"
import { TextField } from "../components/text-field"
import { MAX_PHOTOS, MIN_STORY_LENGTH } from "../sell-apply/application-draft"
import { useApplicationStatus, usePhotoUploads, useResubmitApplication } from "../use-sell"
import { FormError, SubmitButton } from "../components/form-feedback"

export function SellStatus() {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const [email, setEmail] = useState(params.get("email") ?? "")
  const [reference, setReference] = useState(params.get("reference") ?? "")
  const lookup =
    params.get("email") && params.get("reference")
      ? { email: params.get("email") ?? "", reference: params.get("reference") ?? "" }
      : null
  const status = useApplicationStatus(lookup)

  return (
    <section className="narrow">
      <h1>{t("sell.status.title")}</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          setParams({ email: email.trim(), reference: reference.trim().toUpperCase() })
        }}
      >
        <TextField
          name="email"
          type="email"
          label={t("sell.fields.email")}
          value={email}
          onChange={setEmail}
        />
        <TextField
          name="reference"
          label={t("sell.reference")}
          value={reference}
          onChange={setReference}
        />
        <button type="submit" className="button">
          {t("sell.status.lookup")}
        </button>
      </form>
      {lookup &&
        (status.isPending ? (
          <LoadingState />
        ) : status.isError ? (
          isNotFound(status.error) ? (
            <FormError>{t("sell.status.notFound")}</FormError>
          ) : (
            <ErrorState onRetry={() => void status.refetch()} />
          )
        ) : (
          <div className="status-card">
            <p data-testid="application-status">{t(`sell.status.values.${status.data.status}`)}</p>
            {status.data.staff_message && (
              <blockquote>
                <p className="eyebrow">{t("sell.status.staffMessage")}</p>
                {status.data.staff_message}
              </blockquote>
            )}
            {status.data.status === "changes_requested" && lookup && <Resubmit lookup={lookup} />}
          </div>
        ))}
    </section>
  )
}

/**
 * What staff asked may be a better story or clearer photos, so she can change either; what she
 * leaves as it is stays as she first sent it.
 */
function Resubmit({ lookup }: { lookup: { email: string; reference: string } }) {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const [story, setStory] = useState("")
  const [photos, setPhotos] = useState<{ id: string; url: string }[]>([])
  const photoUploads = usePhotoUploads((photo) => setPhotos((all) => [...all, photo]))
  const resubmit = useResubmitApplication(lookup)
  const storyChanged = story.trim().length > 0
  const ready =
    (storyChanged || photos.length > 0) &&
    (!storyChanged || story.trim().length >= MIN_STORY_LENGTH) &&
    !photoUploads.uploads.some((upload) => !upload.error)
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        resubmit.mutate({
          ...(storyChanged ? { story } : {}),
          ...(photos.length ? { photo_ids: photos.map((photo) => photo.id) } : {}),
        })
      }}
    >
      <p>{t("sell.status.resubmitLead")}</p>
      <TextField
        name="story"
        multiline
        label={t("sell.fields.story")}
        value={story}
        onChange={setStory}
        hint={t("sell.status.storyHint")}
      />
      <PhotoPicker
        photos={photos}
        uploads={photoUploads.uploads}
        max={MAX_PHOTOS}
        onPick={photoUploads.upload}
        onRemove={(id) => setPhotos((all) => all.filter((photo) => photo.id !== id))}
        onDismiss={photoUploads.dismiss}
      />
      {photos.length > 0 && <p className="note">{t("sell.status.photosReplace")}</p>}
      {resubmit.isError && (
        <FormError testId="resubmit-error">
          {describeError(resubmit.error, locale, t("sell.status.resubmitFailed"))}
        </FormError>
      )}
      <SubmitButton testId="resubmit" pending={resubmit.isPending || !ready}>
        {t("sell.status.resubmit")}
      </SubmitButton>
    </form>
  )
}
