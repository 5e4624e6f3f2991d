/**
 * `npm run bench`: how fast the marketplace is on a large catalogue.
 *
 * Builds the backend (production) and the storefront, seeds 10,000 products from 200 producers
 * into an embedded PostgreSQL (kept between runs under .data/bench), then measures the store
 * API with autocannon, our routes beside plain Medusa's and a bare Node server, and the
 * storefront with Lighthouse. Prints one table and writes it to docs/benchmarks.md.
 *
 * Settings (environment): BENCH_DURATION (s, 15), BENCH_WARMUP (s, 5), BENCH_CONNECTIONS (50),
 * BENCH_CHECKOUT_CONCURRENCY (20), BENCH_CHECKOUTS (measured completions, 100),
 * BENCH_PRODUCTS (10000), BENCH_PRODUCERS (200), BENCH_LIGHTHOUSE_RUNS (3),
 * BENCH_REPORT (docs/benchmarks.md; "off" to write none).
 */
import { spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import { mkdir, readFile, writeFile } from "node:fs/promises"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { freePort } from "@imece/devstack/embedded-postgres"
import { gatewayAvailable, startGateway } from "@imece/devstack/gateway"
import { buildBackendCopy, ROOT, startBuiltBackend } from "@imece/devstack/production-backend"
import { serveStatic } from "@imece/devstack/serve-static"
import { step as timedStep } from "@imece/devstack/step"
import { catalogueSize, prepareCatalogue, statementStats } from "./catalogue.mjs"
import { measure, readRssMb } from "./load.mjs"
import { childrenOf, cpuMeter, loadAverage, machineInfo, waitForQuiet } from "./machine.mjs"
import { markdownReport, textReport } from "./report.mjs"
import { createScenarios } from "./scenarios.mjs"
import {
  buildStorefront,
  initialJavaScript,
  lighthouseMedian,
  writeCartPrimer,
} from "./storefront.mjs"

const setting = (name, fallback) => {
  const value = Number(process.env[name] ?? fallback)
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} must be a positive number.`)
  }
  return value
}

const config = {
  duration: setting("BENCH_DURATION", 15),
  warmup: setting("BENCH_WARMUP", 5),
  connections: setting("BENCH_CONNECTIONS", 50),
  checkoutConcurrency: setting("BENCH_CHECKOUT_CONCURRENCY", 20),
  checkouts: setting("BENCH_CHECKOUTS", 100),
  lighthouseRuns: setting("BENCH_LIGHTHOUSE_RUNS", 3),
  counts: {
    products: setting("BENCH_PRODUCTS", 10_000),
    producers: setting("BENCH_PRODUCERS", 200),
  },
  report: process.env.BENCH_REPORT ?? path.join(ROOT, "docs", "benchmarks.md"),
}

const DATA = path.join(ROOT, ".data", "bench")
const LOGS = path.join(DATA, "logs")
/** Seeded product images carry the backend's address, so the bench keeps to one port. */
const PREFERRED_BACKEND_PORT = 9100
const SEED_BACKEND_URL = `http://localhost:${PREFERRED_BACKEND_PORT}`
const DEMO_COOPERATIVE_IBAN = "TR33 0006 1005 1978 6457 8413 26"
/** Each connection adds to this many carts of its own, in turn. */
const CARTS_PER_CONNECTION = 2
/** Requests sent one at a time after each scenario, for the time a request takes alone. */
const ALONE_REQUESTS = 15
/** Completions sent one at a time, each on a cart of its own. */
const ALONE_CHECKOUTS = 5

const cleanups = []
const notes = []
const say = (line) => process.stdout.write(`${line}\n`)
const step = (label, work) => timedStep(label, work, { say, everyMs: 30_000 })

async function cleanUp() {
  for (const cleanup of cleanups.splice(0).reverse()) {
    await Promise.resolve()
      .then(cleanup)
      .catch((error) => say(`While stopping: ${error.message}`))
  }
}

/** The bare Node server, in its own process, answering `bodies` (path → JSON text). */
async function startCeiling(bodies) {
  const file = path.join(DATA, "ceiling-bodies.json")
  await writeFile(file, JSON.stringify(bodies))
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL("./ceiling-server.mjs", import.meta.url)), file],
    {
      stdio: ["ignore", "pipe", "inherit"],
    }
  )
  const port = await new Promise((resolve, reject) => {
    child.stdout.once("data", (chunk) => resolve(Number(String(chunk).trim())))
    child.once("exit", (code) => reject(new Error(`The bare Node server stopped (exit ${code}).`)))
  })
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) {
        return resolve()
      }
      child.once("exit", resolve)
      child.kill("SIGTERM")
    })
  return { url: `http://127.0.0.1:${port}`, pid: child.pid, stop }
}

