import { withoutPayoutAccount } from "./hide-payout-account"
import { adminProducerFields } from "./query-config"

describe("withoutPayoutAccount", () => {
  it("drops a producer's IBAN and holder however they are named", () => {
    expect(withoutPayoutAccount("id,iban,+producer.iban,producer.iban_holder,title")).toBe(
      "id,title"
    )
    expect(withoutPayoutAccount("*items.product.producer.iban")).toBe("")
  })

  it("turns a producer asked for whole into the columns staff see of her", () => {
    const columns = adminProducerFields.map((column) => `+producer.${column}`).join(",")
    expect(withoutPayoutAccount("*producer")).toBe(columns)
    expect(withoutPayoutAccount("+producer.*")).toBe(columns)
    expect(withoutPayoutAccount("id,producer")).toBe(`id,${columns}`)
    expect(withoutPayoutAccount("*product.producers")).toContain("+product.producers.handle")
  })

  it("leaves everything else as it was", () => {
    expect(withoutPayoutAccount("id,*variants,+producer.name,-producer")).toBe(
      "id,*variants,+producer.name,-producer"
    )
  })
})
