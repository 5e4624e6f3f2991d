import { describe, expect, it } from "vitest"
import { storeCart } from "../../test/cart-fixtures"
import {
  addressUpdate,
  checkAddress,
  initialAddress,
  offeredPaymentProviders,
  paymentMethodOf,
  type CheckoutAddress,
} from "./checkout-address"

const address: CheckoutAddress = {
  email: "elif@example.com",
  first_name: "Elif",
  last_name: "Alıcı",
  phone: "0532 000 00 00",
  address_1: "Atatürk Cd. 12",
  city: "Ankara",
  postal_code: "",
  country_code: "tr",
}

describe("the checkout address", () => {
  it("asks for what a parcel needs, and a real email", () => {
    expect(checkAddress(address)).toEqual({})
    expect(checkAddress({ ...address, city: "  ", email: "elif" })).toEqual({
      city: "required",
      email: "invalidEmail",
    })
  })

  it("starts from the cart, then her account, then the region's only country", () => {
    expect(initialAddress(storeCart(), null, ["tr"])).toEqual(
      expect.objectContaining({ email: "", country_code: "tr" })
    )
    expect(
      initialAddress(
        storeCart(),
        { email: "elif@example.com", addresses: [{ first_name: "Elif", country_code: "de" }] },
        ["tr"]
      )
    ).toEqual(
      expect.objectContaining({ email: "elif@example.com", first_name: "Elif", country_code: "tr" })
    )
  })

  it("sends the same trimmed address for shipping and billing", () => {
    const update = addressUpdate({ ...address, city: " Ankara " })
    expect(update.email).toBe("elif@example.com")
    expect(update.shipping_address).toEqual(update.billing_address)
    expect(update.shipping_address).toEqual(expect.objectContaining({ city: "Ankara" }))
  })
})

describe("ways to pay", () => {
  it("knows each provider by its id", () => {
    expect(paymentMethodOf("pp_cash-on-delivery_offline")).toBe("cash-on-delivery")
    expect(paymentMethodOf("pp_bank-transfer_offline")).toBe("bank-transfer")
    expect(paymentMethodOf("pp_stripe_stripe")).toBe("card")
  })

  it("offers cash first, hides the test provider when real ones exist, and a card only with its form", () => {
    const providers = [
      "pp_system_default",
      "pp_stripe_stripe",
      "pp_bank-transfer_offline",
      "pp_cash-on-delivery_offline",
    ]
    expect(offeredPaymentProviders(providers, { cardForm: false })).toEqual([
      "pp_cash-on-delivery_offline",
      "pp_bank-transfer_offline",
    ])
    expect(offeredPaymentProviders(providers, { cardForm: true })).toEqual([
      "pp_cash-on-delivery_offline",
      "pp_bank-transfer_offline",
      "pp_stripe_stripe",
    ])
    expect(offeredPaymentProviders(["pp_system_default"], { cardForm: true })).toEqual([
      "pp_system_default",
    ])
  })
})
