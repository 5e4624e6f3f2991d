import { readFile } from "node:fs/promises"
import { describe, expect, inject, it } from "vitest"
import { useBrowser } from "./browser"

const DESKTOP = { width: 1280, height: 800 }

/** Sums of the monthly CSV's money columns per currency, in minor units. */
function monthlyTotals(csv: string) {
  const [, ...rows] = csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/)
  const totals = new Map<string, { gross: number; commission: number; net: number }>()
  for (const row of rows) {
    // month, currency, orders, gross, commission, net, average order value
    const [, currency, , gross, commission, net] = row.split(",")
    const sum = totals.get(currency) ?? { gross: 0, commission: 0, net: 0 }
    sum.gross += Math.round(Number(gross) * 100)
    sum.commission += Math.round(Number(commission) * 100)
    sum.net += Math.round(Number(net) * 100)
    totals.set(currency, sum)
  }
  return totals
}

describe("the cooperative's impact", () => {
  const demo = inject("demo")
  const browser = useBrowser()

  it("shows staff a year of the programme in a chart and a CSV whose totals are the ledger's", async () => {
    const page = await browser().newPage({ viewport: DESKTOP, locale: "tr-TR" })
    await page.goto(demo.urls.admin)
    await page.getByTestId("login-email").fill(demo.staff.email)
    await page.getByTestId("login-password").fill(demo.staff.password)
    await page.getByTestId("login-submit").click()
    await page.getByTestId("nav-impact").click()

    await page.getByTestId("impact-preset-last6").click()
    await page.getByTestId("impact-preset-last12").click()
    await page.getByTestId("impact-income-chart").locator("svg.recharts-surface").first().waitFor()
    expect(await page.getByTestId("impact-funnel").innerText()).toMatch(/\d/)
    await page.screenshot({ path: ".test-results/impact-dashboard.png", fullPage: true })

    const [download, response] = await Promise.all([
      page.waitForEvent("download"),
      page.waitForResponse((answer) => answer.url().includes("/admin/impact/export")),
      page.getByTestId("impact-download-monthly").click(),
    ])
    const csv = await readFile(await download.path(), "utf8")
    const period = new URL(response.url()).searchParams
    const fromCsv = monthlyTotals(csv)

    const login = await fetch(`${demo.urls.backend}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: demo.staff.email, password: demo.staff.password }),
    })
    const { token } = (await login.json()) as { token: string }
    const ledger = await fetch(
      `${demo.urls.backend}/admin/producer-ledger/totals?from=${period.get("from")}&to=${period.get("to")}`,
      { headers: { authorization: `Bearer ${token}` } }
    )
    expect(ledger.status).toBe(200)
    const { totals } = (await ledger.json()) as {
      totals: { currency_code: string; gross: number; commission: number; net: number }[]
    }

    expect(totals.length).toBeGreaterThan(0)
    for (const total of totals) {
      expect(total.gross).toBeGreaterThan(0)
      expect(fromCsv.get(total.currency_code.toUpperCase())).toEqual({
        gross: total.gross,
        commission: total.commission,
        net: total.net,
      })
    }
    await page.close()
  })
})
