import { cleanup } from "@testing-library/react"
import { afterEach, beforeEach } from "vitest"
import { i18n, loadShopTexts } from "../i18n"

// Pages under /sell load their texts with their route; tests render those pages directly.
await loadShopTexts()

// Tests assert Turkish text, whatever language jsdom's navigator reports.
beforeEach(async () => {
  localStorage.clear()
  await i18n.changeLanguage("tr")
})

afterEach(() => {
  cleanup()
})
