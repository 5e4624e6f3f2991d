import { Input } from "@medusajs/ui"
import { useEffect, useState } from "react"

/** Long enough not to query on every keystroke, short enough to feel live. */
const DEBOUNCE_MS = 300

interface SearchInputProps {
  value: string
  onChange: (value: string) => void
  label: string
  className?: string
}

/** A search box that reports what was typed once typing pauses. */
export function SearchInput({ value, onChange, label, className }: SearchInputProps) {
  const [draft, setDraft] = useState(value)
  const [reported, setReported] = useState(value)

  // The value can change from outside (back button, a link); show it instead of the old draft.
  if (value !== reported) {
    setReported(value)
    setDraft(value)
  }

  useEffect(() => {
    if (draft === value) {
      return
    }
    const timer = setTimeout(() => onChange(draft), DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [draft, value, onChange])

  return (
    <Input
      type="search"
      size="small"
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      placeholder={label}
      aria-label={label}
      className={className}
    />
  )
}
