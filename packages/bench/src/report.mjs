/**
 * The results as one table for the terminal and as docs/benchmarks.md, each figure beside the
 * target issue 17 sets for it.
 */

const ms = (value) =>
  Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : value.toFixed(0)}` : "—"
const num = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : "—")
const pct = (value) => `${Math.round(value * 100)}%`
const met = (ok) => (ok ? "met" : "NOT met")

/** Each backend row's target (issue 17's), judged against the whole result set. */
function targetOf(row, rows) {
  const plainOf = {
    list: "plainList",
    detail: "plainDetail",
    gatewayList: "plainList",
    gatewayDetail: "plainDetail",
  }
  if (plainOf[row.key]) {
    const plain = rows.find((other) => other.key === plainOf[row.key])
    const ratio = plain ? row.rps / plain.rps : NaN
    return {
      text: "p95 ≤ 60 ms; ≥ 20× plain req/s",
      verdict: `${met(row.p95 <= 60 && ratio >= 20)} (${num(ratio, 1)}×)`,
    }
  }
  if (["producerShop", "producerProducts", "gatewayProducerShop"].includes(row.key)) {
    return { text: "p95 ≤ 60 ms", verdict: met(row.p95 <= 60) }
  }
  if (row.key === "addToCart") {
    return { text: "p95 ≤ 250 ms", verdict: met(row.p95 <= 250) }
  }
  if (row.key === "complete") {
    return { text: "p95 ≤ 400 ms", verdict: met(row.p95 <= 400) }
  }
  if (row.key === "search" || row.key === "gatewaySearch") {
    return { text: "p95 ≤ 30 ms", verdict: met(row.p95 <= 30) }
  }
  return { text: "", verdict: "" }
}

const BACKEND_HEADER = [
  "Scenario",
  "Conns",
  "Requests",
  "req/s",
  "p50 ms",
  "p95 ms",
  "p99 ms",
  "p50 alone ms",
  "Errors",
  "Peak RSS MB",
  "Other load",
  "Target",
  "Result",
]

function backendCells(rows) {
  return rows.map((row) => {
    const target = targetOf(row, rows)
    return [
      row.name,
      String(row.connections),
      String(row.ok),
      num(row.rps, 1),
      ms(row.p50),
      ms(row.p95),
      ms(row.p99),
      ms(row.alone?.p50),
      String(row.errors),
      row.peakRssMb ? num(row.peakRssMb) : "—",
      pct(row.cpu.other),
      target.text,
      target.verdict,
    ]
  })
}

function ratioCells(rows) {
  const by = (key) => rows.find((row) => row.key === key)
  const pairs = [
    ["Product list", by("list"), by("plainList"), by("ceilingList")],
    ["Product detail", by("detail"), by("plainDetail"), by("ceilingDetail")],
    ["Product list, through the gateway", by("gatewayList"), by("plainList"), by("ceilingList")],
    [
      "Product detail, through the gateway",
      by("gatewayDetail"),
      by("plainDetail"),
      by("ceilingDetail"),
    ],
  ]
  return pairs
    .filter(([, ours, plain]) => ours && plain)
    .map(([name, ours, plain, ceiling]) => [
      name,
      num(ours.rps, 1),
      num(plain.rps, 1),
      ceiling ? num(ceiling.rps, 0) : "—",
      `${num(ours.rps / plain.rps, 2)}×`,
      `${num(ours.p95 / plain.p95, 2)}×`,
      `${num(ours.alone.p50 / plain.alone.p50, 2)}×`,
      ceiling ? `${((ours.rps / ceiling.rps) * 100).toPrecision(2)}%` : "—",
    ])
}

/** Per scenario, alone: how much of a request is PostgreSQL, and its heaviest statement. */
function whereCells(rows) {
  return rows
    .filter((row) => row.alone)
    .map(({ name, alone }) => [
      name,
      ms(alone.p50),
      num(alone.sqlStatements, 1),
      ms(alone.sqlMs),
      `${Math.round((alone.sqlMs / alone.p50) * 100)}%`,
      alone.slowest
        ? `${ms(alone.slowest.mean)} ms × ${num(alone.slowest.perRequest, 1)}: ${alone.slowest.query.slice(0, 110)}…`
        : "—",
    ])
}

const WHERE_HEADER = [
  "Scenario (alone)",
  "p50 ms",
  "SQL statements",
  "SQL ms",
  "SQL share",
  "Heaviest statement (mean ms × per request)",
]

const RATIO_HEADER = [
  "Requests",
  "ours req/s",
  "plain Medusa req/s",
  "bare Node req/s",
  "ours ÷ plain (req/s)",
  "ours ÷ plain (p95)",
  "ours ÷ plain (alone p50)",
  "ours ÷ bare Node",
]

function storefrontCells(storefront) {
  return Object.entries(storefront.js).map(([page, js]) => {
    const lh = storefront.lighthouse[page]
    const jsOk = js.kb <= 100
    const lhOk = lh ? lh.score >= 95 : true
    return [
      page,
      num(js.kb, 1),
      String(js.chunks),
      lh ? `${lh.score} (${lh.scores.join(", ")})` : "—",
      lh ? ms(lh.fcp) : "—",
      lh ? ms(lh.lcp) : "—",
      lh ? ms(lh.tbt) : "—",
      lh ? "JS ≤ 100 KB; Lighthouse ≥ 95" : "JS ≤ 100 KB",
      lh ? `JS ${met(jsOk)}; Lighthouse ${met(lhOk)}` : `JS ${met(jsOk)}`,
    ]
  })
}

const STOREFRONT_HEADER = [
  "Page",
  "Initial JS KB (gzip)",
  "JS chunks",
  "Lighthouse mobile (median; runs)",
  "FCP ms",
  "LCP ms",
  "TBT ms",
  "Target",
  "Result",
]

function textTable(header, rows) {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i].length)))
  const line = (cells) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]))
      .join("  ")
      .trimEnd()
  return [line(header), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].join("\n")
}

function markdownTable(header, rows) {
  const line = (cells) => `| ${cells.map((cell) => cell.replace(/\|/g, "\\|")).join(" | ")} |`
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n")
}

export function textReport({ backend, storefront }) {
  const parts = [
    textTable(BACKEND_HEADER, backendCells(backend)),
    "",
    textTable(WHERE_HEADER, whereCells(backend)),
    "",
    textTable(RATIO_HEADER, ratioCells(backend)),
  ]
  if (storefront) {
    parts.push("", textTable(STOREFRONT_HEADER, storefrontCells(storefront)))
  }
  return parts.join("\n")
}

export function markdownReport({ run, machine, catalogue, backend, storefront, routes, notes }) {
  const otherMax = Math.max(...backend.map((row) => row.cpu.other))
  return `# Benchmarks

