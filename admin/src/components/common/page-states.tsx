import { Spinner } from "@medusajs/icons"
import { Button, Text, clx } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

/** A spinner with a name screen readers announce. */
export function LoadingState({ className }: { className?: string }) {
  const { t } = useTranslation(["admin", "common"])
  return (
    <div className={clx("flex items-center justify-center py-12", className)} role="status">
      <Spinner className="text-ui-fg-interactive animate-spin" aria-hidden />
      <span className="sr-only">{t("common:loading")}</span>
    </div>
  )
}

/** Shown while the session or the first page is still loading. */
export function FullPageSpinner() {
  return <LoadingState className="min-h-dvh" />
}

interface ErrorStateProps {
  message: string
  onRetry: () => void
  className?: string
}

/** A failed load with a way to try again. */
export function ErrorState({ message, onRetry, className }: ErrorStateProps) {
  const { t } = useTranslation(["admin", "common"])
  return (
    <div
      className={clx("flex flex-col items-center gap-y-3 px-6 py-12 text-center", className)}
      role="alert"
    >
      <Text className="text-ui-fg-subtle">{message}</Text>
      <Button variant="secondary" size="small" onClick={onRetry}>
        {t("common:retry")}
      </Button>
    </div>
  )
}

/** Nothing to show, and why. */
export function EmptyState({ message }: { message: string }) {
  return (
    <div className="px-6 py-12 text-center">
      <Text className="text-ui-fg-subtle">{message}</Text>
    </div>
  )
}
