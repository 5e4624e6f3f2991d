import { writeFile } from "node:fs/promises"
import type { Page } from "playwright-core"
import { describe, expect, inject, it } from "vitest"
import { axeViolations, sidewaysScroll } from "./accessibility"
import { useBrowser } from "./browser"
import { storeApi } from "./store-api"
import { chooseLanguage } from "./storefront-header"
import { routeStripe, TEST_CARD_NUMBERS } from "./stripe-js"

const PHONE = { width: 360, height: 740 }
const DESKTOP = { width: 1280, height: 800 }

/** Counts what she does on the page: each click, and each field she types into, is one tap. */
function countTaps(page: Page) {
  let taps = 0
  return {
    click: async (target: ReturnType<Page["getByTestId"]>) => {
      taps++
      await target.click()
    },
    fill: async (target: ReturnType<Page["getByTestId"]>, value: string) => {
      taps++
      await target.fill(value)
    },
    get taps() {
      return taps
    },
  }
}

/** She types in the search box at the top of every page and opens the product named. */
async function findAndAdd(page: Page, query: string, title: string) {
  const search = page.getByRole("searchbox")
  await search.fill(query)
  await search.press("Enter")
  const card = page.getByTestId("product-card").filter({ hasText: title })
  await card.first().waitFor()
  await card.first().getByRole("link").first().click()
  await page.getByTestId("product-title").waitFor()
  await page.getByTestId("add-to-cart").click()
  await page.getByTestId("go-to-cart").waitFor()
}

/** A guest who shops in Persian, with her digits in Persian too. */
const PERSIAN_GUEST = {
  email: "sara@example.com",
  first_name: "سارا",
  last_name: "احمدی",
  phone: "۰۵۳۲۰۰۰۰۰۰۰",
  address_1: "خیابان آتاتورک ۱۲",
  city: "آنکارا",
}

/** The storefront's home page, switched to Persian as she would: right to left. */
async function openInPersian(page: Page, storefront: string) {
  await page.goto(storefront)
  await chooseLanguage(page, "fa")
  await page.waitForFunction(() => document.documentElement.dir === "rtl")
}

/** From her cart to the payment step as a guest: her address, then the first shipping option. */
async function checkOutAsGuest(page: Page, address: Record<string, string>) {
  await page.getByTestId("nav-cart").click()
  await page.getByTestId("go-to-checkout").click()
  for (const [field, value] of Object.entries(address)) {
    await page.getByTestId(`field-${field}`).fill(value)
  }
  await page.getByTestId("address-continue").click()
  await page.getByTestId("shipping-continue").click()
}

