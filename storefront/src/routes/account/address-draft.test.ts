import { describe, expect, it } from "vitest"
import { customerAddress } from "../../test/account-fixtures"
import {
  addressBody,
  addressLine,
  checkAddressDraft,
  countryName,
  emptyAddress,
} from "./address-draft"

describe("a saved address", () => {
  it("needs everything but the postal code", () => {
    expect(checkAddressDraft(emptyAddress("tr"))).toEqual({
      first_name: "required",
      last_name: "required",
      address_1: "required",
      city: "required",
      phone: "required",
    })
  })

  it("is sent trimmed, without an empty postal code", () => {
    const draft = {
      ...emptyAddress("tr"),
      first_name: " Elif ",
      last_name: "Demir",
      address_1: "Atatürk Cad. 5 ",
      city: "İzmir",
      phone: " 0555 111 22 33",
      postal_code: "  ",
    }
    expect(addressBody(draft)).toEqual({
      first_name: "Elif",
      last_name: "Demir",
      address_1: "Atatürk Cad. 5",
      city: "İzmir",
      country_code: "tr",
      phone: "0555 111 22 33",
    })
    expect(addressBody({ ...draft, postal_code: "35000" }).postal_code).toBe("35000")
  })

  it("names the country in her language", () => {
    expect(countryName("tr", "tr")).toBe("Türkiye")
    expect(countryName("ir", "fa")).toBe("ایران")
    expect(addressLine(customerAddress(), "en")).toBe("Atatürk Cad. 5, 35000 İzmir, Türkiye")
  })
})
