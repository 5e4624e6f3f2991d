import { isUnauthorized } from "@imece/client"
import { describeError } from "@imece/i18n"
import type { ProducerShop } from "@imece/types"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, Navigate } from "react-router-dom"
import { ErrorState, LoadingState } from "../../../components/common/page-states"
import { useLocale } from "../../../i18n/use-locale"
import { useProducerShop, useUpdateProducerShop } from "../use-sell"
import { AboutYou } from "./components/about-you"
import { PayoutAccount } from "./components/payout-account"
import { ShopPolicies } from "./components/shop-policies"
import { Vacation } from "./components/vacation"
import { YourStory } from "./components/your-story"
import {
  changedFields,
  fromShop,
  validate,
  type ShopProfileErrors,
  type ShopProfileValues,
} from "./shop-profile"
import { FormError, SubmitButton } from "../components/form-feedback"

/** Her shop's details: what shoppers see of her, her story, her policies and her vacation. */
export function SellShopProfile() {
  const { t } = useTranslation()
  const shop = useProducerShop()

  if (shop.isPending) {
    return <LoadingState />
  }
  if (shop.isError) {
    return isUnauthorized(shop.error) ? (
      <Navigate to="/sell/login" replace />
    ) : (
      <ErrorState onRetry={() => void shop.refetch()} />
    )
  }
  const suspended = shop.data.status === "suspended"
  return (
    <section className="narrow" data-testid="shop-profile">
      <p>
        <Link to="/sell/shop">{t("sell.profile.back")}</Link>
      </p>
      <h1>{t("sell.profile.title")}</h1>
      {suspended ? (
        <div className="banner banner-warning" role="alert" data-testid="shop-suspended">
          <p>
            <strong>{t("sell.profile.suspendedTitle")}</strong>
          </p>
          <p>{t("sell.profile.suspended")}</p>
        </div>
      ) : (
        <p>{t("sell.profile.lead")}</p>
      )}
      <ShopProfileForm shop={shop.data} readOnly={suspended} />
    </section>
  )
}

/**
 * Only the fields she edits are kept here; every other field shows her shop as saved, so after a
 * save (which reads her shop again) the form shows what the server now holds.
 */
function ShopProfileForm({ shop, readOnly }: { shop: ProducerShop; readOnly: boolean }) {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const save = useUpdateProducerShop()
  const removePhoto = useUpdateProducerShop()
  const [edits, setEdits] = useState<Partial<ShopProfileValues>>({})
  const [errors, setErrors] = useState<ShopProfileErrors>({})
  const [lastSave, setLastSave] = useState<"changes" | "endVacation">("changes")
  const [nothingChanged, setNothingChanged] = useState(false)
  const values: ShopProfileValues = { ...fromShop(shop), ...edits }

  const change = (changes: Partial<ShopProfileValues>) => {
    setEdits((current) => ({ ...current, ...changes }))
    setErrors((current) => {
      const rest = { ...current }
      for (const key of Object.keys(changes) as (keyof ShopProfileValues)[]) {
        delete rest[key]
      }
      return rest
    })
    setNothingChanged(false)
    if (!save.isPending && !save.isIdle) {
      save.reset()
    }
  }

  const submit = () => {
    if (readOnly) {
      return
    }
    const body = changedFields(values, shop)
    if (Object.keys(body).length === 0) {
      setNothingChanged(true)
      return
    }
    const found = validate(values, body)
    setErrors(found)
    if (Object.keys(found).length > 0) {
      return
    }
    setLastSave("changes")
    save.mutate(body, { onSuccess: () => setEdits({}) })
  }

  const endVacation = () => {
    if (readOnly) {
      return
    }
    setLastSave("endVacation")
    setNothingChanged(false)
    save.mutate(
      { vacation_from: null, vacation_until: null },
      {
        onSuccess: () =>
          setEdits(({ vacation_from: _from, vacation_until: _until, ...rest }) => rest),
      }
    )
  }

  const sections = { values, errors, onChange: change }
  return (
    <form
      noValidate
      aria-busy={save.isPending}
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      <fieldset className="form-fieldset" disabled={readOnly}>
        <AboutYou
          {...sections}
          name={shop.name}
          photo={{
            url: shop.avatar_url,
            onRemove: () => !readOnly && removePhoto.mutate({ avatar_url: null }),
            removing: removePhoto.isPending,
            removed: removePhoto.isSuccess,
            error: removePhoto.isError
              ? describeError(removePhoto.error, locale, t("sell.profile.failed"))
              : null,
          }}
        />
        <YourStory values={values} onChange={change} />
        <ShopPolicies {...sections} />
        <Vacation
          {...sections}
          saved={{ from: shop.vacation_from, until: shop.vacation_until }}
          onEnd={endVacation}
          ending={save.isPending}
        />
        <PayoutAccount {...sections} />
        <div className="form-feedback">
          {save.isError && (
            <FormError testId="profile-error">
              {describeError(save.error, locale, t("sell.profile.failed"))}
            </FormError>
          )}
          {save.isSuccess && (
            <p className="success" role="status" data-testid="profile-saved">
              {lastSave === "endVacation"
                ? t("sell.profile.vacation.ended")
                : t("sell.profile.saved")}
            </p>
          )}
          {nothingChanged && (
            <p className="note" role="status">
              {t("sell.profile.nothingChanged")}
            </p>
          )}
        </div>
        <div className="form-actions">
          <SubmitButton
            testId="profile-save"
            pending={save.isPending}
            pendingLabel={t("sell.profile.saving")}
          >
            {t("sell.profile.save")}
          </SubmitButton>
        </div>
      </fieldset>
    </form>
  )
}
