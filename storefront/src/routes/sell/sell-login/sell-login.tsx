import { isUnauthorized } from "@imece/client"
import { describeError } from "@imece/i18n"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, Navigate, useNavigate } from "react-router-dom"
import { LoadingState } from "../../../components/common/page-states"
import { useLocale } from "../../../i18n/use-locale"
import { PasswordField } from "../components/password-field"
import { TextField } from "../components/text-field"
import { useProducerLogin, useProducerShop } from "../use-sell"
import { FormError, SubmitButton } from "../components/form-feedback"

export function SellLogin() {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const navigate = useNavigate()
  const [email, setEmail] = useState("")
  const [password, setPassword] = useState("")
  const login = useProducerLogin()
  // A producer who is logged in already came for her shop, not for the form.
  const shop = useProducerShop()

  if (shop.isPending) {
    return <LoadingState />
  }
  if (shop.isSuccess) {
    return <Navigate to="/sell/shop" replace />
  }
  return (
    <section className="narrow">
      <h1>{t("sell.login.title")}</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          login.mutate({ email, password }, { onSuccess: () => navigate("/sell/shop") })
        }}
      >
        <TextField
          name="email"
          type="email"
          autoComplete="email"
          label={t("sell.login.email")}
          value={email}
          onChange={setEmail}
        />
        <PasswordField
          name="password"
          label={t("sell.login.password")}
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
        />
        {login.isError && (
          <FormError testId="login-error">
            {/* A wrong password, or what else kept her out (too many tries, the server). */}
            {isUnauthorized(login.error)
              ? t("sell.login.failed")
              : describeError(login.error, locale)}
          </FormError>
        )}
        <SubmitButton testId="login-submit" pending={login.isPending}>
          {t("sell.login.submit")}
        </SubmitButton>
      </form>
      <p>
        <Link to="/sell">{t("sell.login.apply")}</Link>
      </p>
    </section>
  )
}
