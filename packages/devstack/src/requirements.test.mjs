import { spawnSync } from "node:child_process"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { freePort } from "./embedded-postgres.mjs"
import { checkRequirements } from "./requirements.mjs"

const TEST_SCRIPT = path.resolve(fileURLToPath(import.meta.url), "../test.mjs")

/** A machine without Chromium, Redis or PostgreSQL's client tools. */
async function bareMachine() {
  const redisUrl = `redis://127.0.0.1:${await freePort()}`
  return {
    PATH: process.env.PATH,
    CHROMIUM_PATH: "/nowhere/chromium",
    TEST_REDIS_URL: redisUrl,
    REDIS_URL: redisUrl,
    PG_DUMP: "/nowhere/pg_dump",
    PG_RESTORE: "/nowhere/pg_restore",
  }
}

describe("what npm test needs beyond npm install", () => {
  it("names each missing piece with how to install it", async () => {
    const requirements = await checkRequirements(await bareMachine())
    const missing = Object.fromEntries(
      requirements.filter((r) => !r.ok).map((r) => [r.name.split(/[ ,]/)[0], r.fix])
    )
    expect(Object.keys(missing).sort()).toEqual(["Chromium", "Redis", "pg_dump", "pg_restore"])
    expect(missing.Chromium).toContain("apt-get install chromium")
    expect(missing.Redis).toContain("apt-get install redis-server")
    expect(missing.pg_dump).toContain("apt-get install postgresql-client")
  })

  it("npm test says what is missing and runs nothing", async () => {
    const run = spawnSync(process.execPath, [TEST_SCRIPT], {
      env: await bareMachine(),
      encoding: "utf8",
      timeout: 60_000,
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain("npm test needs more than `npm install` on this machine")
    expect(run.stdout).toContain("✗ Chromium at /nowhere/chromium")
    expect(run.stdout).toContain("apt-get install redis-server")
    expect(run.stdout).toContain("Nothing was run.")
    expect(run.stdout).not.toContain("typecheck")
  })
})
