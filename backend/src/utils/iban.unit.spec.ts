import { ibanProblem, maskIban, normalizeIban } from "./iban"

const check = (typed: string) => ibanProblem(normalizeIban(typed))

describe("IBAN", () => {
  it("accepts a valid Turkish IBAN, typed with spaces and in lower case", () => {
    expect(check("TR330006100519786457841326")).toBeNull()
    expect(check("TR33 0006 1005 1978 6457 8413 26")).toBeNull()
    expect(check(" tr33 0006 1005 1978 6457 8413 26 ")).toBeNull()
    expect(normalizeIban(" tr33 0006\t1005 1978 6457 8413 26 ")).toBe("TR330006100519786457841326")
  })

  it("accepts a valid IBAN of another country, with letters in its account number", () => {
    expect(check("DE89 3704 0044 0532 0130 00")).toBeNull()
    expect(check("GB82 WEST 1234 5698 7654 32")).toBeNull()
  })

  it("refuses wrong check digits and a mistyped digit", () => {
    expect(check("TR34 0006 1005 1978 6457 8413 26")).toBe("checksum")
    expect(check("TR33 0006 1005 1978 6457 8413 27")).toBe("checksum")
    expect(check("DE88 3704 0044 0532 0130 00")).toBe("checksum")
  })

  it("refuses a Turkish IBAN that is not 26 characters long", () => {
    expect(check("TR33 0006 1005 1978 6457 8413 2")).toBe("length")
    expect(check("TR33 0006 1005 1978 6457 8413 266")).toBe("length")
    expect(check("DE89 3704")).toBe("length")
  })

  it("refuses letters in a Turkish IBAN's account number", () => {
    expect(check("TR33 0006 1005 1978 6457 84AB 26")).toBe("turkish_digits")
  })

  it("refuses what is not an IBAN at all", () => {
    expect(check("TR33-0006-1005-1978-6457-8413-26")).toBe("characters")
    expect(check("3300 0610 0519 7864 5784 1326 TR")).toBe("format")
    expect(check("")).toBe("format")
  })

  it("masks all but the country code and the last four characters", () => {
    expect(maskIban("TR330006100519786457841326")).toBe("TR** **** **** **** **** **13 26")
    expect(maskIban("DE89370400440532013000")).toBe("DE** **** **** **** **30 00")
    expect(maskIban(null)).toBeNull()
  })
})
