/**
 * What is said under a password field: the rule to follow, or what is wrong with what she typed
 * (read out as soon as it shows).
 */
export function PasswordNote({ hint, problem }: { hint?: string; problem?: string }) {
  if (problem) {
    return (
      <p className="field-error account-field-note" role="alert" data-testid="password-problem">
        {problem}
      </p>
    )
  }
  return hint ? <p className="field-hint account-field-note">{hint}</p> : null
}
