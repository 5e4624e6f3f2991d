import { describe, expect, it } from "vitest"
import { storeProducer } from "../../test/fixtures"
import { craftAndCity, firstSentence, storyExcerpt } from "./producer-text"

describe("a producer's texts", () => {
  it("joins her craft in the reader's language and her city, leaving out what is missing", () => {
    expect(craftAndCity(storeProducer(), "en")).toBe("Needle lace · Ödemiş")
    expect(craftAndCity(storeProducer({ craft: null }), "en")).toBe("Ödemiş")
    expect(craftAndCity(storeProducer({ city: null }), "fa")).toBe("İğne oyası")
  })

  it("takes the first sentence for a card, in Persian too", () => {
    expect(firstSentence("Oyayı annemden öğrendim. Her yazmayı elde işliyorum.")).toBe(
      "Oyayı annemden öğrendim."
    )
    expect(firstSentence("چرا نه؟ از مادرم یاد گرفتم.")).toBe("چرا نه؟")
    expect(firstSentence("Noktasız bir cümle")).toBe("Noktasız bir cümle")
  })

  it("keeps a short story whole and cuts a long one at a word", () => {
    expect(storyExcerpt("Kısa bir hikâye.")).toBe("Kısa bir hikâye.")
    expect(storyExcerpt("bir iki üç dört", 9)).toBe("bir iki…")
    expect(storyExcerpt("Birinci paragraf.\n\nİkinci paragraf.")).toBe("Birinci paragraf.")
  })
})
