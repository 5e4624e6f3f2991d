import { randomBytes } from "node:crypto"
import { createServer, type Server } from "node:http"
import { existsSync } from "node:fs"
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises"
import type { AddressInfo } from "node:net"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { freePort, startEmbeddedPostgres } from "@imece/devstack/embedded-postgres"
import { gatewayAvailable, startGateway } from "@imece/devstack/gateway"
import {
  BACKEND,
  buildBackendCopy,
  hashTree,
  MEDUSA,
  ROOT,
  runLogged,
  startBuiltBackend,
} from "@imece/devstack/production-backend"
import { StripeStandIn } from "@imece/stripe-stand-in"
import Redis from "ioredis"
import pg from "pg"
import type { TestProject } from "vitest/node"
import { SERVERS, type ProcessName, type Stack } from "./stack"

const PACKAGE = path.resolve(fileURLToPath(import.meta.url), "../..")
/** Kept between runs (git-ignored): the backend copy is rebuilt only when its sources change. */
const CACHE = path.join(PACKAGE, ".data")
/** Each process's output, kept after the run (and emptied at the next) to read when a test fails. */
const LOGS = path.join(CACHE, "logs")
/** Redis database of its own, emptied at the start, so no other user of this Redis is touched. */
const REDIS_DB = 9
/** What the backend's build and its database are made from, as the devstack hashes it. */
const BACKEND_SOURCES = ["src", "medusa-config.ts", "package.json", "tsconfig.json"]
const WEBHOOK_SECRET = "whsec_resilience_stand_in"
/** The reconciliation job runs every few seconds here, on checkouts older than half a minute. */
const RECONCILIATION = { intervalMs: 3_000, graceSeconds: 30 }
/** `medusa start` runs with NODE_ENV=production, which refuses to guess the bank account. */
const DEMO_COOPERATIVE_IBAN = "TR33 0006 1005 1978 6457 8413 26"

type Running = Awaited<ReturnType<typeof startBuiltBackend>>

const started = Date.now()
const stripe = new StripeStandIn()
let stripeStarted = false
const processes = new Map<ProcessName, Running>()
const cleanups: (() => Promise<unknown>)[] = []
let runDir = ""

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`
const say = (line: string) => process.stdout.write(`[resilience] ${line}\n`)

/** Runs a phase of the setup and prints how long it took. */
async function phase<T>(label: string, work: () => Promise<T>): Promise<T> {
  const since = Date.now()
  const result = await work()
  say(`${label} (${seconds(since)})`)
  return result
}

interface Postgres {
  admin: pg.ClientConfig
  url: (database: string) => string
  /** The embedded server is this suite's own: it keeps seeded databases between runs. */
  embedded: boolean
}

/**
 * The machine's PostgreSQL when DB_HOST is set (as .ci/run sets it); otherwise an embedded
 * PostgreSQL kept in the package's cache.
 */
async function postgres(): Promise<Postgres> {
  if (process.env.DB_HOST) {
    const { DB_HOST, DB_PORT = "5432", DB_USERNAME = "postgres", DB_PASSWORD = "" } = process.env
    const credentials = DB_PASSWORD
      ? `${encodeURIComponent(DB_USERNAME)}:${encodeURIComponent(DB_PASSWORD)}`
      : encodeURIComponent(DB_USERNAME)
    return {
      admin: {
        host: DB_HOST,
        port: Number(DB_PORT),
        user: DB_USERNAME,
        password: DB_PASSWORD,
        database: "postgres",
      },
      url: (database) => `postgres://${credentials}@${DB_HOST}:${DB_PORT}/${database}`,
      embedded: false,
    }
  }
  const db = await startEmbeddedPostgres({
    dataDir: path.join(CACHE, "postgres"),
    database: "postgres",
    log: say,
  })
  cleanups.push(() => db.stop())
  return {
    admin: {
      host: "localhost",
      port: db.port,
      user: db.user,
      password: db.password,
      database: "postgres",
    },
    url: (database) => `postgres://${db.user}:${db.password}@localhost:${db.port}/${database}`,
    embedded: true,
  }
}

