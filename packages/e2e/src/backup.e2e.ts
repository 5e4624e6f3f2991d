import { execFile } from "node:child_process"
import { mkdtemp, rm } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import { describe, expect, inject, it } from "vitest"

const run = promisify(execFile)
const ROOT = path.resolve(fileURLToPath(import.meta.url), "../../../..")

describe("backing up the demo", () => {
  it("dumps the database npm start runs, while it runs, with the machine's own pg_dump", async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), "imece-backup-"))
    try {
      const file = path.join(folder, "demo.dump")
      // The embedded database, even where the machine's tests set DATABASE_URL.
      const { DATABASE_URL: _elsewhere, ...inherited } = process.env
      const env = { ...inherited, IMECE_DATA_DIR: inject("dataDir") }
      const { stdout } = await run(
        "node",
        [path.join(ROOT, "packages/devstack/src/backup.mjs"), file],
        {
          env,
        }
      )
      expect(stdout).toContain(file)

      const { stdout: contents } = await run("pg_restore", ["--list", file])
      for (const table of ["order", "producer", "ledger_entry", "producer_order", "product"]) {
        expect(contents).toMatch(new RegExp(`TABLE DATA public ${table} `))
      }
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })
})