async function main() {
  const loadBefore = loadAverage()
  const machine = machineInfo()
  await mkdir(LOGS, { recursive: true })
  say(
    `İmece bench — ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, load ${loadBefore.toFixed(2)}`
  )

  const ports = {
    backend: await freePort(PREFERRED_BACKEND_PORT),
    storefront: await freePort(PREFERRED_BACKEND_PORT + 1),
  }
  const urls = {
    backend: `http://localhost:${ports.backend}`,
    storefront: `http://localhost:${ports.storefront}`,
  }
  if (urls.backend !== SEED_BACKEND_URL) {
    notes.push(
      `Port ${PREFERRED_BACKEND_PORT} was taken, so the backend ran at ${urls.backend}; the seeded product images point at ${SEED_BACKEND_URL} and did not load in Lighthouse.`
    )
  }
  const env = {
    ...process.env,
    MEDUSA_DISABLE_TELEMETRY: "true",
    // `medusa start` runs in production mode, which refuses development secrets.
    JWT_SECRET: randomBytes(32).toString("hex"),
    COOKIE_SECRET: randomBytes(32).toString("hex"),
    COOPERATIVE_IBAN: process.env.COOPERATIVE_IBAN || DEMO_COOPERATIVE_IBAN,
    // Every completion comes from this one address: the limit for a real connection (30 a
    // minute) would measure the limiter.
    CART_COMPLETE_RATE_LIMIT: "1000000",
    IMECE_STATIC_DIR: path.join(DATA, "static"),
    STOREFRONT_URL: urls.storefront,
    BENCH_PRODUCTS: String(config.counts.products),
    BENCH_PRODUCERS: String(config.counts.producers),
  }
  // Nothing here needs Redis: one process with Medusa's in-memory modules.
  delete env.REDIS_URL
  delete env.DATABASE_URL

  const { built } = await step("Building the backend (production)", () =>
    buildBackendCopy({
      dir: DATA,
      staticDir: path.join(DATA, "static"),
      logDir: LOGS,
      env,
      log: (line) => say(`  ${line}`),
    })
  )
  const storefrontDir = path.join(DATA, "storefront")
  await step("Building the storefront", () =>
    buildStorefront({ outDir: storefrontDir, logDir: LOGS, env, say: (line) => say(`  ${line}`) })
  )

  const catalogue = await step("Preparing the catalogue database", () =>
    prepareCatalogue({
      dataDir: DATA,
      built,
      env: { ...env, MEDUSA_BACKEND_URL: SEED_BACKEND_URL },
      logDir: LOGS,
      counts: config.counts,
      say: (line) => say(`  ${line}`),
    })
  )
  cleanups.push(() => catalogue.stop())
  const seed = catalogue.seed
  const size = await catalogueSize(catalogue.url)
  say(
    `  ${size.products} products, ${size.variants} variants, ${size.prices} prices, ${size.producers} producers`
  )

  const backend = await step("Starting the backend (medusa start)", () =>
    startBuiltBackend({
      built,
      port: ports.backend,
      env: { ...env, DATABASE_URL: catalogue.url, MEDUSA_BACKEND_URL: urls.backend },
      logDir: LOGS,
    })
  )
  cleanups.push(() => backend.stop())
  const idleRssMb = readRssMb(backend.pid)
  const postmaster = Number(
    (await readFile(path.join(DATA, "postgres", "postmaster.pid"), "utf8")).split("\n")[0]
  )
  const extraPids = []
  const ourPids = () => [
    process.pid,
    backend.pid,
    postmaster,
    ...childrenOf(postmaster),
    ...extraPids,
  ]

  const scenarios = createScenarios({ seed, backendUrl: urls.backend })
  const probe = await scenarios.body(scenarios.listPath(scenarios.productFields)(() => 0))
  if (probe.status !== 200 || !JSON.parse(probe.text).products?.[0]?.producer) {
    throw new Error(
      `The product list did not answer with producers: ${probe.status} ${probe.text.slice(0, 300)}`
    )
  }

  const stats = await statementStats(catalogue.url)
  cleanups.push(() => stats.close())

  /**
   * The same requests one at a time, once the backend is quiet: what a request costs without a
   * queue, and how much of it PostgreSQL spent (statements and their time, per request).
   */
  const alone = async (
    build,
    { url = urls.backend, warmupAmount = 2, amount = ALONE_REQUESTS } = {}
  ) => {
    await stats.reset()
    const single = await measure({ url, connections: 1, warmupAmount, amount, build })
    const sql = await stats.read()
    const requests = warmupAmount + amount
    return {
      p50: single.p50,
      sqlStatements: sql.statements / requests,
      sqlMs: sql.ms / requests,
      slowest: sql.slowest && { ...sql.slowest, perRequest: sql.slowest.calls / requests },
    }
  }

  const backendRows = []
  /** One scenario under load, then, once the backend is quiet again, the same requests alone. */
  const runScenario = async (key, name, options, aloneOptions) => {
    say(`▸ ${name}`)
    const stopCpu = cpuMeter(ourPids)
    const result = await measure({ url: urls.backend, rssPid: backend.pid, ...options })
    const cpu = stopCpu()
    const drained = await waitForQuiet(backend.pid)
    const single = await alone(options.build, { url: options.url, ...aloneOptions })
    const row = { key, name, ...result, cpu, alone: single }
    backendRows.push(row)
    say(
      `  ${row.ok} ok in ${row.seconds.toFixed(1)} s: ${row.rps.toFixed(1)} req/s, p50 ${row.p50.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms, p99 ${row.p99.toFixed(1)} ms, ${row.errors} errors, peak RSS ${row.peakRssMb.toFixed(0)} MB, other load ${(cpu.other * 100).toFixed(0)}% (${drained.toFixed(0)} s to drain)`
    )
    say(
      `  alone: p50 ${single.p50.toFixed(1)} ms, PostgreSQL ${single.sqlMs.toFixed(1)} ms in ${single.sqlStatements.toFixed(1)} statements per request`
    )
    if (row.errors) {
      say(`  errors: ${JSON.stringify(row.errorDetail)}`)
    }
    return row
  }
  const timed = {
    connections: config.connections,
    warmup: config.warmup,
    duration: config.duration,
  }

  await runScenario("list", "Product list, ours (/store/products with producers)", {
    ...timed,
    build: scenarios.list,
  })
  await runScenario("plainList", "Product list, plain Medusa (no *producer)", {
    ...timed,
    build: scenarios.plainList,
  })
  await runScenario("detail", "Product detail, ours (by handle, as the product page asks)", {
    ...timed,
    build: scenarios.detail,
  })
  await runScenario("plainDetail", "Product detail, plain Medusa", {
    ...timed,
    build: scenarios.plainDetail,
  })
  await runScenario("producerShop", "Producer page: her shop (/store/producers/:handle)", {
    ...timed,
    build: scenarios.producerShop,
  })
  await runScenario("producerProducts", "Producer page: her products (producer_id, limit 100)", {
    ...timed,
    build: scenarios.producerProducts,
  })
  await runScenario("search", "Search (/store/search, with prices)", {
    ...timed,
    build: scenarios.search,
  })
  await runScenario("searchAfresh", "Search, each answered afresh (nothing kept)", {
    ...timed,
    build: scenarios.searchAfresh,
  })

  if (gatewayAvailable()) {
    await throughTheGateway({ backend: urls.backend, scenarios, runScenario, timed, extraPids })
    await capacityByServers({
      first: backend,
      startServer: (port) =>
        startBuiltBackend({
          built,
          port,
          env: {
            ...env,
            DATABASE_URL: catalogue.url,
            MEDUSA_BACKEND_URL: urls.backend,
            MEDUSA_WORKER_MODE: "server",
          },
          logDir: LOGS,
          name: "backend-second",
        }),
      scenarios,
      runScenario,
      timed,
      extraPids,
    })
  } else {
    notes.push(
      "The gateway was not measured: Debian's nginx with its brotli module is not installed (apt-get install nginx-light libnginx-mod-http-brotli-filter)."
    )
  }

  const carts = await step(`Preparing ${config.connections * CARTS_PER_CONNECTION} carts`, () =>
    scenarios.prepareCarts(config.connections, CARTS_PER_CONNECTION)
  )
  await runScenario("addToCart", "Add to cart (POST /store/carts/:id/line-items)", {
    ...timed,
    build: scenarios.addToCart(carts, CARTS_PER_CONNECTION),
  })

  const checkoutWarmup = config.checkoutConcurrency
  const checkoutsAlone = { warmupAmount: 1, amount: ALONE_CHECKOUTS }
  const checkoutCount = checkoutWarmup + config.checkouts + 1 + ALONE_CHECKOUTS
  const checkoutCarts = await step(`Preparing ${checkoutCount} carts ready to complete`, () =>
    scenarios.prepareCheckouts(checkoutCount)
  )
  await runScenario(
    "complete",
    `Cart completion (${config.checkoutConcurrency} concurrent, each its own cart)`,
    {
      connections: config.checkoutConcurrency,
      warmupAmount: checkoutWarmup,
      amount: config.checkouts,
      build: scenarios.complete(checkoutCarts),
    },
    checkoutsAlone
  )

  const bodies = {
    "/list": (await scenarios.body(scenarios.listPath(scenarios.productFields)(() => 0))).text,
    "/detail": (await scenarios.body(scenarios.detailPath(scenarios.productFields)(() => 0))).text,
  }
  const ceiling = await startCeiling(bodies)
  cleanups.push(() => ceiling.stop())
  extraPids.push(ceiling.pid)
  for (const [key, route, name] of [
    ["ceilingList", "/list", "Bare Node http, the product list's bytes"],
    ["ceilingDetail", "/detail", "Bare Node http, the product detail's bytes"],
  ]) {
    say(`▸ ${name} (${(Buffer.byteLength(bodies[route]) / 1024).toFixed(1)} KB)`)
    const stopCpu = cpuMeter(ourPids)
    const result = await measure({
      url: `${ceiling.url}${route}`,
      ...timed,
      build: () => ({}),
    })
    backendRows.push({ key, name, ...result, peakRssMb: 0, cpu: stopCpu() })
    say(`  ${result.rps.toFixed(0)} req/s, p95 ${result.p95.toFixed(1)} ms`)
  }
  await ceiling.stop()

  const storefront = await measureStorefront({ storefrontDir, urls, ports, seed, scenarios })

  if (Math.max(...backendRows.map((row) => row.cpu.other)) > 0.5) {
    notes.push(
      "Other work took most of the machine's CPU during the runs, and the backend, PostgreSQL and autocannon shared what was left: the loaded req/s and latencies say as much about the machine as about the code. The alone figures and the ours ÷ plain ratios are the steadier ones."
    )
  }
  const run = {
    date: new Date().toISOString().replace("T", " ").slice(0, 16) + " UTC",
    connections: config.connections,
    warmup: config.warmup,
    duration: config.duration,
    checkoutConcurrency: config.checkoutConcurrency,
    checkoutWarmup,
    checkouts: config.checkouts,
    lighthouseRuns: config.lighthouseRuns,
    aloneRequests: ALONE_REQUESTS,
    aloneCheckouts: ALONE_CHECKOUTS,
    loadBefore,
    idleRssMb,
    postgres: size.postgres,
  }
  await cleanUp()

  say("")
  say(textReport({ backend: backendRows, storefront }))
  if (config.report !== "off") {
    await mkdir(path.dirname(config.report), { recursive: true })
    await writeFile(
      config.report,
      markdownReport({
        run,
        machine,
        catalogue: size,
        backend: backendRows,
        storefront,
        routes: { productFields: scenarios.productFields },
        notes: notes.length ? notes : ["None."],
      })
    )
    say(`\nWritten to ${path.relative(ROOT, config.report)}`)
  }
}

