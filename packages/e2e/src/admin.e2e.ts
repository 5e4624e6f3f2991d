import { describe, expect, inject, it } from "vitest"
import { useBrowser } from "./browser"

describe("cooperative staff in the admin", () => {
  const demo = inject("demo")
  const browser = useBrowser()

  it("refuses a wrong password with a message", async () => {
    const page = await browser().newPage()
    await page.goto(demo.urls.admin)
    await page.getByTestId("login-email").fill(demo.staff.email)
    await page.getByTestId("login-password").fill("not-the-password")
    await page.getByTestId("login-submit").click()

    await page.getByTestId("login-error").waitFor()
    expect(page.url()).toContain("/login")
    await page.close()
  })

  it("logs in and sees the producers", async () => {
    const page = await browser().newPage()
    await page.goto(demo.urls.admin)
    await page.getByTestId("login-email").fill(demo.staff.email)
    await page.getByTestId("login-password").fill(demo.staff.password)
    await page.getByTestId("login-submit").click()

    const rows = page.getByTestId("producer-row")
    await rows.first().waitFor()
    expect(await rows.count()).toBeGreaterThanOrEqual(6)
    await page.close()
  })
})
