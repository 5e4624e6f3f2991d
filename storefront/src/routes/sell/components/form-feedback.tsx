import type { ReactNode } from "react"

/** What went wrong, said where she is looking and read out by screen readers. */
export function FormError({ testId, children }: { testId?: string; children: ReactNode }) {
  return (
    <p className="field-error" role="alert" data-testid={testId}>
      {children}
    </p>
  )
}

/** A form's main button: it says the work is under way and cannot be pressed twice meanwhile. */
export function SubmitButton({
  testId,
  pending,
  pendingLabel,
  children,
}: {
  testId: string
  pending: boolean
  /** What it says while the work is under way; the label itself when not given. */
  pendingLabel?: string
  children: ReactNode
}) {
  return (
    <button type="submit" className="button" data-testid={testId} disabled={pending}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  )
}
