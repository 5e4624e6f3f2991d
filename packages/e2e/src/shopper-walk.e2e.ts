import { writeFile } from "node:fs/promises"
import AxeBuilder from "@axe-core/playwright"
import type { Page } from "playwright-core"
import { describe, expect, inject, it } from "vitest"
import { axeViolations, PHONE, WCAG_TAGS } from "./accessibility"
import { useBrowser } from "./browser"
import { chooseLanguage, openMenu } from "./storefront-header"

const HEADER_MAX_PX = 64

/** What a phone shows: the sticky header's height and whether the page scrolls sideways. */
function measure(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector("header")
    return {
      header: header ? header.getBoundingClientRect().height : Number.NaN,
      sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
    }
  })
}

/** Fails on an error page of any kind: ours, or React Router's own. */
async function expectNoErrorPage(page: Page) {
  expect(await page.getByTestId("page-failed").count()).toBe(0)
  expect(await page.getByText("Unexpected Application Error!").count()).toBe(0)
}

describe("a shopper walks the storefront on a phone", () => {
  const demo = inject("demo")
  const browser = useBrowser()
  // A context of its own, not browser.newPage(): axe opens a page beside it to finish its run.
  const phonePage = async () => (await browser().newContext({ viewport: PHONE })).newPage()

  it.each(["tr", "fa"] as const)(
    "taps every category chip on the home page (%s) and sees its products",
    async (locale) => {
      const page = await phonePage()
      const pageErrors: string[] = []
      page.on("pageerror", (error) => pageErrors.push(error.message))
      const violations: string[] = []
      const measured: { page: string; header: number; sideways: boolean }[] = []

      await page.goto(demo.urls.storefront)
      await chooseLanguage(page, locale)
      const chips = page.getByTestId("home-categories").getByRole("link")
      await chips.first().waitFor()
      // The home page's products are cached when she taps: the category page must not read them.
      await page.getByTestId("product-card").first().waitFor()
      const names = await chips.allInnerTexts()
      expect(names).toHaveLength(8)
      measured.push({ page: "home", ...(await measure(page)) })
      // Axe reads each page in every-page.e2e.ts; here, what only a walk opens: the menu.
      await openMenu(page)
      violations.push(...(await axeViolations(page)))
      await page.keyboard.press("Escape")

      for (const [index, name] of names.entries()) {
        if (index > 0) {
          // Back home the way she would, by the header's name, so the home page's data stays.
          await page
            .getByRole("link", { name: "İmece" })
            .or(page.getByRole("link", { name: "ایمجه" }))
            .click()
          await chips.first().waitFor()
        }
        await chips.nth(index).click()
        await page.getByTestId("category-title").waitFor()
        expect(await page.getByTestId("category-title").innerText()).toBe(name)
        await page.getByTestId("product-card").first().waitFor()
        await expectNoErrorPage(page)
        measured.push({ page: name, ...(await measure(page)) })
        if (index === 0) {
          await page.screenshot({ path: `.test-results/shopper-walk-category-${locale}.png` })
        }
      }

      await writeFile(
        `.test-results/shopper-walk-${locale}.json`,
        JSON.stringify({ viewport: PHONE, measured }, null, 2)
      )
      for (const { page: where, header, sideways } of measured) {
        expect(header, where).toBeLessThanOrEqual(HEADER_MAX_PX)
        expect(sideways, where).toBe(false)
      }
      expect(violations).toEqual([])
      expect(pageErrors).toEqual([])
      await page.context().close()
    }
  )

  it("logs in from “Hesabım” and lands on her account", async () => {
    const page = await phonePage()
    await page.goto(demo.urls.storefront)
    await chooseLanguage(page, "tr")
    await page.getByRole("link", { name: "Hesabım" }).click()

    await page.getByTestId("login-submit").waitFor()
    await page.getByTestId("field-email").fill(demo.shopper.email)
    await page.getByTestId("field-password").fill(demo.shopper.password)
    await page.getByTestId("login-submit").click()

    await page.getByTestId("account-email").waitFor()
    expect(await page.getByTestId("account-email").innerText()).toBe(demo.shopper.email)
    expect(new URL(page.url()).pathname).toBe("/account")
    expect(await page.getByTestId("login-submit").count()).toBe(0)
    const { header, sideways } = await measure(page)
    expect(header).toBeLessThanOrEqual(HEADER_MAX_PX)
    expect(sideways).toBe(false)
    await page.context().close()
  })

  it.each(["tr", "fa"] as const)(
    "finds a way on from an address that leads nowhere (%s)",
    async (locale) => {
      const page = await phonePage()
      await page.goto(demo.urls.storefront)
      await chooseLanguage(page, locale)
      await page.goto(`${demo.urls.storefront}/no/such/page`)

      await page.getByTestId("not-found").waitFor()
      await page.getByTestId("not-found-categories").getByRole("link").first().waitFor()
      expect(await page.getByText("Henüz bir şey yok.").count()).toBe(0)
      const { header, sideways } = await measure(page)
      expect(header).toBeLessThanOrEqual(HEADER_MAX_PX)
      expect(sideways).toBe(false)
      await page.screenshot({ path: `.test-results/shopper-walk-not-found-${locale}.png` })

      await page.getByTestId("not-found-categories").getByRole("link").first().click()
      await page.getByTestId("product-card").first().waitFor()
      await page.context().close()
    }
  )

  it("a producer finds her way in from the header and keeps her shop's header on every page of it", async () => {
    const page = await phonePage()
    await page.goto(demo.urls.storefront)
    await openMenu(page)
    await page.getByTestId("nav-seller-login").click()
    await page.getByTestId("field-email").fill(demo.producer.email)
    await page.getByTestId("field-password").fill(demo.producer.password)
    await page.getByTestId("login-submit").click()
    await page.getByTestId("today").waitFor()

    const violations: string[] = []
    const visited: string[] = []
    const shopPage = async (testId: string) => {
      await page.getByTestId(testId).first().waitFor()
      await expectNoErrorPage(page)
      expect(await page.getByTestId("shop-header").count()).toBe(1)
      expect(await page.getByTestId("site-header").count()).toBe(0)
      const { header, sideways } = await measure(page)
      expect(header, page.url()).toBeLessThanOrEqual(HEADER_MAX_PX)
      expect(sideways, page.url()).toBe(false)
      // Her shop's header and its menu are this change's; the pages' contents are tested apart.
      await openMenu(page)
      const { violations: found } = await new AxeBuilder({ page })
        .include("[data-testid=shop-header]")
        .withTags(WCAG_TAGS)
        .analyze()
      violations.push(...found.map((violation) => `${page.url()} ${violation.id}`))
      visited.push(new URL(page.url()).pathname)
    }

    await shopPage("today")
    for (const [menuItem, content] of [
      ["shop-menu-products", "shop-products"],
      ["shop-menu-orders", "shop-orders"],
      ["shop-menu-earnings", "shop-earnings"],
      ["shop-menu-profile", "shop-profile"],
    ] as const) {
      await page.getByTestId(menuItem).click()
      await shopPage(content)
    }
    // One order's page: the demo's producer has a year of them.
    await page.getByTestId("shop-menu-orders").click()
    await page.getByTestId("shop-order").first().click()
    await shopPage("order-detail")

    await page.getByTestId("shop-logout").click()
    await page.waitForURL(/\/sell\/login$/)
    expect(violations).toEqual([])
    await writeFile(".test-results/shopper-walk-shop.json", JSON.stringify({ visited }, null, 2))
    await page.context().close()
  })
})