/**
 * The catalogue reads again, through the production shape's gateway (nginx, which keeps each
 * anonymous answer a second) in front of the same one server: how many answers it kept, and what
 * the first request for an address nobody asked before costs.
 */
async function throughTheGateway({ backend, scenarios, runScenario, timed, extraPids }) {
  const gateway = await step("Starting the gateway (nginx) in front of the backend", () =>
    startGateway({ servers: [new URL(backend).host.replace("localhost", "127.0.0.1")] })
  )
  cleanups.push(() => gateway.stop())
  extraPids.push(gateway.pid, ...childrenOf(gateway.pid))
  const coldMs = await scenarios.coldRead(gateway.url)
  const hits = []
  say(`  a list page nobody asked for yet took ${coldMs.toFixed(0)} ms through it`)
  for (const [key, name, build] of [
    ["gatewayList", "Product list, through the gateway", scenarios.list],
    ["gatewayDetail", "Product detail, through the gateway", scenarios.detail],
    ["gatewayProducerShop", "Producer page: her shop, through the gateway", scenarios.producerShop],
    ["gatewaySearch", "Search, through the gateway", scenarios.search],
  ]) {
    const seen = {}
    const row = await runScenario(key, name, {
      ...timed,
      url: gateway.url,
      build: countingGatewayAnswers(build, seen),
    })
    const answered = Object.values(seen).reduce((sum, count) => sum + count, 0)
    row.gateway = { hitRatio: (seen.HIT ?? 0) / answered }
    say(
      `  the gateway answered ${(row.gateway.hitRatio * 100).toFixed(1)}% of ${answered} from what it kept`
    )
    hits.push(`${name}: ${(row.gateway.hitRatio * 100).toFixed(1)}% of ${answered}`)
  }
  notes.push(
    `Through the gateway, answered from what it kept (hit ratio over warm-up and run): ${hits.join("; ")}. A list page nobody had asked for yet (cold in the gateway and in the server) took ${coldMs.toFixed(0)} ms.`
  )
  await gateway.stop()
}

