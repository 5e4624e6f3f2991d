import type { Locale } from "@imece/i18n"
import type { HttpTypes } from "@medusajs/types"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { FormError } from "../../../sell/components/form-feedback"
import { addressLine } from "../../address-draft"
import { AddressForm } from "./address-form"

interface AddressBookProps {
  addresses: HttpTypes.StoreCustomerAddress[]
  countries: { code: string; name: string }[]
  locale: Locale
  /** Saving a new address: under way, failed, and a way to clear a failure when she starts over. */
  adding: { pending: boolean; failed: boolean; reset: () => void }
  /** Saves the address and calls `done` once it is in her list. */
  onAdd: (address: HttpTypes.StoreCreateCustomerAddress, done: () => void) => void
  /** The address being removed, while it is. */
  removingId: string | null
  removeFailed: boolean
  onRemove: (id: string) => void
}

/** Her saved addresses; checkout starts from the first one. */
export function AddressBook({
  addresses,
  countries,
  locale,
  adding,
  onAdd,
  removingId,
  removeFailed,
  onRemove,
}: AddressBookProps) {
  const { t } = useTranslation()
  const [formOpen, setFormOpen] = useState(false)

  return (
    <>
      {addresses.length === 0 ? (
        <p className="state" data-testid="addresses-empty">
          {t("account.addresses.empty")}
        </p>
      ) : (
        <ul className="account-list" data-testid="address-list">
          {addresses.map((address) => {
            const line = addressLine(address, locale)
            return (
              <li key={address.id} className="account-address" data-testid="address-card">
                <div className="account-address-text">
                  <strong>
                    {[address.first_name, address.last_name].filter(Boolean).join(" ")}
                  </strong>
                  <span>{line}</span>
                  {address.phone && (
                    <span className="card-meta">
                      <bdi dir="ltr">{address.phone}</bdi>
                    </span>
                  )}
                </div>
                <button
                  type="button"
                  className="link-button"
                  data-testid="remove-address"
                  aria-label={t("account.addresses.removeLabel", { address: line })}
                  disabled={removingId === address.id}
                  onClick={() => onRemove(address.id)}
                >
                  {t("account.addresses.remove")}
                </button>
              </li>
            )
          })}
        </ul>
      )}
      {removeFailed && (
        <FormError testId="remove-address-error">{t("account.addresses.removeFailed")}</FormError>
      )}
      {formOpen ? (
        <AddressForm
          countries={countries}
          saving={adding.pending}
          failed={adding.failed}
          onSave={(address) => onAdd(address, () => setFormOpen(false))}
          onCancel={() => setFormOpen(false)}
        />
      ) : (
        <button
          type="button"
          className="button button-secondary"
          data-testid="add-address"
          onClick={() => {
            adding.reset()
            setFormOpen(true)
          }}
        >
          {t("account.addresses.add")}
        </button>
      )}
    </>
  )
}
