import { useEffect, useId, useRef, useState, type ReactNode } from "react"
import { useLocation } from "react-router-dom"

interface HeaderMenuProps {
  /** The button's words: shown beside its icon on a wide screen, read out on a phone. */
  label: string
  testId: string
  children: ReactNode
}

/**
 * A button in the header that shows and hides a panel below it (a disclosure): what does not fit
 * in one row on a phone. It closes when she picks a place, taps outside it or presses Escape,
 * which also gives the focus back to the button.
 */
export function HeaderMenu({ label, testId, children }: HeaderMenuProps) {
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const location = useLocation()

  useEffect(() => {
    setOpen(false)
  }, [location.pathname, location.search])

  useEffect(() => {
    if (!open) {
      return
    }
    const closeOutside = (event: PointerEvent) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) {
        setOpen(false)
      }
    }
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        setOpen(false)
        button.current?.focus()
      }
    }
    document.addEventListener("pointerdown", closeOutside)
    document.addEventListener("keydown", closeOnEscape)
    return () => {
      document.removeEventListener("pointerdown", closeOutside)
      document.removeEventListener("keydown", closeOnEscape)
    }
  }, [open])

  return (
    <div className="header-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="header-icon"
        aria-expanded={open}
        aria-controls={panelId}
        data-testid={testId}
        onClick={() => setOpen((current) => !current)}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24" focusable="false">
          <path
            d={open ? "m6 6 12 12M18 6 6 18" : "M4 7h16M4 12h16M4 17h16"}
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
        </svg>
        <span className="header-label">{label}</span>
      </button>
      <div
        id={panelId}
        className="header-menu-panel"
        hidden={!open}
        data-testid={`${testId}-panel`}
        onClick={(event) => {
          // A link to the page she is on changes no address, yet she is done with the menu.
          if (event.target instanceof Element && event.target.closest("a")) {
            setOpen(false)
          }
        }}
      >
        {children}
      </div>
    </div>
  )
}