/**
 * What a second API server adds (docs/capacity.md): reads nothing keeps (each asked afresh, so
 * every one reaches a server), through the gateway in front of one server, then two, on the same
 * machine and database.
 */
async function capacityByServers({ first, startServer, scenarios, runScenario, timed, extraPids }) {
  const second = await step("Starting a second API server (MEDUSA_WORKER_MODE=server)", async () =>
    startServer(await freePort(PREFERRED_BACKEND_PORT + 2))
  )
  cleanups.push(() => second.stop())
  extraPids.push(second.pid)
  const hostOf = (server) => new URL(server.url).host.replace("localhost", "127.0.0.1")
  const rates = {}
  for (const servers of [[first], [first, second]]) {
    const gateway = await step(`The gateway in front of ${servers.length} API server(s)`, () =>
      startGateway({ servers: servers.map(hostOf) })
    )
    cleanups.push(() => gateway.stop())
    for (const [key, name, build] of [
      ["listAfresh", "Product list, afresh", scenarios.listAfresh],
      ["searchAfresh", "Search, afresh", scenarios.searchAfresh],
    ]) {
      const row = await runScenario(
        `${key}${servers.length}`,
        `${name}, gateway → ${servers.length} API server${servers.length > 1 ? "s" : ""}`,
        { ...timed, url: gateway.url, build }
      )
      rates[key] = [...(rates[key] ?? []), row.rps]
    }
    await gateway.stop()
  }
  await second.stop()
  const growth = Object.entries(rates).map(
    ([key, [one, two]]) =>
      `${key === "listAfresh" ? "product list" : "search"} ${one.toFixed(1)} → ${two.toFixed(1)} req/s (×${(two / one).toFixed(2)})`
  )
  notes.push(
    `One API server and two behind the gateway, every read asked afresh so that each reaches a server: ${growth.join("; ")}. Both servers, PostgreSQL and the load generator share this machine's cores.`
  )
}