Written by \`npm run bench\` (packages/bench); run it again to refresh. The targets are issue 17's:
benchmarks to report against, not tests.

- **Date:** ${run.date}
- **Machine:** ${machine.cpu}, ${machine.cores} cores, ${num(machine.ramGb, 1)} GB RAM; Linux ${machine.kernel}
- **Node:** ${machine.node}
- **Catalogue:** ${catalogue.products} products (${catalogue.variants} variants, ${catalogue.prices} prices) from ${catalogue.producers} producers, seeded through the workflows (\`backend/src/scripts/seed-bench.ts\`)
- **Load:** autocannon, ${run.connections} connections; each run warms up for at least ${run.warmup} s and until there have been as many answers as connections (so a slow backend's queue has gone round once), then the same connections are measured for at least ${run.duration} s and until as many answers again (a loaded backend answers a full queue in waves; a shorter window would catch part of one). Cart completion: ${run.checkoutConcurrency} concurrent, ${run.checkoutWarmup} completions of warm-up then ${run.checkouts} measured, each on its own prepared cart (two producers' products, address, shipping, cash on delivery)
- **Backend:** production build (\`medusa build\`, \`medusa start\`), one process, no Redis, on a copy of the seeded database in embedded PostgreSQL ${run.postgres}; autocannon, PostgreSQL and the backend share the machine
- **Other work on the machine:** load average ${num(run.loadBefore, 2)} before the bench started; other processes used up to ${pct(otherMax)} of the machine's CPU during a measurement (column "Other load"). ${otherMax > 0.1 ? "**The machine was shared with other work while this ran: figures are lower than on a quiet machine.**" : "The machine was otherwise quiet."}

## Backend

${markdownTable(BACKEND_HEADER, backendCells(backend))}

Latencies are of 2xx answers; errors are non-2xx answers, socket errors, timeouts and (cart
completion) answers without an order. Peak RSS is the backend process's VmRSS, sampled every
200 ms during the run (idle after start: ${num(run.idleRssMb)} MB). "p50 alone" is the median of
${run.aloneRequests} requests sent one at a time once the backend was quiet again after the run: what a
request costs without a queue; at ${run.connections} connections the rest of the latency is waiting.

## Where the time goes

${markdownTable(
  WHERE_HEADER,
  whereCells(backend).map((cells) => [...cells.slice(0, 5), `\`${cells[5]}\``])
)}

Measured alone (one request at a time, ${run.aloneRequests} after 2 of warm-up; cart completion
${run.aloneCheckouts} after 1) with pg_stat_statements: statements and execution time in PostgreSQL per request,
background work the request set off (subscribers) included. The rest of a request's time is spent
in Node: routing, Medusa's query graph, MikroORM building and hydrating entities, serialising.

## Our cost: ours vs plain Medusa vs bare Node

${markdownTable(RATIO_HEADER, ratioCells(backend))}

"Ours" asks \`/store/products\` with the storefront's fields (\`${routes.productFields}\`); "plain
Medusa" is the same route and query on the same data without \`*producer\`; "bare Node" is a
Node \`http\` server answering the very bytes the backend answered for the list and detail
requests, the ceiling this machine allows for that JSON.

${
  storefront
    ? `## Storefront

${markdownTable(STOREFRONT_HEADER, storefrontCells(storefront))}

Initial JS is what a page needs before it is usable, read from vite's manifest of a production
build: the entry chunk, the page's lazy route chunk and every chunk they import statically,
each gzip-compressed (zlib default level) and counted once; chunks a page loads later on
demand are not counted. Lighthouse ${storefront.lighthouseVersion} runs its default mobile configuration (simulated slow 4G and
4× CPU slowdown) in headless Chromium, ${run.lighthouseRuns} fresh browser(s) per page, against the
storefront served as \`npm start\` serves it (packages/devstack/src/serve-static.mjs: brotli
or gzip, as the browser accepts) and the bench backend; the checkout page is opened with a cart of two products.
`
    : ""
}
## Notes

${notes.map((note) => `- ${note}`).join("\n")}
`
}
