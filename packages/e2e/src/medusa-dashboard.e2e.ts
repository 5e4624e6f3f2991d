import { describe, expect, inject, it } from "vitest"
import type { Page } from "playwright-core"
import { useBrowser } from "./browser"
import { storeApi } from "./store-api"

describe("staff in Medusa's own dashboard", () => {
  const demo = inject("demo")
  const browser = useBrowser()

  async function logIn(page: Page) {
    await page.goto(demo.urls.medusaAdmin)
    await page.locator('input[name="email"]').fill(demo.staff.email)
    await page.locator('input[name="password"]').fill(demo.staff.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL(/\/app\/orders/)
  }

  it("log in at the /app URL npm start prints and see the orders", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } })
    // The session cookie must come back over plain http, or the dashboard returns to its login.
    await logIn(page)
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

  it("refuses “Capture payment” on a cash-on-delivery order with a message it shows", async () => {
    const api = storeApi(demo)
    const token = await api.logIn("user", demo.staff)
    const { orders } = await api.backend<{
      orders: {
        id: string
        payment_status: string
        payment_collections: { payments: { provider_id: string }[] }[]
      }[]
    }>("/admin/orders?limit=200&fields=id,payment_status,*payment_collections.payments", { token })
    // Awaiting her cash: authorized, nothing captured yet.
    const cashOnDelivery = orders.find(
      (order) =>
        order.payment_status === "authorized" &&
        order.payment_collections.some((collection) =>
          collection.payments.some((payment) => payment.provider_id.includes("cash-on-delivery"))
        )
    )
    expect(cashOnDelivery, "an order awaiting cash on delivery in the demo").toBeDefined()

    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } })
    await logIn(page)
    await page.goto(`${demo.urls.medusaAdmin}/orders/${cashOnDelivery?.id}`)
    await page.getByRole("button", { name: "Capture payment" }).click()
    await page.getByRole("button", { name: "Confirm" }).click()

    await page.getByText("record the money received").waitFor()
    await page.screenshot({ path: ".test-results/medusa-dashboard-capture.png" })
    const [{ payment_collections }] = (
      await api.backend<{ orders: { payment_collections: { captured_amount: number }[] }[] }>(
        `/admin/orders?id=${cashOnDelivery?.id}&fields=id,*payment_collections`,
        { token }
      )
    ).orders
    expect(payment_collections.map((collection) => Number(collection.captured_amount))).toEqual([0])
    await page.close()
  })
})