async function asAdmin<T>(server: Postgres, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client(server.admin)
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

type Seed = Pick<Stack, "publishableKey" | "staff" | "producer">

/**
 * A database of this run's own, dropped afterwards, migrated and seeded with the demo. The
 * embedded server keeps the seeded database of the last backend build as a template, so a run
 * on unchanged sources copies it in a second instead of migrating and seeding again.
 */
async function seededDatabase(
  server: Postgres,
  sourcesHash: string,
  migrateAndSeed: (url: string) => Promise<Seed>
): Promise<{ url: string; seed: Seed }> {
  const name = `imece_resilience_${process.pid}_${randomBytes(3).toString("hex")}`
  const template = `imece_resilience_seeded_${sourcesHash.slice(0, 16)}`
  const templateSeed = path.join(CACHE, `${template}.json`)
  cleanups.push(() =>
    asAdmin(server, (client) => client.query(`drop database if exists "${name}" with (force)`))
  )
  const kept =
    server.embedded &&
    existsSync(templateSeed) &&
    (
      await asAdmin(server, (client) =>
        client.query("select 1 from pg_database where datname = $1", [template])
      )
    ).rowCount
  if (kept) {
    await asAdmin(server, (client) =>
      client.query(`create database "${name}" template "${template}" strategy file_copy`)
    )
    say("Reusing the database seeded for this backend build")
    return { url: server.url(name), seed: JSON.parse(await readFile(templateSeed, "utf8")) }
  }
  await asAdmin(server, (client) => client.query(`create database "${name}"`))
  const seed = await migrateAndSeed(server.url(name))
  if (server.embedded) {
    await asAdmin(server, async (client) => {
      const { rows } = await client.query<{ datname: string }>(
        "select datname from pg_database where datname like 'imece_resilience_seeded_%'"
      )
      for (const { datname } of rows) {
        await client.query(`drop database "${datname}" with (force)`)
      }
      await client.query(`create database "${template}" template "${name}" strategy file_copy`)
    })
    await writeFile(templateSeed, JSON.stringify(seed))
  }
  return { url: server.url(name), seed }
}

/** REDIS_URL (or the local Redis) with this suite's own database index, emptied. */
async function redis(): Promise<string> {
  const url = new URL(process.env.REDIS_URL || "redis://127.0.0.1:6379")
  url.pathname = `/${REDIS_DB}`
  const client = new Redis(url.toString(), { maxRetriesPerRequest: 1 })
  await client.flushdb()
  await client.quit()
  cleanups.push(async () => {
    const closing = new Redis(url.toString(), { maxRetriesPerRequest: 1 })
    await closing.flushdb()
    await closing.quit()
  })
  return url.toString()
}

/**
 * Answers the tests' requests to kill and restart processes (they run in other processes than
 * this one, which owns the servers) and what the Stripe stand-in received.
 */
function controlServer(
  start: (name: ProcessName) => Promise<Running>,
  ports: Record<ProcessName, number>
): Promise<Server> {
  const server = createServer((request, response) => {
    const answer = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json" })
      response.end(JSON.stringify(body))
    }
    const url = new URL(request.url ?? "/", "http://localhost")
    if (request.method === "GET" && url.pathname === "/stripe/requests") {
      return answer(200, stripe.requests)
    }
    const match = /^\/processes\/([a-z-]+)\/(kill|start)$/.exec(url.pathname)
    const name = match?.[1] as ProcessName | undefined
    if (request.method !== "POST" || !match || !name || !(name in ports)) {
      return answer(404, { message: `No such control: ${request.method} ${url.pathname}` })
    }
    const since = Date.now()
    const work =
      match[2] === "kill" ? kill(name) : start(name).then((running) => processes.set(name, running))
    work.then(
      () => answer(200, { ms: Date.now() - since }),
      (error: Error) => answer(500, { message: error.message })
    )
  })
  return new Promise((resolve) => server.listen(0, "localhost", () => resolve(server)))
}

