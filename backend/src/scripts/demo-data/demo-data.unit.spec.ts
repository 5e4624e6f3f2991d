import { DEFAULT_REASON_TEMPLATES } from "./reason-templates"
import { handleShowsSurname } from "../../utils/handle"
import { DEMO_PRODUCERS, FORMER_DEMO_HANDLES } from "./producers"
import { DEMO_CATEGORY_NAMES, DEMO_PRODUCT_WORDS } from "./product-words"
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

  it("gives no shop a handle with her surname, and moves each former handle to one of them", () => {
    const handles = DEMO_PRODUCERS.map((producer) => producer.handle)
    for (const producer of DEMO_PRODUCERS) {
      expect(handleShowsSurname(producer.handle, producer.name)).toBe(false)
    }
    expect(Object.values(FORMER_DEMO_HANDLES).sort()).toEqual([...handles].sort())
    for (const former of Object.keys(FORMER_DEMO_HANDLES)) {
      expect(handles).not.toContain(former)
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

  it("words every product in the two languages its producer did not write it in, and every category in three", () => {
    for (const product of DEMO_PRODUCTS) {
      const persian = /[\u0600-\u06ff]/.test(product.title)
      const wanted = persian ? ["en", "tr"] : ["en", "fa"]
      const words = DEMO_PRODUCT_WORDS[product.handle] ?? {}
      expect([product.handle, Object.keys(words).sort()]).toEqual([product.handle, wanted])
      for (const locale of wanted as ("tr" | "fa" | "en")[]) {
        expect(words[locale]?.materials).toHaveLength(product.materials.length)
      }
    }
    expect(Object.keys(DEMO_PRODUCT_WORDS).sort()).toEqual(
      DEMO_PRODUCTS.map((product) => product.handle).sort()
    )
    for (const product of DEMO_PRODUCTS) {
      expect(Object.keys(DEMO_CATEGORY_NAMES[product.category]).sort()).toEqual(["en", "fa", "tr"])
    }
  })

  it("labels its reasons for refusing in its staff's Turkish, not in English", () => {
    // Each of the demo's labels has a letter only Turkish writes.
    const english = DEFAULT_REASON_TEMPLATES.filter(({ label }) => !/[çğıöşüÇĞİÖŞÜ]/.test(label))
    expect(english).toEqual([])
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
