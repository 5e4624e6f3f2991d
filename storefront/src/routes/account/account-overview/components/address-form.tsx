import type { HttpTypes } from "@medusajs/types"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { FormError, SubmitButton } from "../../../sell/components/form-feedback"
import { TextField } from "../../../sell/components/text-field"
import {
  addressBody,
  checkAddressDraft,
  emptyAddress,
  type AddressDraft,
  type AddressProblems,
} from "../../address-draft"

interface AddressFormProps {
  /** The region's countries, named in her language. */
  countries: { code: string; name: string }[]
  saving: boolean
  failed: boolean
  onSave: (address: HttpTypes.StoreCreateCustomerAddress) => void
  onCancel: () => void
}

/** A new address: who receives the parcel, where, and a phone for the courier. */
export function AddressForm({ countries, saving, failed, onSave, onCancel }: AddressFormProps) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<AddressDraft>(() => emptyAddress(countries[0]?.code))
  const [problems, setProblems] = useState<AddressProblems>({})
  // The region may load after the form opens: its first country is the one shown then.
  const countryCode = draft.country_code || (countries[0]?.code ?? "")
  const field = (name: Exclude<keyof AddressDraft, "country_code">) => ({
    name,
    value: draft[name],
    onChange: (value: string) => setDraft((current) => ({ ...current, [name]: value })),
    error: problems[name] ? t(`account.problems.${problems[name]}`) : undefined,
  })

  return (
    <form
      className="account-address-form"
      aria-labelledby="address-form-title"
      data-testid="address-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        const complete = { ...draft, country_code: countryCode }
        const found = checkAddressDraft(complete)
        setProblems(found)
        if (Object.keys(found).length === 0) {
          onSave(addressBody(complete))
        }
      }}
    >
      <h3 id="address-form-title">{t("account.addresses.formTitle")}</h3>
      <TextField
        {...field("first_name")}
        label={t("account.addresses.firstName")}
        autoComplete="given-name"
      />
      <TextField
        {...field("last_name")}
        label={t("account.addresses.lastName")}
        autoComplete="family-name"
      />
      <TextField
        {...field("address_1")}
        label={t("account.addresses.address")}
        autoComplete="street-address"
      />
      <TextField
        {...field("city")}
        label={t("account.addresses.city")}
        autoComplete="address-level2"
      />
      <TextField
        {...field("postal_code")}
        label={t("account.addresses.postalCode")}
        autoComplete="postal-code"
        inputMode="numeric"
      />
      <div className="field">
        <label htmlFor="country_code">{t("account.addresses.country")}</label>
        <select
          id="country_code"
          data-testid="field-country_code"
          autoComplete="country"
          value={countryCode}
          aria-invalid={Boolean(problems.country_code)}
          aria-describedby={problems.country_code ? "country_code-error" : undefined}
          onChange={(event) =>
            setDraft((current) => ({ ...current, country_code: event.target.value }))
          }
        >
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
        {problems.country_code && (
          <p id="country_code-error" className="field-error" role="alert">
            {t(`account.problems.${problems.country_code}`)}
          </p>
        )}
      </div>
      <TextField
        {...field("phone")}
        type="tel"
        autoComplete="tel"
        label={t("account.addresses.phone")}
        hint={t("account.addresses.phoneHint")}
      />
      {failed && <FormError testId="address-error">{t("account.addresses.saveFailed")}</FormError>}
      <div className="form-actions">
        <SubmitButton
          testId="save-address"
          pending={saving}
          pendingLabel={t("account.addresses.saving")}
        >
          {t("account.addresses.save")}
        </SubmitButton>
        <button
          type="button"
          className="button button-secondary"
          data-testid="cancel-address"
          onClick={onCancel}
        >
          {t("account.addresses.cancel")}
        </button>
      </div>
    </form>
  )
}