/** SIGKILL: the process gets no chance to finish what it was doing. */
async function kill(name: ProcessName) {
  const running = processes.get(name)
  if (!running || running.child.exitCode !== null || running.child.signalCode !== null) {
    return
  }
  const exited = new Promise((resolve) => running.child.once("exit", resolve))
  running.child.kill("SIGKILL")
  await exited
}

export async function setup(project: TestProject) {
  try {
    await bringUp(project)
  } catch (error) {
    await teardown()
    throw error
  }
}

async function bringUp(project: TestProject) {
  runDir = await mkdtemp(path.join(os.tmpdir(), "imece-resilience-"))
  await rm(LOGS, { recursive: true, force: true })
  const logs = (name: string) => path.join(LOGS, name)
  for (const name of ["setup", ...SERVERS, "worker"]) {
    await mkdir(logs(name), { recursive: true })
  }
  const baseEnv = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true" }

  await stripe.start()
  stripeStarted = true
  const ports: Record<ProcessName, number> = {
    "server-a": await freePort(),
    "server-b": await freePort(),
    worker: await freePort(),
  }
  const env = {
    ...baseEnv,
    JWT_SECRET: randomBytes(32).toString("hex"),
    COOKIE_SECRET: randomBytes(32).toString("hex"),
    COOPERATIVE_IBAN: DEMO_COOPERATIVE_IBAN,
    MEDUSA_BACKEND_URL: `http://localhost:${ports["server-a"]}`,
    IMECE_STATIC_DIR: path.join(runDir, "static"),
    STRIPE_API_KEY: "sk_test_stand_in",
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_URL: stripe.url,
  }

  // The database is migrated and seeded from the backend's sources (`npm run seed`) while the
  // build runs: the two take a core each.
  const sourcesHash = await hashTree([
    ...BACKEND_SOURCES.map((source) => path.join(BACKEND, source)),
    path.join(ROOT, "package-lock.json"),
  ])
  const migrateAndSeed = async (url: string): Promise<Seed> => {
    await phase("Database migrated", () =>
      runLogged("migrations", MEDUSA, ["db:migrate"], {
        cwd: BACKEND,
        env: { ...env, DATABASE_URL: url },
        logDir: logs("setup"),
      })
    )
    const seedFile = path.join(runDir, "seed.json")
    await phase("Demo cooperative seeded (without its year of history)", () =>
      runLogged("seed", MEDUSA, ["exec", "./src/scripts/seed.ts"], {
        cwd: BACKEND,
        env: {
          ...env,
          DATABASE_URL: url,
          IMECE_DEMO_HISTORY: "off",
          IMECE_SEED_OUTPUT: seedFile,
        },
        logDir: logs("setup"),
      })
    )
    const { publishableKey, staff, producer }: Seed = JSON.parse(await readFile(seedFile, "utf8"))
    return { publishableKey, staff, producer }
  }
  // All three end before a failure is thrown, so no migration still writes to a database the
  // teardown drops.
  const [build, database, redisDatabase] = await Promise.allSettled([
    phase("Backend built (a copy, skipped while its sources are unchanged)", () =>
      buildBackendCopy({
        dir: path.join(CACHE, "build"),
        staticDir: path.join(runDir, "static"),
        logDir: logs("setup"),
        env: baseEnv,
        log: say,
      })
    ),
    phase("PostgreSQL ready", postgres).then((server) =>
      seededDatabase(server, sourcesHash, migrateAndSeed)
    ),
    phase("Redis database emptied", redis),
  ])
  const { built } = settled(build)
  const { url: databaseUrl, seed } = settled(database)
  const redisUrl = settled(redisDatabase)

  // Medusa's Redis event bus, workflow engine, cache and locking, shared by all three processes.
  const processEnv = {
    ...env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    // Every shopper here comes from 127.0.0.1; in production 200 shoppers come from 200
    // addresses, so the per-address limits must not stand in for the stock.
    CART_COMPLETE_RATE_LIMIT: "100000",
    LOGIN_RATE_LIMIT: "100000",
    LOGIN_ACCOUNT_RATE_LIMIT: "100000",
    CHECKOUT_RECONCILIATION_INTERVAL_MS: String(RECONCILIATION.intervalMs),
    CHECKOUT_RECONCILIATION_GRACE_SECONDS: String(RECONCILIATION.graceSeconds),
    // The gateway on this machine is the proxy in front, as in docker-compose.yml.
    TRUSTED_PROXIES: "loopback",
  }
  const start = (name: ProcessName) =>
    startBuiltBackend({
      built,
      port: ports[name],
      env: { ...processEnv, MEDUSA_WORKER_MODE: name === "worker" ? "worker" : "server" },
      logDir: logs(name),
      timeoutMs: 300_000,
    })
  await phase("Two servers and a worker answer /health", async () => {
    const names: ProcessName[] = [...SERVERS, "worker"]
    const running = await Promise.all(names.map(start))
    names.forEach((name, index) => processes.set(name, running[index]))
  })

  const gateway = gatewayAvailable()
    ? await phase("The gateway answers in front of both servers", () =>
        startGateway({ servers: SERVERS.map((name) => `127.0.0.1:${ports[name]}`) })
      )
    : undefined
  if (gateway) {
    cleanups.push(() => gateway.stop())
  } else {
    say("Debian's nginx is not installed: the gateway is left out")
  }

  const control = await controlServer(start, ports)
  cleanups.push(() => new Promise((resolve) => control.close(resolve)))

  const stack: Stack = {
    servers: {
      "server-a": `http://localhost:${ports["server-a"]}`,
      "server-b": `http://localhost:${ports["server-b"]}`,
    },
    gateway: gateway?.url,
    control: `http://localhost:${(control.address() as AddressInfo).port}`,
    databaseUrl,
    redisUrl,
    publishableKey: seed.publishableKey,
    staff: seed.staff,
    producer: seed.producer,
    stripe: { url: stripe.url, webhookSecret: WEBHOOK_SECRET },
    reconciliation: RECONCILIATION,
  }
  project.provide("stack", stack)
  say(`Production shape up in ${seconds(started)}; logs in ${LOGS}`)
}

