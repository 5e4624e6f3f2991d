import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { FormError, SubmitButton } from "../../../sell/components/form-feedback"
import { TextField } from "../../../sell/components/text-field"
import { checkAddress, type AddressErrors, type CheckoutAddress } from "../../checkout-address"

interface AddressStepProps {
  initial: CheckoutAddress
  countries: { code: string; name: string }[]
  /** Whether to offer logging in (she is a guest). */
  isGuest: boolean
  saving: boolean
  failed: boolean
  onSubmit: (address: CheckoutAddress) => void
}

/** Who she is and where the parcels go; a guest needs no account. */
export function AddressStep({
  initial,
  countries,
  isGuest,
  saving,
  failed,
  onSubmit,
}: AddressStepProps) {
  const { t } = useTranslation()
  const [address, setAddress] = useState(initial)
  const [errors, setErrors] = useState<AddressErrors>({})
  const field = (name: keyof CheckoutAddress) => ({
    name,
    value: address[name],
    onChange: (value: string) => setAddress((current) => ({ ...current, [name]: value })),
    error: errors[name] ? t(`shop.checkout.${errors[name]}`) : undefined,
  })

  return (
    <form
      className="checkout-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        const found = checkAddress(address)
        setErrors(found)
        if (Object.keys(found).length === 0) {
          onSubmit(address)
        }
      }}
    >
      {isGuest && (
        <p className="note">
          {t("shop.checkout.guestHint")}{" "}
          <Link to="/account/login?next=/checkout">{t("shop.checkout.haveAccount")}</Link>
        </p>
      )}
      <TextField
        {...field("email")}
        label={t("shop.checkout.email")}
        type="email"
        autoComplete="email"
        inputMode="email"
      />
      <TextField
        {...field("first_name")}
        label={t("shop.checkout.firstName")}
        autoComplete="given-name"
      />
      <TextField
        {...field("last_name")}
        label={t("shop.checkout.lastName")}
        autoComplete="family-name"
      />
      <TextField
        {...field("phone")}
        label={t("shop.checkout.phone")}
        type="tel"
        autoComplete="tel"
      />
      <TextField
        {...field("address_1")}
        label={t("shop.checkout.address")}
        autoComplete="street-address"
      />
      <TextField {...field("city")} label={t("shop.checkout.city")} autoComplete="address-level2" />
      <TextField
        {...field("postal_code")}
        label={t("shop.checkout.postalCode")}
        autoComplete="postal-code"
        inputMode="numeric"
      />
      {countries.length > 1 && (
        <div className="field">
          <label htmlFor="country_code">{t("shop.checkout.country")}</label>
          <select
            id="country_code"
            data-testid="field-country_code"
            value={address.country_code}
            onChange={(event) =>
              setAddress((current) => ({ ...current, country_code: event.target.value }))
            }
          >
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {failed && <FormError testId="address-error">{t("shop.checkout.failed")}</FormError>}
      <SubmitButton testId="address-continue" pending={saving}>
        {t("shop.checkout.continue")}
      </SubmitButton>
    </form>
  )
}