describe("a shopper buys from two producers in one cart", () => {
  const demo = inject("demo")
  const browser = useBrowser()

  it("finds them in Turkish without Turkish letters, checks out as a guest with cash on delivery, on a phone", async () => {
    const page = await browser().newPage({ viewport: PHONE, locale: "tr-TR" })
    await page.goto(demo.urls.storefront)

    await findAndAdd(page, "islemeli", "İşlemeli bakır tepsi")
    await findAndAdd(page, "kece sumen", "Keçe sumen")
    expect(await page.getByTestId("cart-count").innerText()).toBe("2")

    const steps: string[] = []
    const she = countTaps(page)
    await she.click(page.getByTestId("nav-cart"))
    await page.getByTestId("cart-group").nth(1).waitFor()
    expect(await page.getByTestId("cart-group").count()).toBe(2)
    await page.screenshot({ path: ".test-results/checkout-cart-tr.png", fullPage: true })

    await she.click(page.getByTestId("go-to-checkout"))
    steps.push(await page.getByTestId("checkout-step").innerText())
    await she.fill(page.getByTestId("field-email"), "misafir@example.com")
    await she.fill(page.getByTestId("field-first_name"), "Elif")
    await she.fill(page.getByTestId("field-last_name"), "Demir")
    await she.fill(page.getByTestId("field-phone"), "0532 000 00 00")
    await she.fill(page.getByTestId("field-address_1"), "Atatürk Cd. 12")
    await she.fill(page.getByTestId("field-city"), "Ankara")
    await she.click(page.getByTestId("address-continue"))

    await page.getByTestId("shipping-continue").waitFor()
    steps.push(await page.getByTestId("checkout-step").innerText())
    // Two producers: two parcels, priced as such.
    expect(await page.locator(".choice-aside").first().innerText()).toContain("2 paket")
    await she.click(page.getByTestId("shipping-continue"))

    await page.getByTestId("payment-continue").waitFor()
    steps.push(await page.getByTestId("checkout-step").innerText())
    expect(
      await page.getByTestId("payment-pp_cash-on-delivery_offline").locator("input").isChecked()
    ).toBe(true)
    await she.click(page.getByTestId("payment-continue"))

    await page.getByTestId("place-order").waitFor()
    steps.push(await page.getByTestId("checkout-step").innerText())
    await page.screenshot({ path: ".test-results/checkout-review-tr.png", fullPage: true })
    await she.click(page.getByTestId("place-order"))

    await page.getByTestId("order-placed").waitFor()
    expect(await page.getByTestId("order-number").innerText()).toMatch(/^Sipariş #\d+$/)
    // Each producer's part is made just after the order: the page shows both once they exist.
    await page.getByTestId("order-part").nth(1).waitFor()
    expect(await page.getByTestId("order-part").count()).toBe(2)
    expect(await page.locator("[data-testid=cart-count]").count()).toBe(0)
    await page.screenshot({ path: ".test-results/checkout-confirmation-tr.png", fullPage: true })

    await writeFile(
      ".test-results/checkout-steps.json",
      JSON.stringify({ steps, taps: she.taps, viewport: PHONE }, null, 2)
    )
    expect(steps).toEqual(["Adres", "Kargo", "Ödeme", "Onay"])
    await page.close()
  })

  it("completes a purchase right to left in Persian", async () => {
    const page = await browser().newPage({ viewport: PHONE })
    await openInPersian(page, demo.urls.storefront)

    // Typed with Arabic ي and ك: found all the same.
    await findAndAdd(page, "زيراستكاني", "زیراستکانی گلیمی")
    await checkOutAsGuest(page, PERSIAN_GUEST)
    await page.getByTestId("payment-continue").click()
    await page.getByTestId("place-order").click()

    await page.getByTestId("order-placed").waitFor()
    expect(await page.getByTestId("order-number").innerText()).toMatch(/^سفارش #[۰-۹]+$/)
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl")
    await page.screenshot({ path: ".test-results/checkout-confirmation-fa.png", fullPage: true })
    await page.close()
  })

  it.each([
    {
      language: "tr",
      piece: "Son parça iğne oyası kese",
      typed: "igne oyasi kese",
      rest: ["islemeli", "İşlemeli bakır tepsi"],
      guest: {
        email: "misafir@example.com",
        first_name: "Elif",
        last_name: "Demir",
        phone: "0532 000 00 00",
        address_1: "Atatürk Cd. 12",
        city: "Ankara",
      },
      soldOut: "tükendi",
    },
    {
      language: "fa",
      piece: "Son parça oyalı mendil",
      typed: "oyali mendil",
      // Typed with Arabic ي and ك: found all the same.
      rest: ["زيراستكاني", "زیراستکانی گلیمی"],
      guest: PERSIAN_GUEST,
      soldOut: "تمام شد",
    },
  ])(
    "tells her ($language) that the last piece sold while she checked out, and lets her take it out and order the rest",
    async ({ language, piece, typed, rest, guest, soldOut }) => {
      const api = storeApi(demo)
      // The producer lists a piece she has one of (staff approve it if they review first).
      const producer = await api.logIn("producer", demo.producer)
      const { product } = await api.backend<{
        product: { id: string; status: string; variants: { id: string }[] }
      }>("/producer/products", {
        method: "POST",
        token: producer,
        body: { title: piece, prices: { try: 350 }, stock: 1 },
      })
      if (product.status !== "published") {
        await api.backend(`/admin/product-reviews/${product.id}/approve`, {
          method: "POST",
          token: await api.logIn("user", demo.staff),
          body: {},
        })
      }

      // Taken off sale afterwards: the other walks expect the demo's catalogue.
      try {
        // In a context of its own, as axe needs to check the page.
        const context = await browser().newContext({ viewport: PHONE, locale: "tr-TR" })
        const page = await context.newPage()
        if (language === "fa") {
          await openInPersian(page, demo.urls.storefront)
        } else {
          await page.goto(demo.urls.storefront)
        }
        await findAndAdd(page, typed, piece)
        await findAndAdd(page, rest[0], rest[1])
        await checkOutAsGuest(page, guest)
        await page.getByTestId("payment-continue").click()
        await page.getByTestId("place-order").waitFor()

        // Meanwhile another shopper buys the last one.
        await api.placeOrder(product.variants[0].id)
        await page.getByTestId("place-order").click()

        const refusal = page.getByTestId("place-order-error")
        await refusal.waitFor()
        expect(await refusal.innerText()).toContain(piece)
        expect(await refusal.innerText()).toContain(soldOut)
        expect(await page.locator("html").getAttribute("lang")).toBe(language)
        expect(await axeViolations(page)).toEqual([])
        expect(await sidewaysScroll(page)).toBe(false)
        await page.screenshot({
          path: `.test-results/checkout-sold-out-${language}.png`,
          fullPage: true,
        })

        await page.getByTestId("remove-unavailable").click()
        await refusal.waitFor({ state: "detached" })
        await page.waitForLoadState("networkidle")
        // Her cart changed, so the checkout asks again what depends on it: shipping for one
        // parcel fewer, and payment of the new total.
        for (const step of ["shipping-continue", "payment-continue"]) {
          if (await page.getByTestId(step).count()) {
            await page.getByTestId(step).click()
            await page.waitForLoadState("networkidle")
          }
        }
        await page.getByTestId("place-order").click()
        await page.getByTestId("order-placed").waitFor()
        expect(await page.getByTestId("order-part").first().innerText()).not.toContain(piece)
        await context.close()
      } finally {
        await api.backend(`/producer/products/${product.id}/archive`, {
          method: "POST",
          token: producer,
          body: {},
        })
      }
    }
  )

  it("lets a registered shopper pay by bank transfer; staff mark it paid and she sees it in her account", async () => {
    const page = await browser().newPage({ viewport: DESKTOP, locale: "tr-TR" })
    await page.goto(`${demo.urls.storefront}/account/login`)
    await page.getByTestId("field-email").fill(demo.shopper.email)
    await page.getByTestId("field-password").fill(demo.shopper.password)
    await page.getByTestId("login-submit").click()
    await page.getByTestId("logout").waitFor()

    await findAndAdd(page, "bakir cezve", "Dövme bakır cezve")
    await page.getByTestId("nav-cart").click()
    await page.getByTestId("go-to-checkout").click()
    for (const [field, value] of [
      ["first_name", "Deniz"],
      ["last_name", "Alıcı"],
      ["phone", "0532 111 11 11"],
      ["address_1", "Cumhuriyet Cd. 3"],
      ["city", "İzmit"],
    ]) {
      const input = page.getByTestId(`field-${field}`)
      if (!(await input.inputValue())) {
        await input.fill(value)
      }
    }
    await page.getByTestId("address-continue").click()
    await page.getByTestId("shipping-continue").click()
    await page.getByTestId("payment-pp_bank-transfer_offline").click()
    await page.getByTestId("payment-continue").click()
    await page.getByTestId("place-order").click()

    await page.getByTestId("order-placed").waitFor()
    const reference = await page.getByTestId("bank-reference").innerText()
    expect(reference).toMatch(/^IMC-[A-Z0-9]{6}$/)
    expect(await page.getByTestId("bank-iban").innerText()).toMatch(/^TR\d{2}/)
    expect(await page.getByTestId("order-payment-status").innerText()).toBe("Ödeme bekleniyor")
    // Her account links the order without the guest's key, which a signed-in owner does not need.
    const orderPath = new URL(page.url()).pathname

    const admin = await browser().newPage({ viewport: DESKTOP })
    await admin.goto(demo.urls.admin)
    await admin.getByTestId("login-email").fill(demo.staff.email)
    await admin.getByTestId("login-password").fill(demo.staff.password)
    await admin.getByTestId("login-submit").click()
    await admin.getByTestId("nav-pending-payments").click()
    const row = admin.getByRole("row").filter({ hasText: reference })
    await row.waitFor()
    await row.getByTestId("mark-paid").click()
    await admin.getByTestId("confirm-mark-paid").click()
    await row.waitFor({ state: "detached" })
    await admin.screenshot({ path: ".test-results/checkout-admin-paid.png", fullPage: true })
    await admin.close()

    await page.goto(`${demo.urls.storefront}/account`)
    await page.getByTestId("order-row").first().click()
    await page.waitForURL((url) => url.pathname === orderPath)
    await page.getByTestId("order-payment-status").filter({ hasText: "Ödendi" }).waitFor()
    await page.close()
  })

  it("pays by card in Stripe's Payment Element; a declined card places no order and she tries another", async () => {
    const page = await browser().newPage({ viewport: DESKTOP, locale: "tr-TR" })
    await routeStripe(page, inject("stripeApiUrl"))
    await page.goto(demo.urls.storefront)

    await findAndAdd(page, "cini kase", "Çini kase")
    await checkOutAsGuest(page, {
      email: "kart@example.com",
      first_name: "Ayşe",
      last_name: "Kaya",
      phone: "0532 222 22 22",
      address_1: "İstiklal Cd. 5",
      city: "Kocaeli",
    })
    await page.getByTestId("payment-pp_stripe_stripe").click()
    await page.getByTestId("payment-continue").click()

    const cardNumber = page.getByTestId("card-field").getByTestId("stand-in-card-number")
    await cardNumber.fill(TEST_CARD_NUMBERS.declined)
    await page.getByTestId("place-order").click()
    expect(await page.getByTestId("place-order-error").innerText()).toBe(
      "Kartınızdan ödeme alınamadı: Your card was declined."
    )
    expect(page.url()).toContain("/checkout")

    await cardNumber.fill(TEST_CARD_NUMBERS.visa)
    await page.getByTestId("place-order").click()
    await page.getByTestId("order-placed").waitFor()
    expect(await page.getByTestId("order-payment-status").innerText()).toBe("Kart onaylandı")
    await page.screenshot({ path: ".test-results/checkout-card-tr.png", fullPage: true })
    await page.close()
  })
})
