import { useTranslation } from "react-i18next"
import { TextField } from "../../components/text-field"
import { ToggleField } from "../../components/toggle-field"
import type { ShopProfileSectionProps } from "../shop-profile"

/** How long she usually needs for an order, and whether she takes returns. */
export function ShopPolicies({ values, errors, onChange }: ShopProfileSectionProps) {
  const { t } = useTranslation()
  return (
    <section className="form-section" aria-labelledby="profile-policies">
      <h2 id="profile-policies">{t("sell.profile.policies.title")}</h2>
      {/* Text with a digit keyboard: a number input refuses the Persian digits a phone may type. */}
      <TextField
        name="processing_days"
        label={t("sell.profile.policies.processingDays")}
        hint={t("sell.profile.policies.processingDaysHint")}
        inputMode="numeric"
        maxLength={3}
        value={values.processing_days}
        onChange={(processing_days) => onChange({ processing_days })}
        error={errors.processing_days && t(`sell.profile.errors.${errors.processing_days}`)}
      />
      <ToggleField
        name="accepts_returns"
        label={t("sell.profile.policies.acceptsReturns")}
        checked={values.accepts_returns}
        onChange={(accepts_returns) => onChange({ accepts_returns })}
      />
    </section>
  )
}
