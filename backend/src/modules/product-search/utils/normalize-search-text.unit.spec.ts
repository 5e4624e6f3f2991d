import { normalizeSearchText } from "./normalize-search-text"

describe("normalizeSearchText", () => {
  it("meets every spelling of a Turkish word as one, whatever the case and the dots", () => {
    const spellings = ["işlemeli", "IŞLEMELİ", "İşlemeli", "islemeli", "ISLEMELI", "İŞLEMELİ"]
    expect(new Set(spellings.map(normalizeSearchText))).toEqual(new Set(["islemeli"]))
    expect(normalizeSearchText("ığne")).toBe(normalizeSearchText("iğne"))
    expect(normalizeSearchText("Çağlayan Gümüş Örgü")).toBe("caglayan gumus orgu")
  })

  it("folds accents of other Latin languages and letters Unicode does not decompose", () => {
    expect(normalizeSearchText("Crème Brûlée")).toBe("creme brulee")
    expect(normalizeSearchText("Søren Łódź Straße")).toBe("soren lodz strasse")
  })

  it("writes Arabic letter forms as the Persian ones", () => {
    expect(normalizeSearchText("كيف")).toBe(normalizeSearchText("کیف"))
    expect(normalizeSearchText("يلدا")).toBe("یلدا")
    expect(normalizeSearchText("مصطفى")).toBe("مصطفی")
    expect(normalizeSearchText("سجادة")).toBe("سجاده")
  })

  it("drops hamza forms, vowel marks and tatweel", () => {
    expect(normalizeSearchText("أحمد")).toBe("احمد")
    expect(normalizeSearchText("إبريق")).toBe(normalizeSearchText("ابریق"))
    expect(normalizeSearchText("آینه")).toBe("اینه")
    expect(normalizeSearchText("مؤمن")).toBe("مومن")
    expect(normalizeSearchText("هیئت")).toBe("هییت")
    expect(normalizeSearchText("اشیاء")).toBe("اشیا")
    expect(normalizeSearchText("خانۀ")).toBe("خانه")
    expect(normalizeSearchText("كِتَابٌ")).toBe("کتاب")
    expect(normalizeSearchText("کـــیف")).toBe("کیف")
  })

  it("reads Persian and Arabic-Indic digits as 0–9", () => {
    expect(normalizeSearchText("۲ عدد")).toBe("2 عدد")
    expect(normalizeSearchText("١٢٣")).toBe("123")
    expect(normalizeSearchText("۱۲۳")).toBe("123")
  })

  it("separates words at the Persian half-space, punctuation and runs of spaces", () => {
    expect(normalizeSearchText("کتاب\u200cها")).toBe("کتاب ها")
    expect(normalizeSearchText("  el-yapımı,  ipek!  ")).toBe("el yapimi ipek")
    expect(normalizeSearchText("سلام، دنیا؟")).toBe("سلام دنیا")
    expect(normalizeSearchText("<b>")).toBe("b")
    expect(normalizeSearchText("  ?!  ")).toBe("")
  })

  it("turns Arabic presentation forms into plain letters", () => {
    expect(normalizeSearchText("ﻛﺘﺎﺏ")).toBe("کتاب")
  })
})
