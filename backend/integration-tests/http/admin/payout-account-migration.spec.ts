import { integrationTestRunner } from "../../helpers/test-runner"
import { Migration20261204200100 } from "../../../src/modules/producer-ledger/migrations/Migration20261204200100"
import { createProducerHeaders, createStaffHeaders } from "../../helpers/store"

jest.setTimeout(120_000)

const IBAN = "TR330006100519786457841326"

/** The migration's statements, run on the test database as `db:migrate` would. */
async function runMigration(dbConnection: { raw: (sql: string) => Promise<unknown> }) {
  const statements: string[] = []
  const migration = Object.create(Migration20261204200100.prototype) as Migration20261204200100
  Object.assign(migration, { addSql: (sql: string) => statements.push(sql) })
  await migration.up()
  for (const sql of statements) {
    await dbConnection.raw(sql)
  }
}

integrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    describe("Migration: producers' payout accounts leave the producer table", () => {
      it("moves an IBAN kept on her producer record to her payout account, and drops the columns", async () => {
        const container = getContainer()
        const producer = await createProducerHeaders(container, api, { name: "Ayşe Yılmaz" })
        const producerId: string = (await api.get("/producer/me", producer)).data.producer.id
        // A database from before: the account on the producer's row, none in the ledger.
        await dbConnection.raw(
          `alter table "producer" add column if not exists "iban" text null, add column if not exists "iban_holder" text null`
        )
        await dbConnection.raw(
          `update "producer" set "iban" = '${IBAN}', "iban_holder" = 'Ayşe Yılmaz' where "id" = '${producerId}'`
        )

        await runMigration(dbConnection)
        // Run twice, as a second `db:migrate` of another module's order might: nothing changes.
        await runMigration(dbConnection)

        const { data } = await api.get("/producer/me", producer)
        expect(data.producer).toEqual(
          expect.objectContaining({ iban: IBAN, iban_holder: "Ayşe Yılmaz" })
        )
        const columns = (await dbConnection.raw(
          `select column_name from information_schema.columns where table_name = 'producer' and column_name like 'iban%'`
        )) as { rows: unknown[] }
        expect(columns.rows).toEqual([])
        const staff = await createStaffHeaders(container, api)
        const { data: listed } = await api.get("/admin/producers", staff)
        expect(listed.producers[0]).toEqual(
          expect.objectContaining({ has_iban: true, iban_masked: expect.stringMatching(/^TR/) })
        )
      })
    })
  },
})
