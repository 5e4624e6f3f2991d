import { Alert, Button, Input, Label } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { PasswordInput } from "../../../../components/common/password-input"
import type { LoginCredentials } from "../../use-auth"

interface LoginFormProps {
  onSubmit: (credentials: LoginCredentials) => void
  isPending: boolean
  /** Why the last attempt failed, already translated. */
  errorMessage?: string
}

export function LoginForm({ onSubmit, isPending, errorMessage }: LoginFormProps) {
  const { t } = useTranslation(["admin", "common"])
  const [email, setEmail] = useState("")
  const [password, setPassword] = useState("")

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    onSubmit({ email, password })
  }

  return (
    <form onSubmit={handleSubmit} className="flex flex-col gap-y-4">
      <div className="flex flex-col gap-y-2">
        <Label htmlFor="login-email">{t("login.email")}</Label>
        <Input
          id="login-email"
          data-testid="login-email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
      </div>
      <div className="flex flex-col gap-y-2">
        <Label htmlFor="login-password">{t("login.password")}</Label>
        <PasswordInput
          id="login-password"
          data-testid="login-password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </div>
      {errorMessage && (
        <Alert variant="error" role="alert" data-testid="login-error">
          {errorMessage}
        </Alert>
      )}
      <Button type="submit" className="w-full" isLoading={isPending} data-testid="login-submit">
        {t("login.submit")}
      </Button>
    </form>
  )
}
