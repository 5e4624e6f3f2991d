import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate, useSearchParams } from "react-router-dom"
import { PasswordField } from "../components/password-field"
import { useSetProducerPassword } from "../use-sell"
import { FormError, SubmitButton } from "../components/form-feedback"

const MIN_PASSWORD_LENGTH = 8

/** Where the invitation link lands: she chooses her password and enters her shop. */
export function SellSetPassword() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const token = params.get("token") ?? ""
  const email = params.get("email") ?? ""
  const [password, setPassword] = useState("")
  const [confirm, setConfirm] = useState("")
  const [problem, setProblem] = useState<string | null>(null)
  const setPasswordAndLogin = useSetProducerPassword()

  if (!token || !email) {
    return (
      <section className="narrow">
        <h1>{t("sell.setPassword.title")}</h1>
        <FormError>{t("sell.setPassword.invalidLink")}</FormError>
        <p>
          <Link to="/sell/login">{t("sell.login.title")}</Link>
        </p>
      </section>
    )
  }

  return (
    <section className="narrow">
      <h1>{t("sell.setPassword.title")}</h1>
      <p>{t("sell.setPassword.lead")}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          if (password.length < MIN_PASSWORD_LENGTH) {
            return setProblem(t("sell.setPassword.tooShort"))
          }
          if (password !== confirm) {
            return setProblem(t("sell.setPassword.mismatch"))
          }
          setProblem(null)
          setPasswordAndLogin.mutate(
            { token, email, password },
            { onSuccess: () => navigate("/sell/shop", { replace: true }) }
          )
        }}
      >
        <p className="note">{email}</p>
        <PasswordField
          name="password"
          label={t("sell.setPassword.password")}
          value={password}
          onChange={setPassword}
          autoComplete="new-password"
        />
        <PasswordField
          name="confirm"
          label={t("sell.setPassword.confirm")}
          value={confirm}
          onChange={setConfirm}
          autoComplete="new-password"
        />
        {(problem || setPasswordAndLogin.isError) && (
          <FormError testId="set-password-error">
            {problem ?? t("sell.setPassword.invalidLink")}
          </FormError>
        )}
        <SubmitButton testId="set-password-submit" pending={setPasswordAndLogin.isPending}>
          {t("sell.setPassword.submit")}
        </SubmitButton>
      </form>
    </section>
  )
}
