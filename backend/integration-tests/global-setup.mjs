import { mkdtemp } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { startEmbeddedPostgres } from "@imece/devstack/embedded-postgres"

/**
 * medusaIntegrationTestRunner finds PostgreSQL through DB_HOST, DB_PORT, DB_USERNAME and
 * DB_PASSWORD. When none is given, a throwaway embedded server is started for the run. The run's
 * migrated database, which every test file copies (helpers/test-runner.ts), gets its name here.
 */
export default async function globalSetup() {
  process.env.MEDUSA_DISABLE_TELEMETRY = "true"
  process.env.IMECE_TEST_TEMPLATE_DB = `imece-test-migrated-${process.pid}-${Date.now().toString(36)}`
  if (process.env.DB_HOST) {
    return
  }
  const dataDir = path.join(await mkdtemp(path.join(os.tmpdir(), "imece-test-pg-")), "data")
  const db = await startEmbeddedPostgres({ dataDir, database: "postgres" })
  globalThis.__IMECE_TEST_DB__ = db
  Object.assign(process.env, {
    DB_HOST: "localhost",
    DB_PORT: String(db.port),
    DB_USERNAME: db.user,
    DB_PASSWORD: db.password,
  })
}
