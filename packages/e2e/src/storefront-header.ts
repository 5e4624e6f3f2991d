import type { Page } from "playwright-core"

/** The header's menu button: the shopper's, or her shop's under /sell/shop. */
function menuButton(page: Page) {
  return page.getByTestId("header-menu").or(page.getByTestId("shop-menu"))
}

/** Opens the header's menu (language, currency, selling; her places in her shop) if closed. */
export async function openMenu(page: Page) {
  const button = menuButton(page)
  if ((await button.getAttribute("aria-expanded")) !== "true") {
    await button.click()
  }
}

/** Switches the page's language from the header's menu, as she would, and closes the menu. */
export async function chooseLanguage(page: Page, locale: "tr" | "fa" | "en") {
  await openMenu(page)
  await page.getByTestId("language-switcher").selectOption(locale)
  await page.waitForFunction((lang) => document.documentElement.lang === lang, locale)
  await page.keyboard.press("Escape")
}
