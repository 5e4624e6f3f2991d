import { useTranslation } from "react-i18next"
import { Avatar } from "../../../../components/producer/avatar"
import { TextField } from "../../components/text-field"
import { ToggleField } from "../../components/toggle-field"
import {
  FULL_NAME_LENGTH,
  PLACE_LENGTH,
  type ShopProfileErrors,
  type ShopProfileSectionProps,
} from "../shop-profile"
import { FormError } from "../../components/form-feedback"

interface AboutYouProps extends ShopProfileSectionProps {
  /** The name shoppers see, for her photo's description. */
  name: string
  photo: {
    url: string | null
    onRemove: () => void
    removing: boolean
    removed: boolean
    error: string | null
  }
}

/** Her name and place, how much of them shoppers see, and her photo. */
export function AboutYou({ values, errors, onChange, name, photo }: AboutYouProps) {
  const { t } = useTranslation()
  const error = (key: keyof ShopProfileErrors) =>
    errors[key] && t(`sell.profile.errors.${errors[key]}`)
  return (
    <section className="form-section" aria-labelledby="profile-about">
      <h2 id="profile-about">{t("sell.profile.about.title")}</h2>
      <TextField
        name="full_name"
        label={t("sell.profile.about.fullName")}
        autoComplete="name"
        maxLength={FULL_NAME_LENGTH.max}
        value={values.full_name}
        onChange={(full_name) => onChange({ full_name })}
        error={error("full_name")}
      />
      <ToggleField
        name="show_full_name"
        label={t("sell.profile.about.showFullName")}
        hint={t("sell.profile.about.showFullNameHint")}
        checked={values.show_full_name}
        onChange={(show_full_name) => onChange({ show_full_name })}
      />
      <TextField
        name="city"
        label={t("sell.profile.about.city")}
        autoComplete="address-level1"
        maxLength={PLACE_LENGTH.max}
        value={values.city}
        onChange={(city) => onChange({ city })}
        error={error("city")}
      />
      <TextField
        name="district"
        label={t("sell.profile.about.district")}
        autoComplete="address-level2"
        maxLength={PLACE_LENGTH.max}
        value={values.district}
        onChange={(district) => onChange({ district })}
        error={error("district")}
      />
      <ToggleField
        name="show_district"
        label={t("sell.profile.about.showDistrict")}
        hint={t("sell.profile.about.showDistrictHint")}
        checked={values.show_district}
        onChange={(show_district) => onChange({ show_district })}
      />
      <h3>{t("sell.profile.photo.title")}</h3>
      <div className="profile-photo">
        <Avatar name={name} url={photo.url} size="large" />
        <div>
          {photo.url ? (
            <>
              <p className="field-hint">{t("sell.profile.photo.fine")}</p>
              <button
                type="button"
                className="button button-secondary"
                data-testid="remove-photo"
                disabled={photo.removing}
                onClick={photo.onRemove}
              >
                {t("sell.profile.photo.remove")}
              </button>
            </>
          ) : (
            <p className="field-hint">{t("sell.profile.photo.none")}</p>
          )}
          {photo.error !== null && <FormError>{photo.error}</FormError>}
          {photo.removed && (
            <p className="success" role="status">
              {t("sell.profile.photo.removed")}
            </p>
          )}
        </div>
      </div>
    </section>
  )
}
