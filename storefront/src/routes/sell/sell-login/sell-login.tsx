import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { PasswordField } from "../components/password-field"
import { TextField } from "../components/text-field"
import { useProducerLogin } from "../use-sell"
import { FormError, SubmitButton } from "../components/form-feedback"

export function SellLogin() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [email, setEmail] = useState("")
  const [password, setPassword] = useState("")
  const login = useProducerLogin()

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
        {login.isError && <FormError testId="login-error">{t("sell.login.failed")}</FormError>}
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
