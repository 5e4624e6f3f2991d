interface PasswordFieldProps {
  name: string
  label: string
  value: string
  onChange: (value: string) => void
  autoComplete: "new-password" | "current-password"
}

/** A labelled password input, large enough to tap on a phone. */
export function PasswordField({ name, label, value, onChange, autoComplete }: PasswordFieldProps) {
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <input
        id={name}
        type="password"
        autoComplete={autoComplete}
        data-testid={`field-${name}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  )
}
