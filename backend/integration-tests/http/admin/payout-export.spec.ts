import { integrationTestRunner } from "../../helpers/test-runner"
import { PRODUCER_LEDGER_MODULE } from "../../../src/modules/producer-ledger"
import type ProducerLedgerModuleService from "../../../src/modules/producer-ledger/service"
import { setUpCheckoutStore } from "../../helpers/checkout"
import {
  createAdministratorHeaders,
  createProducerHeaders,
  createStaffHeaders,
} from "../../helpers/store"
import { cooperativeDay } from "../../helpers/calendar"

jest.setTimeout(120_000)

const IBAN = "TR33 0006 1005 1978 6457 8413 26"
const FORMULA = '=HYPERLINK("https://example.com/x","Ayşe")'

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    type Headers = { headers: Record<string, string> }

    /**
     * Books 900 TRY she earned from a delivered order, as booking earnings writes it, proposes
     * the batch paying it and reads its CSV for the bank.
     */
    async function payOutAndExport(administrator: Headers, producer: Headers) {
      const producerId = (await api.get("/producer/me", producer)).data.producer.id
      const ledger: ProducerLedgerModuleService = getContainer().resolve(PRODUCER_LEDGER_MODULE)
      await ledger.createLedgerEntries({
        producer_id: producerId,
        currency_code: "try",
        kind: "earning",
        amount: 90_000,
        commission: 10_000,
        available_at: new Date(Date.now() - 86_400_000),
        key: "earning:test-line",
      })
      const { data } = await api.post(
        "/admin/payout-batches",
        { period_start: "2026-01-01", period_end: cooperativeDay() },
        administrator
      )
      const csv = await api.get(
        `/admin/payout-batches/${data.payout_batch.id}/export`,
        administrator
      )
      return { csv: String(csv.data), reference: data.payout_batch.reference as string }
    }

    describe("Admin: the payout batch's CSV for the bank", () => {
      it("keeps a producer's name from running as a formula in the bank's spreadsheet", async () => {
        const container = getContainer()
        const administrator = await createAdministratorHeaders(container, api)
        const producer = await createProducerHeaders(container, api, { name: FORMULA })
        await api.post("/producer/me", { iban: IBAN, iban_holder: "Ayşe Yılmaz" }, producer)
        const { csv, reference } = await payOutAndExport(administrator, producer)
        const [, row] = csv
          .replace(/^\uFEFF/, "")
          .trim()
          .split("\r\n")
        expect(row).toBe(
          `"'=HYPERLINK(""https://example.com/x"",""Ayşe"")",${IBAN.replace(/ /g, "")},900.00,TRY,${reference}`
        )
      })

      it("never gives staff a producer's IBAN through a producer's fields, however spelt, and the payout export still has it", async () => {
        const container = getContainer()
        const administrator = await createAdministratorHeaders(container, api)
        const reviewer = await createStaffHeaders(container, api, "reviewer@test.local")
        await setUpCheckoutStore(container)
        const producer = await createProducerHeaders(container, api, { name: "Ayşe Yılmaz" })
        await api.post("/producer/me", { iban: IBAN, iban_holder: "Ayşe Yılmaz" }, producer)
        const { data: created } = await api.post(
          "/producer/products",
          { title: "Oya küpe", prices: { try: 450 }, stock: 5 },
          producer
        )
        const productId: string = created.product.id

        const spellings = [
          "producer.iban",
          " producer.iban",
          "producer.iban ",
          "producer.iban%20",
          "%20producer.iban",
          "%09producer.iban",
          "+producer.iban",
          "*producer",
          "producer.*",
          "+producer.*",
          "*producer.*",
          "producer.iban_holder",
          "producer.IBAN",
        ]
        const urls = spellings.flatMap((spelling) => [
          `/admin/products?fields=id,${spelling}`,
          `/admin/products/${productId}?fields=id,${spelling}`,
          `/admin/producers?fields=id,${spelling.replace("producer.", "")}`,
        ])
        for (const headers of [administrator, reviewer]) {
          for (const url of urls) {
            const answer = await api.get(url, { ...headers, validateStatus: () => true })
            const json = JSON.stringify(answer.data)
            expect({
              url,
              status: answer.status,
              leaks: json.includes(IBAN.replace(/ /g, "")),
            }).toEqual({ url, status: expect.any(Number), leaks: false })
            expect(answer.status).toBeLessThan(500)
            expect(json).not.toContain('Ayşe Yılmaz","iban')
          }
        }
        // A producer asked for whole still comes, only without her account.
        const { data } = await api.get(`/admin/products/${productId}?fields=id,*producer`, reviewer)
        expect(data.product.producer).toEqual(expect.objectContaining({ name: "Ayşe Yılmaz" }))
        expect(data.product.producer).not.toHaveProperty("iban")

        const { csv } = await payOutAndExport(administrator, producer)
        expect(csv).toContain(`Ayşe Yılmaz,${IBAN.replace(/ /g, "")},900.00,TRY`)
      })
    })
  },
})
