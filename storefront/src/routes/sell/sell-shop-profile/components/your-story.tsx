import { directionOf, LOCALES } from "@imece/i18n"
import { useTranslation } from "react-i18next"
import { TextField } from "../../components/text-field"
import { STORY_MAX_LENGTH, storyField, type ShopProfileSectionProps } from "../shop-profile"

/** Her story in each language she wants to write it in; each written in its own direction. */
export function YourStory({ values, onChange }: Omit<ShopProfileSectionProps, "errors">) {
  const { t } = useTranslation()
  return (
    <section className="form-section" aria-labelledby="profile-story">
      <h2 id="profile-story">{t("sell.profile.story.title")}</h2>
      <p className="field-hint">{t("sell.profile.story.lead")}</p>
      {LOCALES.map((locale) => (
        <TextField
          key={locale}
          name={storyField(locale)}
          label={t(`sell.profile.story.${locale}`)}
          multiline
          lang={locale}
          dir={directionOf(locale)}
          maxLength={STORY_MAX_LENGTH}
          value={values[storyField(locale)]}
          onChange={(text) => onChange({ [storyField(locale)]: text })}
        />
      ))}
    </section>
  )
}
