import { formatIban, IBAN_TYPED_MAX_LENGTH } from "@imece/types"
import { useTranslation } from "react-i18next"
import { TextField } from "../../components/text-field"
import {
  IBAN_HOLDER_LENGTH,
  type ShopProfileErrors,
  type ShopProfileSectionProps,
} from "../shop-profile"

/**
 * Where her earnings are paid: her IBAN, shown in groups of four as she types, and the account
 * holder's name. Both read left to right, whatever the page's language.
 */
export function PayoutAccount({ values, errors, onChange }: ShopProfileSectionProps) {
  const { t } = useTranslation()
  const error = (key: keyof ShopProfileErrors) =>
    errors[key] && t(`sell.profile.errors.${errors[key]}`)
  return (
    <section className="form-section" aria-labelledby="profile-payout">
      <h2 id="profile-payout">{t("sell.profile.payout.title")}</h2>
      <p>{t("sell.profile.payout.lead")}</p>
      <TextField
        name="iban"
        label={t("sell.profile.payout.iban")}
        hint={t("sell.profile.payout.ibanHint")}
        autoComplete="off"
        dir="ltr"
        maxLength={IBAN_TYPED_MAX_LENGTH}
        value={values.iban}
        onChange={(iban) => onChange({ iban: formatIban(iban) })}
        error={error("iban")}
      />
      <TextField
        name="iban_holder"
        label={t("sell.profile.payout.holder")}
        hint={t("sell.profile.payout.holderHint")}
        autoComplete="name"
        maxLength={IBAN_HOLDER_LENGTH.max}
        value={values.iban_holder}
        onChange={(iban_holder) => onChange({ iban_holder })}
        error={error("iban_holder")}
      />
    </section>
  )
}
