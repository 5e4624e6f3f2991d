import { describeError, formatNumber } from "@imece/i18n"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { useLocale } from "../../../i18n/use-locale"
import { usePhotoUploads, useSubmitApplication } from "../use-sell"
import {
  MAX_PHOTOS,
  STEPS,
  toApplicationBody,
  validateStep,
  type ApplicationDraft,
  type FieldError,
} from "./application-draft"
import { PhotoPicker } from "../components/photo-picker"
import { TextField } from "../components/text-field"
import { useApplicationDraft } from "./use-draft"
import { FormError } from "../components/form-feedback"

type Errors = Partial<Record<keyof ApplicationDraft, FieldError>>

const LEFT_TO_RIGHT: ReadonlySet<keyof ApplicationDraft> = new Set(["phone", "email"])

export function SellApply() {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const { draft, update, addPhoto, removePhoto, clear } = useApplicationDraft()
  const [stepIndex, setStepIndex] = useState(0)
  const [errors, setErrors] = useState<Errors>({})
  const submit = useSubmitApplication()
  const photoUploads = usePhotoUploads(addPhoto)
  const step = STEPS[stepIndex]
  const last = stepIndex === STEPS.length - 1

  if (submit.isSuccess) {
    const { reference } = submit.data.application
    const statusLink = `/sell/status?email=${encodeURIComponent(draft.email)}&reference=${reference}`
    return (
      <section className="narrow">
        <h1>{t("sell.doneTitle")}</h1>
        <p>{t("sell.doneText")}</p>
        <p className="reference">
          {t("sell.reference")}: <strong data-testid="application-reference">{reference}</strong>
        </p>
        <Link className="button" to={statusLink} onClick={clear}>
          {t("sell.checkStatus")}
        </Link>
      </section>
    )
  }

  const field = (
    name: keyof Omit<ApplicationDraft, "consent" | "photos">,
    extra: Partial<Parameters<typeof TextField>[0]> = {}
  ) => (
    <TextField
      name={name}
      label={t(`sell.fields.${name}`)}
      value={draft[name]}
      onChange={(value) => update({ [name]: value })}
      error={errors[name] ? t(`sell.${errors[name]}`) : undefined}
      {...extra}
    />
  )

  const goNext = () => {
    const found = validateStep(step, draft)
    setErrors(found)
    if (Object.keys(found).length) {
      return
    }
    if (last) {
      submit.mutate(toApplicationBody(draft, locale))
    } else {
      setStepIndex(stepIndex + 1)
    }
  }

  return (
    <section className="narrow">
      <h1>{t("sell.title")}</h1>
      {stepIndex === 0 && <p>{t("sell.lead")}</p>}
      <p className="eyebrow">
        {t("sell.step", { current: stepIndex + 1, total: STEPS.length })} ·{" "}
        {t(`sell.steps.${step.id}`)}
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          goNext()
        }}
      >
        {step.id === "you" && (
          <>
            {field("full_name", { autoComplete: "name" })}
            {field("phone", { type: "tel", autoComplete: "tel" })}
            {field("email", { type: "email", autoComplete: "email" })}
          </>
        )}
        {step.id === "place" && (
          <>
            {field("city", { autoComplete: "address-level2" })}
            {field("district", { autoComplete: "address-level3" })}
          </>
        )}
        {step.id === "craft" && (
          <>
            {field("craft")}
            {field("story", { multiline: true, hint: t("sell.fields.storyHint") })}
            {field("course")}
          </>
        )}
        {step.id === "photos" && (
          <PhotoPicker
            photos={draft.photos}
            uploads={photoUploads.uploads}
            max={MAX_PHOTOS}
            onPick={photoUploads.upload}
            onRemove={removePhoto}
            onDismiss={photoUploads.dismiss}
          />
        )}
        {step.id === "confirm" && (
          <>
            <h2>{t("sell.review")}</h2>
            <dl className="review">
              {(
                [
                  "full_name",
                  "phone",
                  "email",
                  "city",
                  "district",
                  "craft",
                  "story",
                  "course",
                ] as const
              )
                .filter((name) => draft[name].trim())
                .map((name) => (
                  <div key={name}>
                    <dt>{t(`sell.fields.${name}`)}</dt>
                    <dd>
                      {/* Her words keep their own direction inside a Persian page; a phone
                          number or an e-mail address always reads left to right. */}
                      <bdi dir={LEFT_TO_RIGHT.has(name) ? "ltr" : "auto"}>{draft[name]}</bdi>
                    </dd>
                  </div>
                ))}
            </dl>
            {draft.photos.length > 0 ? (
              <>
                <h3>{t("sell.yourPhotos")}</h3>
                <ul className="photo-grid" role="list" data-testid="review-photos">
                  {draft.photos.map((photo, index) => (
                    <li key={photo.id}>
                      <img
                        src={photo.url}
                        alt={t("sell.photos.photo", { number: formatNumber(index + 1, locale) })}
                        width={96}
                        height={96}
                      />
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="note">{t("sell.photosLater")}</p>
            )}
            <p>
              {t("sell.termsBefore")}{" "}
              {/* A new tab keeps this step, and the draft is on her device whatever happens. */}
              <Link to="/sell/terms" target="_blank" rel="noopener" data-testid="terms-link">
                {t("sell.termsLink")}
              </Link>{" "}
              <small className="note">{t("sell.newTab")}</small>
            </p>
            <label className="check">
              <input
                type="checkbox"
                data-testid="field-consent"
                checked={draft.consent}
                onChange={(event) => update({ consent: event.target.checked })}
              />
              {t("sell.fields.consent")}
            </label>
            {errors.consent && <FormError>{t(`sell.${errors.consent}`)}</FormError>}
          </>
        )}
        {submit.isError && (
          <FormError testId="application-error">{describeError(submit.error, locale)}</FormError>
        )}
        <div className="form-actions">
          {stepIndex > 0 && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setStepIndex(stepIndex - 1)}
            >
              {t("sell.back")}
            </button>
          )}
          <button
            type="submit"
            className="button"
            data-testid={last ? "sell-submit" : "sell-next"}
            disabled={submit.isPending}
          >
            {submit.isPending ? t("sell.sending") : last ? t("sell.submit") : t("sell.next")}
          </button>
        </div>
        <p className="note">{t("sell.draftKept")}</p>
      </form>
      <p>
        <Link to="/sell/status">{t("sell.checkStatus")}</Link> ·{" "}
        <Link to="/sell/login">{t("sell.login.title")}</Link>
      </p>
    </section>
  )
}
