import { textCell } from "./csv"

describe("a CSV text cell", () => {
  it("quotes what needs quoting and never lets a cell run as a formula", () => {
    expect(textCell("Ankara")).toBe("Ankara")
    expect(textCell("Keçiören, Ankara")).toBe('"Keçiören, Ankara"')
    expect(textCell("Keçiören; Ankara")).toBe('"Keçiören; Ankara"')
    expect(textCell('Ayşe "Oya" Yılmaz')).toBe('"Ayşe ""Oya"" Yılmaz"')
    expect(textCell("=1+1")).toBe("'=1+1")
    expect(textCell("@SUM(A1)")).toBe("'@SUM(A1)")
    expect(textCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
  })
})
