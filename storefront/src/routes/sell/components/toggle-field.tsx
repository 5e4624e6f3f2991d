interface ToggleFieldProps {
  name: string
  label: string
  checked: boolean
  onChange: (checked: boolean) => void
  /** One sentence on what the choice changes. */
  hint?: string
}

/** A labelled checkbox with the whole line to tap, and what it changes said under it. */
export function ToggleField({ name, label, checked, onChange, hint }: ToggleFieldProps) {
  return (
    <div className="field">
      <label className="check" htmlFor={name}>
        <input
          id={name}
          name={name}
          type="checkbox"
          data-testid={`field-${name}`}
          checked={checked}
          aria-describedby={hint ? `${name}-hint` : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        {label}
      </label>
      {hint && (
        <p id={`${name}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  )
}
