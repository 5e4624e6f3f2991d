import { describe, expect, it } from "vitest"
import { languageOfWords } from "./text-language"

describe("languageOfWords", () => {
  it("takes words in the page's own script as the page's language", () => {
    expect(languageOfWords("گلیم آذربایجان", "fa")).toBe("fa")
    expect(languageOfWords("Keçe terlik", "tr")).toBe("tr")
    expect(languageOfWords("Felt slippers", "en")).toBe("en")
  })

  it("takes Latin words on a Persian page as her Turkish, Persian words elsewhere as Persian", () => {
    expect(languageOfWords("Gelincik oyalı yazma.", "fa")).toBe("tr")
    expect(languageOfWords("قالیچهٔ گلستان", "tr")).toBe("fa")
    expect(languageOfWords("قالیچهٔ گلستان", "en")).toBe("fa")
  })

  it("keeps the page's language for words with no letters or in both scripts", () => {
    expect(languageOfWords("۶۰×۹۰", "fa")).toBe("fa")
    expect(languageOfWords("2", "tr")).toBe("tr")
    expect(languageOfWords("Halı dokuma · ارومیه", "tr")).toBe("tr")
  })
})
