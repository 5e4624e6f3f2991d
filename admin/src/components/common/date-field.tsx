import { Input, Label } from "@medusajs/ui"

interface DateFieldProps {
  id: string
  label: string
  /** YYYY-MM-DD, or "" while none is chosen. */
  value: string
  onChange: (value: string) => void
  min?: string
  max?: string
  invalid?: boolean
  testId?: string
  className?: string
  labelWeight?: "regular" | "plus"
}

/** A labelled day picker, as the report and payout periods ask for their first and last day. */
export function DateField({
  id,
  label,
  value,
  onChange,
  min,
  max,
  invalid,
  testId,
  className,
  labelWeight,
}: DateFieldProps) {
  return (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={id} size="small" weight={labelWeight}>
        {label}
      </Label>
      <Input
        id={id}
        type="date"
        size="small"
        value={value}
        min={min || undefined}
        max={max || undefined}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={invalid || undefined}
        data-testid={testId}
        className={className}
      />
    </div>
  )
}
