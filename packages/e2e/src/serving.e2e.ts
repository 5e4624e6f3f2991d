import type { Page } from "playwright-core"
import { describe, expect, inject, it } from "vitest"
import { useBrowser } from "./browser"
import { ADMIN_PAGES } from "./pages"

/**
 * What the page's Content-Security-Policy refused: Chromium logs each refusal, and the event
 * every refusal fires is logged too, so none is missed.
 */
async function watchRefusals(page: Page) {
  const refused: string[] = []
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) {
      refused.push(`${page.url()}: ${message.text()}`)
    }
  })
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(
        `Content Security Policy refused ${event.blockedURI} (${event.effectiveDirective})`
      )
    )
  )
  return refused
}

describe("the front ends as npm start serves them", () => {
  const demo = inject("demo")
  const browser = useBrowser()
  const backendOrigin = new URL(demo.urls.backend).origin

  it("answer a malformed address with 400 and go on serving", async () => {
    for (const url of [demo.urls.storefront, demo.urls.admin]) {
      expect((await fetch(`${url}/%E0%A4%A`)).status).toBe(400)
      expect((await fetch(`${url}/products/%zz`)).status).toBe(400)
      expect((await fetch(url)).status).toBe(200)
    }
  })

  it("the storefront sends its headers, compressed, and a shopper's pages break none of its rules", async () => {
    const page = await browser().newPage({ viewport: { width: 360, height: 740 } })
    const refused = await watchRefusals(page)

    const response = await page.goto(demo.urls.storefront)
    const headers = (await response?.allHeaders()) ?? {}
    expect(headers["content-security-policy"]).toContain(`connect-src 'self' ${backendOrigin}`)
    // Cards are on in the browser tests: Stripe.js and its frames are allowed, and only here.
    expect(headers["content-security-policy"]).toContain("script-src 'self' https://js.stripe.com")
    expect(headers["x-frame-options"]).toBe("DENY")
    expect(headers["x-content-type-options"]).toBe("nosniff")
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin")
    expect(["br", "gzip"]).toContain(headers["content-encoding"])

    await page.getByTestId("product-card").first().waitFor()
    await page.getByTestId("product-card").first().getByRole("link").first().click()
    await page.getByTestId("product-title").waitFor()
    // Product photos come from the backend, which the policy names.
    const photo = await page.locator("main img").first().elementHandle()
    await page.waitForFunction((image) => (image as HTMLImageElement).naturalWidth > 0, photo)

    for (const path of ["/search?q=kilim", "/cart", "/sell", "/sell/login", "/account/login"]) {
      await page.goto(`${demo.urls.storefront}${path}`, { waitUntil: "networkidle" })
    }
    expect(refused).toEqual([])
    await page.close()
  })

  it("the admin sends its headers and staff's pages break none of its rules", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } })
    const refused = await watchRefusals(page)

    const response = await page.goto(demo.urls.admin)
    const policy = (await response?.allHeaders())?.["content-security-policy"] ?? ""
    expect(policy).toContain(`connect-src 'self' ${backendOrigin}`)
    expect(policy).not.toContain("stripe")
    expect(policy).toContain("frame-ancestors 'none'")

    await page.getByTestId("login-email").fill(demo.staff.email)
    await page.getByTestId("login-password").fill(demo.staff.password)
    await page.getByTestId("login-submit").click()
    await page.getByTestId("producer-row").first().waitFor()
    for (const path of ADMIN_PAGES) {
      await page.goto(`${demo.urls.admin}${path}`, { waitUntil: "networkidle" })
    }
    expect(refused).toEqual([])
    await page.close()
  })
})
