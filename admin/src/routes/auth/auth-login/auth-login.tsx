import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { LanguageSwitcher } from "../../../components/common/language-switcher"
import { isUnauthorized } from "@imece/client"
import { describeError } from "@imece/i18n"
import { useLocale } from "../../../i18n/use-locale"
import { LoginStepUnsupportedError, useLogin } from "../use-auth"
import { LoginForm } from "./components/login-form"

export function AuthLogin() {
  const { t } = useTranslation(["admin", "common"])
  const navigate = useNavigate()
  const { locale, changeLocale } = useLocale()
  const login = useLogin()
  /** Why she is not in: wrong credentials are hers to fix; too many tries say how long to wait. */
  const loginError = (error: Error) => {
    if (isUnauthorized(error)) {
      return t("login.invalidCredentials")
    }
    if (error instanceof LoginStepUnsupportedError) {
      return t("login.extraStepRequired")
    }
    return describeError(error, locale, t("login.failed"))
  }

  return (
    <div className="bg-ui-bg-subtle flex min-h-dvh items-center justify-center p-4">
      <div className="flex w-full max-w-sm flex-col gap-y-4">
        <div className="flex items-center justify-between">
          <Text weight="plus" size="large">
            {t("common:appName")}
          </Text>
          <LanguageSwitcher locale={locale} onChange={(next) => void changeLocale(next)} />
        </div>
        <Container className="flex flex-col gap-y-6 p-6">
          <div className="flex flex-col gap-y-1">
            <Heading level="h1">{t("login.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("login.hint")}
            </Text>
          </div>
          <LoginForm
            isPending={login.isPending}
            errorMessage={login.error ? loginError(login.error) : undefined}
            onSubmit={(credentials) =>
              login.mutate(credentials, {
                onSuccess: () => navigate("/producers", { replace: true }),
              })
            }
          />
        </Container>
      </div>
    </div>
  )
}
