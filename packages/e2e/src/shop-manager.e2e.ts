import { writeFile } from "node:fs/promises"
import { describe, expect, inject, it } from "vitest"
import { useBrowser } from "./browser"
import { chooseLanguage } from "./storefront-header"
import { storeApi } from "./store-api"

/** A 1×1 PNG: the upload path is the same whatever the photo's size. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64"
)

type StoreProduct = {
  id: string
  handle: string
  title: string
  variants: { id: string }[]
  producer: { handle: string; name: string } | null
}

describe("a producer runs her shop from her phone, in Persian", () => {
  const demo = inject("demo")
  const browser = useBrowser()

  const { backend, placeOrder } = storeApi(demo)

  it("lists a product with a photo, sees a shopper's order for it and ships it with a tracking number", async () => {
    const page = await browser().newPage({ viewport: { width: 360, height: 740 } })
    const title = `گوشوارهٔ قلاب‌بافی ${Date.now()}`

    await page.goto(`${demo.urls.storefront}/sell/login`)
    await chooseLanguage(page, "fa")
    expect(await page.evaluate(() => document.documentElement.dir)).toBe("rtl")
    await page.getByTestId("field-email").fill(demo.producer.email)
    await page.getByTestId("field-password").fill(demo.producer.password)
    await page.getByTestId("login-submit").click()
    await page.getByTestId("today").waitFor()
    await page.screenshot({ path: ".test-results/shop-manager-today-fa.png" })

    // Listing a product: every tap and every screen she meets from her first screen on.
    let taps = 0
    const steps = new Set<string>()
    const tap = async (action: Promise<unknown>) => {
      taps += 1
      await action
    }
    const step = async () => steps.add(await page.getByTestId("product-step").innerText())

    await tap(page.getByTestId("add-product").first().click())
    await step()
    await tap(
      page
        .getByTestId("field-photos")
        .setInputFiles({ name: "goshvare.png", mimeType: "image/png", buffer: PNG })
    )
    await page.getByTestId("uploaded-photo").waitFor()
    await page.screenshot({ path: ".test-results/shop-manager-new-photos-fa.png" })
    await tap(page.getByTestId("product-next").click())
    await step()
    await tap(page.getByTestId("field-title").fill(title))
    await tap(page.getByTestId("product-next").click())
    await step()
    await tap(page.getByTestId("field-variant_0_price_try").fill("۴۵۰"))
    await tap(page.getByTestId("field-variant_0_quantity").fill("۳"))
    await page.screenshot({ path: ".test-results/shop-manager-new-stock-fa.png" })
    await tap(page.getByTestId("product-next").click())
    await page.getByTestId("product-listed").waitFor()
    await page.getByTestId("shop-product").filter({ hasText: title }).waitFor()
    await page.screenshot({ path: ".test-results/shop-manager-products-fa.png" })
    expect([...steps]).toEqual(["مرحلهٔ ۱ از ۳", "مرحلهٔ ۲ از ۳", "مرحلهٔ ۳ از ۳"])
    await writeFile(
      ".test-results/shop-manager-listing.json",
      JSON.stringify({ screens: steps.size, taps }, null, 2)
    )

    // Moderation is off in the demo: it is on sale at once, with her as the maker.
    const { products } = await backend<{ products: StoreProduct[] }>(
      `/store/products?q=${encodeURIComponent(title)}&fields=*producer,*variants`
    )
    expect(products).toHaveLength(1)
    const [product] = products
    await page.goto(`${demo.urls.storefront}/products/${product.handle}`)
    expect(await page.getByTestId("product-title").innerText()).toBe(title)
    expect(await page.getByTestId("maker-name").innerText()).toContain(product.producer?.name)
    await page.screenshot({ path: ".test-results/shop-manager-on-sale-fa.png" })

    // She adds the English words for it; a shopper reading English sees them.
    await page.goto(`${demo.urls.storefront}/sell/shop/products/${product.id}`)
    await page.getByTestId("field-translation_en_title").fill("Crochet earrings")
    await page.getByTestId("product-save").click()
    await page.getByTestId("product-saved").waitFor()
    await page.goto(`${demo.urls.storefront}/products/${product.handle}`)
    await chooseLanguage(page, "en")
    await page.getByText("Crochet earrings").first().waitFor()
    expect(await page.getByTestId("product-title").innerText()).toBe("Crochet earrings")
    await chooseLanguage(page, "fa")
    await page.getByText(title).first().waitFor()

    const order = await placeOrder(product.variants[0].id)

    await page.goto(`${demo.urls.storefront}/sell/shop`)
    await page.getByTestId("shop-nav-orders").click()
    // The order is split into producers' parts when the order-placed event is handled.
    const number = new Intl.NumberFormat("fa-IR").format(order.display_id)
    const row = page
      .getByTestId("shop-order")
      .filter({ has: page.getByText(`سفارش ${number}`, { exact: true }) })
    const listed = page.getByTestId("shop-order").or(page.getByText("هنوز سفارشی اینجا نیست."))
    await listed.first().waitFor()
    for (let attempt = 0; attempt < 20 && !(await row.count()); attempt++) {
      await page.waitForTimeout(500)
      await page.reload()
      await listed.first().waitFor()
    }
    await page.screenshot({ path: ".test-results/shop-manager-orders-fa.png" })
    await row.click()
    await page.getByTestId("order-prepare").click()
    await page.getByTestId("field-carrier").fill("پست")
    await page.getByTestId("field-tracking_number").fill("IR123456789")
    await page.screenshot({ path: ".test-results/shop-manager-ship-fa.png" })
    await page.getByTestId("order-ship").click()
    await page.getByTestId("order-shipment").waitFor()
    expect(await page.getByTestId("order-shipment").innerText()).toContain("IR123456789")
    await page.screenshot({ path: ".test-results/shop-manager-shipped-fa.png" })

    // The shopper's view of her order: the store API until the order page exists.
    const { order: shopperView } = await backend<{
      order: { producer_orders: { status: string; tracking_number: string | null }[] }
    }>(`/store/orders/${order.id}?fields=id,*producer_orders`, { orderKey: order.key })
    expect(shopperView.producer_orders).toEqual([
      expect.objectContaining({ status: "shipped", tracking_number: "IR123456789" }),
    ])
    await page.close()
  })
})
