import { errorCodeOf } from "@imece/client"
import { describeError, formatNumber } from "@imece/i18n"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, Navigate, useNavigate, useSearchParams } from "react-router-dom"
import { useLocale } from "../../../i18n/use-locale"
import { FormError, SubmitButton } from "../../sell/components/form-feedback"
import { PasswordField } from "../../sell/components/password-field"
import { TextField } from "../../sell/components/text-field"
import { PasswordNote } from "../components/password-note"
import { checkRegistration, type CredentialProblems } from "../credentials"
import { nextPath, withNext } from "../next-path"
import { MIN_PASSWORD_LENGTH, useCustomer, useRegister, type RegisterBody } from "../use-account"

/**
 * She opens an account (never needed to shop), and comes back to the page that asked. Already
 * logged in, she goes there at once.
 */
export function AccountRegister() {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const next = nextPath(params.get("next"))
  const customer = useCustomer()
  const register = useRegister()
  const [values, setValues] = useState<RegisterBody>({
    first_name: "",
    last_name: "",
    email: "",
    password: "",
  })
  const [problems, setProblems] = useState<CredentialProblems<RegisterBody>>({})
  const min = formatNumber(MIN_PASSWORD_LENGTH, locale)
  const problem = (field: keyof RegisterBody) =>
    problems[field] ? t(`account.problems.${problems[field]}`, { min }) : undefined
  const field = (name: Exclude<keyof RegisterBody, "password">) => ({
    name,
    value: values[name],
    onChange: (value: string) => setValues((current) => ({ ...current, [name]: value })),
    error: problem(name),
  })

  if (customer.data) {
    return <Navigate to={next} replace />
  }
  return (
    <section className="narrow account-auth">
      <h1>{t("account.register.title")}</h1>
      <p className="card-meta">{t("account.register.lead")}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          const body = {
            first_name: values.first_name.trim(),
            last_name: values.last_name.trim(),
            email: values.email.trim(),
            password: values.password,
          }
          const found = checkRegistration(body)
          setProblems(found)
          if (Object.keys(found).length === 0) {
            register.mutate(body, { onSuccess: () => navigate(next, { replace: true }) })
          }
        }}
      >
        <TextField
          {...field("first_name")}
          label={t("account.register.firstName")}
          autoComplete="given-name"
        />
        <TextField
          {...field("last_name")}
          label={t("account.register.lastName")}
          autoComplete="family-name"
        />
        <TextField
          {...field("email")}
          type="email"
          inputMode="email"
          autoComplete="email"
          label={t("account.register.email")}
        />
        <PasswordField
          name="password"
          label={t("account.register.password")}
          autoComplete="new-password"
          value={values.password}
          onChange={(password) => setValues((current) => ({ ...current, password }))}
        />
        <PasswordNote
          hint={t("account.register.passwordHint", { min })}
          problem={problem("password")}
        />
        {register.isError && (
          <FormError testId="register-error">
            {describeError(register.error, locale, t("account.register.failed"))}
            {/* The same answer whether or not the e-mail has an account: the way on is hers. */}
            {errorCodeOf(register.error) === "registration_refused" && (
              <>
                {" "}
                <Link to={withNext("/account/login", next)}>
                  {t("account.register.loginInstead")}
                </Link>
              </>
            )}
          </FormError>
        )}
        <SubmitButton
          testId="register-submit"
          pending={register.isPending}
          pendingLabel={t("account.register.pending")}
        >
          {t("account.register.submit")}
        </SubmitButton>
      </form>
      <p className="account-switch">
        {t("account.register.haveAccount")}{" "}
        <Link to={withNext("/account/login", next)} data-testid="login-link">
          {t("account.register.login")}
        </Link>
      </p>
    </section>
  )
}
