/** How long since `since` (a Date.now()), as people read it. */
export const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`

/**
 * Runs a long step, printing how long it has been running every `everyMs`, so that a quiet
 * minute does not look like a hang.
 */
export async function step(label, work, { say, everyMs = 10_000 }) {
  const since = Date.now()
  say(`▸ ${label}…`)
  const ticker = setInterval(() => say(`  … ${label} (${seconds(since)})`), everyMs)
  try {
    const result = await work()
    say(`✓ ${label} (${seconds(since)})`)
    return result
  } finally {
    clearInterval(ticker)
  }
}