/** The value of work that has ended, or its error. */
function settled<T>(result: PromiseSettledResult<T>): T {
  if (result.status === "rejected") {
    throw result.reason
  }
  return result.value
}

/** Stops everything the setup started; safe to call twice (after a failed setup, then by Vitest). */
/** Each process's resident memory now, as issue 17 asks it stated per process. */
async function residentMemory(): Promise<string> {
  const sizes: string[] = []
  for (const [name, running] of processes) {
    const status = await readFile(`/proc/${running.pid}/status`, "utf8").catch(() => "")
    const kb = Number(status.match(/^VmRSS:\s+(\d+)\s+kB/m)?.[1] ?? NaN)
    sizes.push(`${name} ${Number.isNaN(kb) ? "gone" : `${(kb / 1024).toFixed(0)} MB`}`)
  }
  return sizes.join(", ")
}

export async function teardown() {
  const since = Date.now()
  if (processes.size) {
    say(`Resident memory after the run: ${await residentMemory()}`)
  }
  await Promise.all([...processes.values()].map((running) => running.stop()))
  processes.clear()
  for (const cleanup of cleanups.splice(0).reverse()) {
    await cleanup().catch((error: Error) => say(`While cleaning up: ${error.message}`))
  }
  if (stripeStarted) {
    stripeStarted = false
    await stripe.stop()
  }
  if (runDir) {
    await rm(runDir, { recursive: true, force: true })
  }
  say(`Stopped in ${seconds(since)}; the whole suite took ${seconds(started)}`)
}
