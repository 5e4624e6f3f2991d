import { execFile, spawnSync } from "node:child_process"
import { mkdtemp, rm } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { ContainerRegistrationKeys, createPgConnection } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../../helpers/test-runner"
import type { ProducerOrder } from "@imece/types"
import { placeOrder, setUpCheckoutStore } from "../../helpers/checkout"
import { eventually } from "../../helpers/http"
import { listProduct } from "../../helpers/producers"
import { createProducerHeaders } from "../../helpers/store"

jest.setTimeout(240_000)

const DEVSTACK = path.join(__dirname, "../../../../packages/devstack/src")
const VERSION_MISMATCH = 3

/** What the backup must carry whole: money and the people it belongs to. */
const TABLES = ["order", "producer_order", "ledger_entry", "producer"]

type Headers = { headers: Record<string, string> }

/** Runs `npm run backup` / `npm run restore` as an operator would, against `databaseUrl`. */
function script(name: "backup" | "restore", args: string[], databaseUrl: string) {
  return new Promise<{ code: number; output: string }>((resolve) =>
    execFile(
      process.execPath,
      [path.join(DEVSTACK, `${name}.mjs`), ...args],
      { env: { ...process.env, DATABASE_URL: databaseUrl } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` })
    )
  )
}

/**
 * pg_dump refuses a server newer than itself: this machine's pg_dump 15 against the embedded
 * PostgreSQL 18 that the tests start when DB_HOST is unset. Only then is the test skipped.
 */
const serverUrl = `postgres://${encodeURIComponent(process.env.DB_USERNAME ?? "postgres")}:${encodeURIComponent(
  process.env.DB_PASSWORD ?? ""
)}@${process.env.DB_HOST ?? "localhost"}:${process.env.DB_PORT ?? "5432"}/postgres`
const check = spawnSync(process.execPath, [path.join(DEVSTACK, "backup.mjs"), "--check"], {
  env: { ...process.env, DATABASE_URL: serverUrl },
  encoding: "utf8",
})
const itWhenPgDumpFits = check.status === VERSION_MISMATCH ? it.skip : it
if (check.status === VERSION_MISMATCH) {
  console.warn(`Skipping the backup and restore test: ${check.stderr.trim()}`)
}

/** Rows and an md5 of every row in id order, per table: equal only if the data is the same. */
async function fingerprint(url: string) {
  const connection = createPgConnection({ clientUrl: url, schema: "public" })
  try {
    const result: Record<string, { rows: number; md5: string }> = {}
    for (const table of TABLES) {
      const {
        rows: [row],
      } = await connection.raw<{ rows: { rows: number; md5: string }[] }>(
        `select count(*)::int as rows, md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as md5 from "${table}" t`
      )
      result[table] = row
    }
    return result
  } finally {
    await connection.destroy()
  }
}

integrationTestRunner({
  testSuite: ({ api, getContainer, dbConfig }) => {
    describe("npm run backup and npm run restore", () => {
      let folder: string
      const restoredName = `imece_restore_${process.pid}_${Date.now()}`
      const restoredUrl = () => {
        const url = new URL(dbConfig.clientUrl)
        url.pathname = `/${restoredName}`
        return url.href
      }

      beforeAll(async () => {
        folder = await mkdtemp(path.join(os.tmpdir(), "imece-backup-test-"))
      })

      afterAll(async () => {
        await rm(folder, { recursive: true, force: true })
        const url = new URL(dbConfig.clientUrl)
        url.pathname = "/postgres"
        const connection = createPgConnection({ clientUrl: url.href, schema: "public" })
        await connection.raw(`drop database if exists "${restoredName}"`)
        await connection.destroy()
      })

      itWhenPgDumpFits(
        "restores orders, ledger and producers into a fresh database, row for row",
        async () => {
          const container = getContainer()
          const { storeHeaders, checkout } = await setUpCheckoutStore(container)
          const ayse: Headers = await createProducerHeaders(container, api, {
            handle: "ayse-oya",
            name: "Ayşe",
            email: "ayse@test.local",
          })
          await createProducerHeaders(container, api, {
            handle: "zehra-kece",
            name: "Zehra",
            email: "zehra@test.local",
          })
          const earrings = await listProduct(api, ayse, { title: "Oya küpe", price: 450 })
          await placeOrder(api, storeHeaders, {
            ...checkout,
            items: [{ variant_id: earrings, quantity: 2 }],
          })
          // Her part delivered puts an earning on her ledger.
          const [part] = await eventually(
            async () => (await api.get("/producer/orders", ayse)).data.orders as ProducerOrder[],
            (parts) => parts.length > 0
          )
          await api.post(`/producer/orders/${part.id}/prepare`, {}, ayse)
          await api.post(
            `/producer/orders/${part.id}/ship`,
            { carrier: "PTT", tracking_number: "PTT123" },
            ayse
          )
          await api.post(`/producer/orders/${part.id}/deliver`, {}, ayse)
          const query = container.resolve(ContainerRegistrationKeys.QUERY)
          await eventually(
            async () => (await query.graph({ entity: "ledger_entry", fields: ["id"] })).data,
            (entries) => entries.length > 0
          )

          const before = await fingerprint(dbConfig.clientUrl)
          expect(before.order.rows).toBe(1)
          expect(before.producer_order.rows).toBe(1)
          expect(before.ledger_entry.rows).toBeGreaterThan(0)
          expect(before.producer.rows).toBe(2)

          const file = path.join(folder, "imece.dump")
          const backup = await script("backup", [file], dbConfig.clientUrl)
          expect(backup).toEqual({ code: 0, output: expect.stringContaining("✓ Backed up") })

          // The database in use holds tables: without --force it is left alone.
          const refused = await script("restore", [file], dbConfig.clientUrl)
          expect(refused.code).toBe(1)
          expect(refused.output).toMatch(/already holds \d+ tables/)

          const restored = await script(
            "restore",
            [file, "--into", restoredName],
            dbConfig.clientUrl
          )
          expect(restored).toEqual({ code: 0, output: expect.stringContaining("✓ Restored") })

          expect(await fingerprint(restoredUrl())).toEqual(before)
        }
      )
    })
  },
})
