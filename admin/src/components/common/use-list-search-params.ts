import { useCallback } from "react"
import { useSearchParams } from "react-router-dom"

/** A page offset from the URL; anything that is not a whole number from 0 up means the first page. */
function parseOffset(value: string | null): number {
  const offset = Number(value)
  return Number.isInteger(offset) && offset > 0 ? offset : 0
}

/**
 * The URL state of a paged list, kept there so a view can be shared, reloaded and left with the
 * back button. A new filter starts again from the first page. `typedKeys` are the filters typed
 * into a box: they replace the history entry, so typing does not leave one per pause.
 */
export function useListSearchParams<Key extends string>(typedKeys: readonly Key[]) {
  const [searchParams, setSearchParams] = useSearchParams()
  const offset = parseOffset(searchParams.get("offset"))

  /** Sets or clears one URL parameter. */
  const setParam = useCallback(
    (key: Key | "offset", value: string | undefined) => {
      setSearchParams(
        (previous) => {
          const next = new URLSearchParams(previous)
          if (value) {
            next.set(key, value)
          } else {
            next.delete(key)
          }
          if (key !== "offset") {
            next.delete("offset")
          }
          return next
        },
        { replace: typedKeys.some((typed) => typed === key) }
      )
    },
    [setSearchParams, typedKeys]
  )
  const setOffset = useCallback(
    (value: number) => setParam("offset", value > 0 ? String(value) : undefined),
    [setParam]
  )

  return { searchParams, offset, setParam, setOffset }
}
