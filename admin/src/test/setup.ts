import { cleanup } from "@testing-library/react"
import { afterEach, beforeEach } from "vitest"
import { i18n } from "../i18n"

// Tests assert Turkish text, whatever language jsdom's navigator reports.
beforeEach(async () => {
  localStorage.clear()
  await i18n.changeLanguage("tr")
})

afterEach(() => {
  cleanup()
})
