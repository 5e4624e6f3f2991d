import { handleFromName, handleFromText, handleShowsSurname } from "./handle"

describe("shop handles", () => {
  it("are made of her first name only", () => {
    expect(handleFromName("Ayşe Yılmaz", "IMC-7K2D")).toBe("ayse")
    expect(handleFromName("  Gülsüm Nur Arslan ", "IMC-7K2D")).toBe("gulsum")
    // Another script, or a first name too short to read as a handle: the fallback.
    expect(handleFromName("مریم احمدی", "IMC-7K2D")).toBe("imc-7k2d")
    expect(handleFromName("Su Ak", "shop")).toBe("shop")
  })

  it("tell whether they show her surname", () => {
    expect(handleShowsSurname("ayse-yilmaz-oya", "Ayşe Yılmaz")).toBe(true)
    expect(handleShowsSurname("ayse-nur", "Ayşe Nur Yılmaz")).toBe(true)
    expect(handleShowsSurname("ayse-oya", "Ayşe Yılmaz")).toBe(false)
    expect(handleShowsSurname("ayse-2", "Ayşe")).toBe(false)
    // A surname that is also her first name is no secret the handle gives away.
    expect(handleShowsSurname("derya", "Derya Derya")).toBe(false)
  })
})

describe("product handles", () => {
  it("are made of every word of the title", () => {
    expect(handleFromText("Oya küpe, mavi", "product")).toBe("oya-kupe-mavi")
    expect(handleFromText("ترشی", "product")).toBe("product")
  })
})
