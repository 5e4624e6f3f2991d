import { isUnauthorized } from "@imece/client"
import { describeError } from "@imece/i18n"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, Navigate, useNavigate, useSearchParams } from "react-router-dom"
import { useLocale } from "../../../i18n/use-locale"
import { FormError, SubmitButton } from "../../sell/components/form-feedback"
import { PasswordField } from "../../sell/components/password-field"
import { TextField } from "../../sell/components/text-field"
import { PasswordNote } from "../components/password-note"
import { checkLogin, type CredentialProblems } from "../credentials"
import { nextPath, withNext } from "../next-path"
import { useCustomer, useLogin, type LoginBody } from "../use-account"

/**
 * She logs in, and comes back to the page that asked (`?next=/checkout`) with her cart. Already
 * logged in, she goes there at once rather than meeting the form again.
 */
export function AccountLogin() {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const next = nextPath(params.get("next"))
  const customer = useCustomer()
  const login = useLogin()
  const [values, setValues] = useState<LoginBody>({ email: "", password: "" })
  const [problems, setProblems] = useState<CredentialProblems<LoginBody>>({})
  const problem = (field: keyof LoginBody) =>
    problems[field] ? t(`account.problems.${problems[field]}`) : undefined

  if (customer.data) {
    return <Navigate to={next} replace />
  }
  return (
    <section className="narrow account-auth">
      <h1>{t("account.login.title")}</h1>
      <p className="card-meta">{t("account.login.lead")}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          const body = { email: values.email.trim(), password: values.password }
          const found = checkLogin(body)
          setProblems(found)
          if (Object.keys(found).length === 0) {
            login.mutate(body, { onSuccess: () => navigate(next, { replace: true }) })
          }
        }}
      >
        <TextField
          name="email"
          type="email"
          inputMode="email"
          autoComplete="email"
          label={t("account.login.email")}
          value={values.email}
          onChange={(email) => setValues((current) => ({ ...current, email }))}
          error={problem("email")}
        />
        <PasswordField
          name="password"
          label={t("account.login.password")}
          autoComplete="current-password"
          value={values.password}
          onChange={(password) => setValues((current) => ({ ...current, password }))}
        />
        <PasswordNote problem={problem("password")} />
        {login.isError && (
          <FormError testId="login-error">
            {isUnauthorized(login.error)
              ? t("account.login.wrong")
              : describeError(login.error, locale, t("account.login.failed"))}
          </FormError>
        )}
        <SubmitButton
          testId="login-submit"
          pending={login.isPending}
          pendingLabel={t("account.login.pending")}
        >
          {t("account.login.submit")}
        </SubmitButton>
      </form>
      <p className="account-switch">
        {t("account.login.noAccount")}{" "}
        <Link to={withNext("/account/register", next)} data-testid="register-link">
          {t("account.login.register")}
        </Link>
      </p>
      <p className="note">{t("account.login.guest")}</p>
      <p className="account-switch">
        {t("account.lookup.guest")}{" "}
        <Link to="/orders/find" data-testid="order-lookup-link">
          {t("account.lookup.find")}
        </Link>
      </p>
    </section>
  )
}