/** The scenario, counting how the gateway answered each request (`X-Gateway-Cache`). */
function countingGatewayAnswers(build, seen) {
  return () => {
    const options = build()
    return {
      ...options,
      requests: options.requests.map((request) => ({
        ...request,
        onResponse: (_status, _body, _context, headers) => {
          const key = Object.keys(headers).find((name) => name.toLowerCase() === "x-gateway-cache")
          const status = key ? headers[key] : "none"
          seen[status] = (seen[status] ?? 0) + 1
        },
      })),
    }
  }
}

async function measureStorefront({ storefrontDir, urls, ports, seed, scenarios }) {
  const { pages: js, entryKb } = await initialJavaScript(storefrontDir)
  notes.push(
    `Storefront: every page loads the entry chunk and what it imports, ${entryKb.toFixed(1)} KB gzip of each page's figure; the rest is the page's own route chunk.`
  )
  const primer = await writeCartPrimer(storefrontDir)
  const server = await serveStatic({
    root: storefrontDir,
    port: ports.storefront,
    config: {
      backendUrl: urls.backend,
      publishableKey: seed.publishableKey,
      stripePublishableKey: "",
    },
  })
  cleanups.push(() => new Promise((resolve) => server.close(resolve)))

  const [cartId] = await scenarios.prepareShopperCarts(1)
  const product = seed.products[0].handle
  const lighthouse = {}
  for (const [page, route, primeUrl, expectRequest] of [
    ["home", "/", undefined, "/store/products"],
    ["product", `/products/${product}`, undefined, `handle=${product}`],
    [
      "checkout",
      "/checkout",
      `${urls.storefront}${primer}?cart=${cartId}`,
      `/store/carts/${cartId}`,
    ],
  ]) {
    lighthouse[page] = await step(
      `Lighthouse (mobile) on ${route}, ${config.lighthouseRuns} run(s)`,
      () =>
        lighthouseMedian(`${urls.storefront}${route}`, {
          runs: config.lighthouseRuns,
          primeUrl,
          expectRequest,
        })
    )
    if (!lighthouse[page].expectedRequestSeen) {
      notes.push(
        `Lighthouse on ${route}: the page never requested ${expectRequest}, so it may have measured an empty or broken page.`
      )
    }
    say(`  performance ${lighthouse[page].score} (${lighthouse[page].scores.join(", ")})`)
  }
  const { version } = JSON.parse(
    await readFile(path.join(ROOT, "node_modules", "lighthouse", "package.json"), "utf8")
  )
  return { js, lighthouse, lighthouseVersion: version }
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    say("\nStopping…")
    void cleanUp().then(() => process.exit(130))
  })
}

main().catch(async (error) => {
  say(`\n✗ ${error.stack ?? error.message}`)
  await cleanUp()
  process.exit(1)
})
