/**
 * Drawn rather than emoji: phones without an emoji font (and headless browsers) show emoji as
 * empty boxes, and these icons are what a producer who reads little goes by.
 */
const PATHS = {
  order: "M6 7h12l-1 13H7L6 7Zm3 0a3 3 0 0 1 6 0",
  parcel: "M3 7l9-4 9 4v10l-9 4-9-4V7Zm0 0l9 4 9-4M12 11v10",
  low: "M12 3l10 18H2L12 3Zm0 6v6m0 3v.5",
} as const

export function TodayIcon({ name }: { name: keyof typeof PATHS }) {
  return (
    <svg
      className="today-icon"
      viewBox="0 0 24 24"
      width="28"
      height="28"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[name]} />
    </svg>
  )
}
