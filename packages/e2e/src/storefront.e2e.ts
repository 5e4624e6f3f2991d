import { describe, expect, inject, it } from "vitest"
import { useBrowser } from "./browser"
import { chooseLanguage } from "./storefront-header"

describe("a shopper in the storefront", () => {
  const demo = inject("demo")
  const browser = useBrowser()

  it("switches to Persian, sees the page turn right-to-left, and finds who made a product", async () => {
    const page = await browser().newPage({ viewport: { width: 360, height: 740 } })
    await page.goto(demo.urls.storefront)

    const cards = page.getByTestId("product-card")
    await cards.first().waitFor()
    expect(await cards.count()).toBeGreaterThan(0)
    expect(await page.locator("html").getAttribute("dir")).toBe("ltr")

    await chooseLanguage(page, "fa")
    await page.waitForFunction(() => document.documentElement.dir === "rtl")
    expect(await page.locator("html").getAttribute("lang")).toBe("fa")

    const title = (await cards.first().innerText()).split("\n")[0]
    await cards.first().getByRole("link").click()
    await page.getByTestId("product-title").waitFor()
    expect(await page.getByTestId("product-title").innerText()).toContain(title.trim())

    const maker = page.getByTestId("maker-name")
    await maker.waitFor()
    expect((await maker.innerText()).trim().length).toBeGreaterThan(1)
    // Still Persian after navigating: the choice is kept.
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl")

    await page.screenshot({ path: ".test-results/storefront-product-fa.png" })
    await page.close()
  })

  it("shows a producer's page with her story and products", async () => {
    const page = await browser().newPage({ viewport: { width: 360, height: 740 } })
    await page.goto(demo.urls.storefront)
    await page.getByTestId("producer-card").first().getByRole("link").click()

    await page.getByTestId("producer-name").waitFor()
    await page.getByTestId("product-card").first().waitFor()
    expect(await page.getByTestId("product-card").count()).toBeGreaterThan(0)
    await page.close()
  })
})
