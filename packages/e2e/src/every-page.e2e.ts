import { writeFile } from "node:fs/promises"
import type { Page } from "playwright-core"
import { describe, expect, inject, it } from "vitest"
import { axeViolations, PHONE, sidewaysScroll } from "./accessibility"
import { useBrowser } from "./browser"
import { ADMIN_PAGES, SHOP_PAGES, STOREFRONT_PAGES } from "./pages"

type Locale = "tr" | "fa"
type App = "storefront" | "admin"

/** Where each app remembers the language chosen, so that a page opens in it. */
const LOCALE_KEYS: Record<App, string> = { storefront: "imece_locale", admin: "imece_admin_locale" }

/**
 * A page once its data has come: no request for a moment, its heading drawn and nothing
 * marked as loading.
 */
async function settle(page: Page) {
  await page.waitForLoadState("networkidle")
  await page.locator("h1").first().waitFor({ timeout: 10_000 })
  await page.waitForFunction(() => !document.querySelector("[aria-busy=true]"))
}

/** The address of the first link on the page under `prefix` that `except` does not match. */
async function firstLinkUnder(page: Page, prefix: string, except?: RegExp): Promise<string> {
  const hrefs = await page
    .locator(`a[href^="${prefix}"]`)
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""))
  const href = hrefs.find((candidate) => !except?.test(candidate))
  if (!href) {
    throw new Error(`${page.url()} has no link under ${prefix}`)
  }
  return href
}

/** After a list, the pages of its first items: the links to follow, and links that are not items. */
const DETAILS: Record<string, [prefix: string, except?: RegExp][]> = {
  "/": [["/products/"], ["/producers/"], ["/categories/"]],
  "/account": [["/orders/", /\/find$/]],
  "/sell/shop/orders": [["/sell/shop/orders/"]],
  "/sell/shop/products": [["/sell/shop/products/", /\/new$/]],
  "/applications": [["/applications/"]],
}

// Each walk opens up to 15 pages, axe reading every one: minutes on a busy machine.
describe.concurrent(
  "every page of the three apps at 360 px, in Turkish and Persian",
  { timeout: 240_000 },
  () => {
    const demo = inject("demo")
    const browser = useBrowser()
    const origins: Record<App, string> = {
      storefront: demo.urls.storefront,
      admin: demo.urls.admin,
    }

    /**
     * A phone opening `app` in `locale`, and a record of what axe and the width, language and
     * error checks find on each page it opens.
     */
    async function walk(app: App, locale: Locale) {
      const context = await browser().newContext({ viewport: PHONE })
      await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
        LOCALE_KEYS[app],
        locale,
      ] as const)
      const page = await context.newPage()
      const findings: { path: string; problems: string[] }[] = []

      /** Opens `path`, lets it settle, and records every problem found on it. */
      async function check(path: string) {
        await page.goto(`${origins[app]}${path}`)
        const problems: string[] = []
        await settle(page).catch((error: Error) => problems.push(`never settled: ${error.message}`))
        problems.push(...(await axeViolations(page)))
        if (await sidewaysScroll(page)) {
          problems.push("scrolls sideways")
        }
        if (await page.getByTestId("page-failed").count()) {
          problems.push("shows the error page")
        }
        if ((await page.evaluate(() => document.documentElement.lang)) !== locale) {
          problems.push(`is not in ${locale}`)
        }
        findings.push({ path, problems })
      }

      return {
        check,
        /** Checks each page, and after a list the first of its items (`DETAILS`). */
        async checkAll(paths: string[]) {
          for (const path of paths) {
            await check(path)
            const links = []
            for (const [prefix, except] of DETAILS[path] ?? []) {
              links.push(await firstLinkUnder(page, prefix, except))
            }
            for (const link of links) {
              await check(link)
            }
          }
        },
        async logIn(path: string, who: { email: string; password: string }) {
          await page.goto(`${origins[app]}${path}`)
          await page.getByTestId("field-email").or(page.getByTestId("login-email")).fill(who.email)
          await page
            .getByTestId("field-password")
            .or(page.getByTestId("login-password"))
            .fill(who.password)
          await page.getByTestId("login-submit").click()
          await page.waitForURL((url) => !url.pathname.endsWith("/login"))
        },
        /** Fails on every problem met, all listed, keeps them on file, and closes the phone. */
        async expectNoProblems(name: string, pages: number) {
          await context.close()
          await writeFile(
            `.test-results/every-page-${name}-${locale}.json`,
            JSON.stringify(findings, null, 2)
          )
          expect(findings).toHaveLength(pages)
          expect(
            findings.flatMap(({ path, problems }) =>
              problems.map((problem) => `${path}: ${problem}`)
            )
          ).toEqual([])
        },
      }
    }

    it.each(["tr", "fa"] as const)("the storefront (%s)", async (locale) => {
      const { checkAll, expectNoProblems } = await walk("storefront", locale)
      await checkAll(STOREFRONT_PAGES)
      await expectNoProblems("storefront", STOREFRONT_PAGES.length + 3)
    })

    it.each(["tr", "fa"] as const)("a shopper's account and order (%s)", async (locale) => {
      const { checkAll, logIn, expectNoProblems } = await walk("storefront", locale)
      await logIn("/account/login", demo.shopper)
      await checkAll(["/account"])
      await expectNoProblems("account", 2)
    })

    it.each(["tr", "fa"] as const)("a producer's shop (%s)", async (locale) => {
      const { checkAll, logIn, expectNoProblems } = await walk("storefront", locale)
      await logIn("/sell/login", demo.producer)
      await checkAll(SHOP_PAGES)
      await expectNoProblems("shop", SHOP_PAGES.length + 2)
    })

    it.each(["tr", "fa"] as const)("the admin (%s)", async (locale) => {
      const { check, checkAll, logIn, expectNoProblems } = await walk("admin", locale)
      await check("/login")
      await logIn("/login", demo.staff)
      await checkAll(ADMIN_PAGES)
      await expectNoProblems("admin", ADMIN_PAGES.length + 2)
    })
  }
)
