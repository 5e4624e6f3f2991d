import { describe, expect, inject, it } from "vitest"
import { useBrowser } from "./browser"

describe("staff in Medusa's own dashboard", () => {
  const demo = inject("demo")
  const browser = useBrowser()

  it("log in at the /app URL npm start prints and see the orders", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(demo.urls.medusaAdmin)

    await page.locator('input[name="email"]').fill(demo.staff.email)
    await page.locator('input[name="password"]').fill(demo.staff.password)
    await page.locator('button[type="submit"]').click()

    // The session cookie must come back over plain http, or the dashboard returns to its login.
    await page.waitForURL(/\/app\/orders/)
    const orders = page.getByRole("row").filter({ hasText: /#\d+/ })
    await orders.first().waitFor()
    expect(await orders.count()).toBeGreaterThan(0)

    // A reload keeps her logged in: the session lives in the cookie, not in the page.
    await page.reload()
    await orders.first().waitFor()
    expect(page.url()).toMatch(/\/app\/orders/)
    await page.screenshot({ path: ".test-results/medusa-dashboard-orders.png" })
    await page.close()
  })
})
