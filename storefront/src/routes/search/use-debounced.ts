import { useEffect, useState } from "react"

/**
 * `value` once it has stopped changing for `delayMs`: while she types, only the pause asks the
 * server. Values are compared by their JSON, so a new object with the same contents is no change.
 */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value)
  const key = JSON.stringify(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs)
    return () => clearTimeout(timer)
    // `key` stands for `value`: a new object with the same contents must not restart the wait.
  }, [key, delayMs])
  return settled
}
