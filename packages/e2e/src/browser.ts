import { chromium, type Browser } from "playwright-core"
import { afterAll, beforeAll } from "vitest"

/** Debian's Chromium: tests never download a browser of their own. */
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  })
}

/** One browser for the tests of a file: launched before them, closed after. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) {
      throw new Error("The browser is not running yet")
    }
    return browser
  }
}
