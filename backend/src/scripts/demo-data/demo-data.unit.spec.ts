import { DEMO_PRODUCERS } from "./producers"
import { DEMO_PRODUCTS } from "./products"
import { renderAvatarSvg, renderProductSvg } from "./images"

const HANDLE = /^[a-z0-9]+(-[a-z0-9]+)*$/

describe("the demo cooperative", () => {
  it("has at least 6 producers and 30 products", () => {
    expect(DEMO_PRODUCERS.length).toBeGreaterThanOrEqual(6)
    expect(DEMO_PRODUCTS.length).toBeGreaterThanOrEqual(30)
  })

  it("has unique ASCII handles", () => {
    for (const list of [DEMO_PRODUCERS, DEMO_PRODUCTS]) {
      const handles = list.map((item) => item.handle)
      expect(new Set(handles).size).toBe(handles.length)
      handles.forEach((handle) => expect(handle).toMatch(HANDLE))
    }
  })

  it("tells every producer's craft and story in Turkish, Persian and English", () => {
    for (const producer of DEMO_PRODUCERS) {
      for (const text of [producer.craft, producer.story]) {
        expect(Object.keys(text).sort()).toEqual(["en", "fa", "tr"])
      }
      // Persian is written with Persian letters, not their Arabic look-alikes.
      expect(`${producer.story.fa}${producer.craft.fa}`).not.toMatch(/[يك]/)
    }
  })

  it("gives every product a producer who exists, a price in both currencies and sane stock", () => {
    const producers = new Set(DEMO_PRODUCERS.map((producer) => producer.handle))
    for (const product of DEMO_PRODUCTS) {
      expect(producers.has(product.producer)).toBe(true)
      expect(Number.isInteger(product.priceTry) && product.priceTry > 0).toBe(true)
      expect(Number.isInteger(product.priceEur) && product.priceEur > 0).toBe(true)
      expect(product.stock > 0 || Boolean(product.madeToOrderDays)).toBe(true)
    }
  })
})

describe("demo images", () => {
  const palette = DEMO_PRODUCERS[0].palette

  it("are small, self-contained SVG documents", () => {
    const images = [
      ...DEMO_PRODUCTS.map((product) => renderProductSvg(product, palette)),
      ...DEMO_PRODUCERS.map((producer) => renderAvatarSvg(producer)),
    ]
    for (const image of images) {
      expect(image.startsWith("<svg")).toBe(true)
      expect(image.endsWith("</svg>")).toBe(true)
      expect(image).toContain('xmlns="http://www.w3.org/2000/svg"')
      expect(image).toContain("viewBox")
      expect(image.replace("http://www.w3.org/2000/svg", "")).not.toContain("http")
      expect(image).not.toMatch(/NaN|undefined/)
      expect(Buffer.byteLength(image)).toBeLessThan(64 * 1024)
    }
  })

  it("draw the same picture for the same product every time", () => {
    const product = DEMO_PRODUCTS[0]
    expect(renderProductSvg(product, palette)).toBe(renderProductSvg(product, palette))
  })
})
