import type { HTMLAttributes, ReactNode } from "react"

interface TextFieldProps {
  name: string
  label: string
  value: string
  onChange: (value: string) => void
  error?: string
  hint?: ReactNode
  type?: "text" | "email" | "tel" | "date"
  multiline?: boolean
  autoComplete?: string
  inputMode?: HTMLAttributes<HTMLInputElement>["inputMode"]
  maxLength?: number
  min?: string
  /** For text in a language other than the page's, e.g. her Persian story on a Turkish page. */
  lang?: string
  dir?: "ltr" | "rtl"
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
  inputMode,
  maxLength,
  min,
  lang,
  dir,
}: TextFieldProps) {
  const describedBy = [hint ? `${name}-hint` : null, error ? `${name}-error` : null]
    .filter(Boolean)
    .join(" ")
  const common = {
    id: name,
    name,
    value,
    maxLength,
    lang,
    dir,
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
        <input
          {...common}
          type={type}
          autoComplete={autoComplete}
          inputMode={inputMode}
          min={min}
        />
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
