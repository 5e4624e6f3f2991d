import { MagnifyingGlassMini } from "@medusajs/icons"
import { Input, clx } from "@medusajs/ui"
import { useEffect, useState } from "react"

/** Long enough not to query on every keystroke, short enough to feel live. */
const DEBOUNCE_MS = 300

interface SearchInputProps {
  value: string
  onChange: (value: string) => void
  label: string
  className?: string
}

/**
 * A search box that reports what was typed once typing pauses. Not `Input type="search"` from
 * @medusajs/ui: that draws its magnifier as an unnamed role="img" (which axe flags) at the
 * physical left; here the magnifier is hidden from screen readers and sits at the inline start.
 */
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
    <div className={clx("relative", className)}>
      <span className="text-ui-fg-muted pointer-events-none absolute inset-y-0 start-0 flex w-7 items-center justify-center">
        <MagnifyingGlassMini aria-hidden />
      </span>
      <Input
        role="searchbox"
        enterKeyHint="search"
        size="small"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        placeholder={label}
        aria-label={label}
        className="ps-7"
      />
    </div>
  )
}
