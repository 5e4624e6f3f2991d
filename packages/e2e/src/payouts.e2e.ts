import { readFile } from "node:fs/promises"
import { describe, expect, inject, it } from "vitest"
import { useBrowser } from "./browser"
import { storeApi } from "./store-api"

const DESKTOP = { width: 1280, height: 800 }
const PHONE = { width: 360, height: 740 }

/** Ayşe's account in the demo seed, the only place her IBAN is written whole. */
const AYSE = { handle: "ayse-oya", name: "Ayşe Yılmaz", iban: "TR290001005260181590830166" }

type StoreProduct = { variants: { id: string }[]; producer: { handle: string } | null }
type ProducerOrder = { id: string; display_id: number }
type PayoutLine = { id: string; producer_name: string; amount: number; currency_code: string }
type PayoutBatch = { id: string; reference: string; status: string; payouts: PayoutLine[] }

/** Today in the cooperative's calendar, as the date fields take it. */
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Istanbul" }).format()

describe("paying producers", () => {
  const demo = inject("demo")
  const browser = useBrowser()
  const { backend, placeOrder, logIn } = storeApi(demo)

  it("lets staff pay what a delivery earned her, and shows her the payout on her phone", async () => {
    // A shopper's order of Ayşe's work, which she prepares, ships and sees delivered today.
    const { products } = await backend<{ products: StoreProduct[] }>(
      "/store/products?limit=100&fields=*variants,*producer"
    )
    const product = products.find((candidate) => candidate.producer?.handle === AYSE.handle)
    expect(product).toBeDefined()
    const order = await placeOrder(product?.variants[0].id ?? "")
    const producerToken = await logIn("producer", demo.producer)
    let part: ProducerOrder | undefined
    for (let tries = 0; !part && tries < 40; tries++) {
      const { orders } = await backend<{ orders: ProducerOrder[] }>("/producer/orders?limit=50", {
        token: producerToken,
      })
      part = orders.find((candidate) => candidate.display_id === order.display_id)
      if (!part) {
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
    }
    expect(part).toBeDefined()
    const moves = [
      ["prepare", {}],
      ["ship", { carrier: "PTT Kargo", tracking_number: "PTT123456" }],
      ["deliver", {}],
    ] as const
    for (const [action, body] of moves) {
      await backend(`/producer/orders/${part?.id}/${action}`, {
        method: "POST",
        body,
        token: producerToken,
      })
    }

    // Staff propose a batch up to today, confirm it, hand the CSV to the bank and mark it paid.
    const page = await browser().newPage({ viewport: DESKTOP, locale: "tr-TR" })
    await page.goto(demo.urls.admin)
    await page.getByTestId("login-email").fill(demo.staff.email)
    await page.getByTestId("login-password").fill(demo.staff.password)
    await page.getByTestId("login-submit").click()
    await page.getByTestId("nav-payouts").click()
    await page.getByTestId("payout-period-end").fill(today())
    const ayseRow = page.getByTestId("payout-proposal-row").filter({ hasText: AYSE.name })
    await ayseRow.first().waitFor()
    expect(await ayseRow.first().innerText()).not.toContain(AYSE.iban)
    await page.screenshot({ path: ".test-results/payouts-proposal.png", fullPage: true })

    const [confirmed] = await Promise.all([
      page.waitForResponse(
        (answer) =>
          answer.url().endsWith("/admin/payout-batches") && answer.request().method() === "POST"
      ),
      page.getByTestId("payout-confirm").click(),
      page.getByTestId("payout-confirm-yes").click(),
    ])
    expect(confirmed.status()).toBe(201)
    const { payout_batch: batch } = (await confirmed.json()) as { payout_batch: PayoutBatch }
    const ayseLine = batch.payouts.find((line) => line.producer_name === AYSE.name)
    expect(ayseLine?.amount).toBeGreaterThan(0)

    const row = page.getByRole("row").filter({ hasText: batch.reference })
    await row.getByTestId("payout-batch-status").waitFor()
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      row.getByTestId("payout-batch-download").click(),
    ])
    const csv = (await readFile(await download.path(), "utf8")).replace(/^\uFEFF/, "")
    const [header, ...lines] = csv.trim().split(/\r?\n/)
    expect(header).toBe("producer,iban,amount,currency,reference")
    expect(lines).toHaveLength(batch.payouts.length)
    expect(lines).toContain(
      [
        AYSE.name,
        AYSE.iban,
        ((ayseLine?.amount ?? 0) / 100).toFixed(2),
        ayseLine?.currency_code.toUpperCase(),
        batch.reference,
      ].join(",")
    )

    await row.getByTestId("payout-batch-mark-paid").click()
    await page.getByTestId("payout-settle-yes").click()
    await expect
      .poll(() => row.getByTestId("payout-batch-status").innerText())
      .toMatch(/Ödendi|Paid/i)
    await page.screenshot({ path: ".test-results/payouts-paid.png", fullPage: true })
    await page.close()

    // Ayşe opens her earnings on her phone: the payout is there, marked paid.
    const phone = await browser().newPage({ viewport: PHONE, locale: "tr-TR" })
    await phone.goto(`${demo.urls.storefront}/sell/login`)
    await phone.getByTestId("field-email").fill(demo.producer.email)
    await phone.getByTestId("field-password").fill(demo.producer.password)
    await phone.getByTestId("login-submit").click()
    await phone.getByTestId("today").waitFor()
    await phone.getByTestId("shop-nav-earnings").click()
    await phone.getByTestId("earnings-balance").first().waitFor()
    const payout = phone.getByTestId("earnings-payout").filter({ hasText: batch.reference })
    await expect
      .poll(() => payout.getByTestId("earnings-payout-status").innerText())
      .toMatch(/Ödendi/i)
    expect(await phone.getByTestId("earnings-line").count()).toBeGreaterThan(0)
    const overflow = await phone.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await phone.screenshot({ path: ".test-results/earnings-phone.png", fullPage: true })
    await phone.close()
  })
})
