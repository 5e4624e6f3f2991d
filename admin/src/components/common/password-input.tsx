import { Eye, EyeSlash } from "@medusajs/icons"
import { clx } from "@medusajs/ui"
import { useState, type InputHTMLAttributes } from "react"
import { useTranslation } from "react-i18next"

/**
 * A password field with a button to show what she typed, named in her language: Medusa UI's own
 * password Input names that button "Show password" in English on every page. Styled as its Input.
 */
export function PasswordInput({
  className,
  ...props
}: Omit<InputHTMLAttributes<HTMLInputElement>, "type">) {
  const { t } = useTranslation("admin")
  const [shown, setShown] = useState(false)
  return (
    <div className="relative">
      <input
        {...props}
        type={shown ? "text" : "password"}
        className={clx(
          "caret-ui-fg-base bg-ui-bg-field hover:bg-ui-bg-field-hover shadow-borders-base placeholder-ui-fg-muted text-ui-fg-base transition-fg txt-compact-small relative h-8 w-full appearance-none rounded-md py-1.5 pe-8 ps-2 outline-none",
          "focus-visible:shadow-borders-interactive-with-active aria-[invalid=true]:!shadow-borders-error",
          className
        )}
      />
      <button
        type="button"
        aria-pressed={shown}
        onClick={() => setShown((was) => !was)}
        data-testid="password-visibility"
        className="text-ui-fg-muted hover:text-ui-fg-base focus-visible:shadow-borders-interactive-w-focus absolute inset-y-0 end-0 flex w-8 items-center justify-center rounded-md border-s outline-none"
      >
        <span className="sr-only">{t("login.showPassword")}</span>
        {shown ? <EyeSlash aria-hidden /> : <Eye aria-hidden />}
      </button>
    </div>
  )
}
