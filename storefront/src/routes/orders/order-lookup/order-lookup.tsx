import { isNotFound } from "@imece/client"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { isEmail } from "../../account/credentials"
import { FormError, SubmitButton } from "../../sell/components/form-feedback"
import { TextField } from "../../sell/components/text-field"
import { readOrderNumber } from "../order-number"
import { orderPath } from "../order-path"
import { useOrderLookup } from "../use-orders"

interface LookupValues {
  email: string
  display_id: string
}

type LookupProblem = "required" | "invalidEmail" | "invalidNumber"

/** What keeps her search from being sent; empty when nothing does. */
function checkLookup(values: LookupValues): Partial<Record<keyof LookupValues, LookupProblem>> {
  const problems: Partial<Record<keyof LookupValues, LookupProblem>> = {}
  if (!values.email.trim()) {
    problems.email = "required"
  } else if (!isEmail(values.email)) {
    problems.email = "invalidEmail"
  }
  if (!values.display_id.trim()) {
    problems.display_id = "required"
  } else if (readOrderNumber(values.display_id) === null) {
    problems.display_id = "invalidNumber"
  }
  return problems
}

/**
 * A guest who ordered without an account finds her order again with the e-mail she checked
 * out with and the number on her receipt, and lands on its page.
 */
export function OrderLookup() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const lookup = useOrderLookup()
  const [values, setValues] = useState<LookupValues>({ email: "", display_id: "" })
  const [problems, setProblems] = useState<ReturnType<typeof checkLookup>>({})
  const problem = (field: keyof LookupValues) => {
    const found = problems[field]
    if (!found) {
      return undefined
    }
    return found === "invalidNumber"
      ? t("account.lookup.invalidNumber")
      : t(`account.problems.${found}`)
  }

  return (
    <section className="narrow account-auth">
      <h1>{t("account.lookup.title")}</h1>
      <p className="card-meta">{t("account.lookup.lead")}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          const found = checkLookup(values)
          setProblems(found)
          const displayId = readOrderNumber(values.display_id)
          if (Object.keys(found).length === 0 && displayId !== null) {
            lookup.mutate(
              { email: values.email.trim(), display_id: displayId },
              { onSuccess: (order) => navigate(orderPath(order.id, order.key)) }
            )
          }
        }}
      >
        <TextField
          name="email"
          type="email"
          inputMode="email"
          autoComplete="email"
          label={t("account.lookup.email")}
          value={values.email}
          onChange={(email) => setValues((current) => ({ ...current, email }))}
          error={problem("email")}
        />
        <TextField
          name="display_id"
          inputMode="numeric"
          autoComplete="off"
          label={t("account.lookup.number")}
          hint={t("account.lookup.numberHint")}
          value={values.display_id}
          onChange={(display_id) => setValues((current) => ({ ...current, display_id }))}
          error={problem("display_id")}
        />
        {lookup.isError && (
          <FormError testId="order-lookup-error">
            {isNotFound(lookup.error) ? t("account.lookup.notFound") : t("account.lookup.failed")}
          </FormError>
        )}
        <SubmitButton
          testId="order-lookup-submit"
          pending={lookup.isPending}
          pendingLabel={t("account.lookup.pending")}
        >
          {t("account.lookup.submit")}
        </SubmitButton>
      </form>
      <p className="account-switch">
        {t("account.lookup.haveAccount")}{" "}
        <Link to="/account/login" data-testid="login-link">
          {t("account.lookup.login")}
        </Link>
      </p>
    </section>
  )
}
