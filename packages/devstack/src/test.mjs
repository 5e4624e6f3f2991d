/**
 * `npm test`: every check and test suite of the monorepo, then one line that sums them all.
 *
 * Typecheck and lint run through turbo, each task counting as one check. Then each workspace's
 * `test` script runs one at a time (the HTTP and browser suites each start servers and a
 * database), writing a Jest-format JSON report to `<workspace>/.test-results/`, which this
 * script adds up. What the suites need beyond `npm install` (Chromium, Redis, pg_dump) is checked
 * first, and a missing piece is named with how to install it.
 */
import { spawn } from "node:child_process"
import { existsSync } from "node:fs"
import { readdir, readFile, rm } from "node:fs/promises"
import path from "node:path"
import { fileURLToPath } from "node:url"

const ROOT = path.resolve(fileURLToPath(import.meta.url), "../../../..")
const TURBO = path.join(ROOT, "node_modules", ".bin", "turbo")
const started = Date.now()

/** Workspaces with tests, in the order they run: quick unit suites first, browsers last. */
const SUITES = [
  ["@imece/i18n", "packages/i18n"],
  ["@imece/client", "packages/client"],
  ["@imece/devstack", "packages/devstack"],
  ["@imece/storefront", "storefront"],
  ["@imece/admin", "admin"],
  ["@imece/backend", "backend"],
  ["@imece/resilience", "packages/resilience"],
  ["@imece/e2e", "packages/e2e"],
]

function run(command, args, onLine = () => {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", FORCE_COLOR: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    })
    for (const stream of [child.stdout, child.stderr]) {
      let buffered = ""
      stream.on("data", (chunk) => {
        process.stdout.write(chunk)
        buffered += chunk
        const lines = buffered.split("\n")
        buffered = lines.pop()
        lines.forEach(onLine)
      })
    }
    child.on("close", (code) => resolve(code ?? 1))
  })
}

async function readReports(dir) {
  const reportsDir = path.join(ROOT, dir, ".test-results")
  if (!existsSync(reportsDir)) {
    return null
  }
  const totals = { passed: 0, failed: 0 }
  for (const file of (await readdir(reportsDir)).filter((name) => name.endsWith(".json"))) {
    const report = JSON.parse(await readFile(path.join(reportsDir, file), "utf8"))
    totals.passed += report.numPassedTests ?? 0
    // A suite that fails to load has no failed test but must still count as a failure.
    totals.failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0)
  }
  return totals
}

if (!existsSync(TURBO)) {
  process.stdout.write("The dependencies are not installed: run `npm install` first.\n")
  process.exit(1)
}
// Imported only now: it needs the dependencies checked above.
const { checkRequirements } = await import("./requirements.mjs")
const missing = (await checkRequirements()).filter((requirement) => !requirement.ok)
if (missing.length) {
  process.stdout.write("npm test needs more than `npm install` on this machine:\n\n")
  for (const requirement of missing) {
    process.stdout.write(`  ✗ ${requirement.name}\n`)
    process.stdout.write(`    found: ${requirement.found}\n`)
    process.stdout.write(`    to fix: ${requirement.fix}\n\n`)
  }
  process.stdout.write("Nothing was run. (.ci/run installs and starts all of these on Debian.)\n")
  process.exit(1)
}

const rows = []

const checks = { passed: 0, failed: 0 }
const checkCode = await run(
  TURBO,
  ["run", "typecheck", "lint", "--continue", "--output-logs=errors-only"],
  (line) => {
    const match = line.match(/Tasks:\s+(\d+) successful, (\d+) total/)
    if (match) {
      checks.passed = Number(match[1])
      checks.failed = Number(match[2]) - Number(match[1])
    }
  }
)
if (checkCode !== 0 && checks.failed === 0) {
  checks.failed = 1
}
rows.push(["typecheck and lint (turbo tasks)", checks])

for (const [name, dir] of SUITES) {
  await rm(path.join(ROOT, dir, ".test-results"), { recursive: true, force: true })
  process.stdout.write(`\n━━ ${name} ━━\n`)
  const code = await run("npm", ["run", "test", "--workspace", name])
  const totals = (await readReports(dir)) ?? { passed: 0, failed: 0 }
  if (code !== 0 && totals.failed === 0) {
    // The runner failed before it could report (a crash, a setup error): count it.
    totals.failed = 1
  }
  rows.push([name, totals])
}

const sum = rows.reduce(
  (acc, [, totals]) => ({ passed: acc.passed + totals.passed, failed: acc.failed + totals.failed }),
  { passed: 0, failed: 0 }
)
process.stdout.write("\nSummary\n")
for (const [name, totals] of rows) {
  process.stdout.write(`  ${name.padEnd(36)} ${totals.passed} passed, ${totals.failed} failed\n`)
}
process.stdout.write(`  took ${((Date.now() - started) / 1000).toFixed(0)} s\n\n`)
process.stdout.write(`${sum.passed} passed, ${sum.failed} failed\n`)
process.exit(sum.failed ? 1 : 0)
