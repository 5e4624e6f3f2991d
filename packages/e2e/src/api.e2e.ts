import { describe, expect, inject, it } from "vitest"

/** The facts the foundation promises, checked against a real `npm start`. */
describe("the marketplace npm start brings up", () => {
  const demo = inject("demo")
  const store = { headers: { "x-publishable-api-key": demo.publishableKey } }

  it("answers /health", async () => {
    const res = await fetch(`${demo.urls.backend}/health`)
    expect(res.status).toBe(200)
  })

  it("lists at least 30 demo products, each with its producer", async () => {
    const res = await fetch(
      `${demo.urls.backend}/store/products?limit=100&fields=id,title,*producer`,
      store
    )
    const { products } = (await res.json()) as {
      products: { title: string; producer?: { name: string } | null }[]
    }
    expect(res.status).toBe(200)
    expect(products.length).toBeGreaterThanOrEqual(30)
    for (const product of products) {
      expect(product.producer?.name, product.title).toEqual(expect.any(String))
    }
  })

  it("lists at least 6 producers", async () => {
    const res = await fetch(`${demo.urls.backend}/store/producers?limit=50`, store)
    const { producers, count } = (await res.json()) as { producers: unknown[]; count: number }
    expect(count).toBeGreaterThanOrEqual(6)
    expect(producers.length).toBe(count)
  })

  it("lets the demo producer log in to her shop", async () => {
    const login = await fetch(`${demo.urls.backend}/auth/producer/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(demo.producer),
    })
    const { token } = (await login.json()) as { token: string }
    const me = await fetch(`${demo.urls.backend}/producer/me`, {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(me.status).toBe(200)
  })

  it("serves Medusa's own admin dashboard at /app", async () => {
    const res = await fetch(`${demo.urls.medusaAdmin}/`)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('<div id="medusa"')
  })

  it("serves demo images that are drawn, not downloaded", async () => {
    const res = await fetch(`${demo.urls.backend}/store/products?limit=1&fields=thumbnail`, store)
    const {
      products: [product],
    } = (await res.json()) as { products: { thumbnail: string }[] }
    const image = await fetch(product.thumbnail)
    expect(image.status).toBe(200)
    expect(image.headers.get("content-type")).toContain("image/svg+xml")
  })
})
