import type { ReactNode } from "react"

interface TextFieldProps {
  name: string
  label: string
  value: string
  onChange: (value: string) => void
  error?: string
  hint?: ReactNode
  type?: "text" | "email" | "tel"
  multiline?: boolean
  autoComplete?: string
}

/** A labelled input with its error said next to it, large enough to tap on a phone. */
export function TextField({
  name,
  label,
  value,
  onChange,
  error,
  hint,
  type = "text",
  multiline = false,
  autoComplete,
}: TextFieldProps) {
  const describedBy = [hint ? `${name}-hint` : null, error ? `${name}-error` : null]
    .filter(Boolean)
    .join(" ")
  const common = {
    id: name,
    name,
    value,
    "data-testid": `field-${name}`,
    "aria-invalid": Boolean(error),
    "aria-describedby": describedBy || undefined,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  }
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={5} />
      ) : (
        <input {...common} type={type} autoComplete={autoComplete} />
      )}
      {hint && (
        <p id={`${name}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${name}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
