import { bankTransferReference, formatIban, isValidIban } from "./bank-details"

describe("bank transfer details", () => {
  it("gives each session a short reference, always the same for it, without look-alike characters", () => {
    const reference = bankTransferReference("payses_01JABCDEF")
    expect(reference).toMatch(/^IMC-[A-HJ-NP-Z2-9]{6}$/)
    expect(bankTransferReference("payses_01JABCDEF")).toBe(reference)
    expect(bankTransferReference("payses_01JABCDEG")).not.toBe(reference)
  })

  it("accepts a well-formed IBAN, printed in groups or not", () => {
    expect(isValidIban("TR33 0006 1005 1978 6457 8413 26")).toBe(true)
    expect(isValidIban("tr330006100519786457841326")).toBe(true)
    expect(isValidIban("DE89 3704 0044 0532 0130 00")).toBe(true)
  })

  it("refuses an IBAN with a wrong check digit or a Turkish one of the wrong length", () => {
    expect(isValidIban("TR34 0006 1005 1978 6457 8413 26")).toBe(false)
    expect(isValidIban("TR33 0006 1005 1978 6457 8413 2")).toBe(false)
    expect(isValidIban("not an iban")).toBe(false)
  })

  it("prints an IBAN in groups of four", () => {
    expect(formatIban("tr330006100519786457841326")).toBe("TR33 0006 1005 1978 6457 8413 26")
  })
})
