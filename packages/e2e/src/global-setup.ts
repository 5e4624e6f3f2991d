import { spawn, type ChildProcess } from "node:child_process"
import { existsSync } from "node:fs"
import { mkdtemp, readFile, rm } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { StripeStandIn } from "@imece/stripe-stand-in"
import type { TestProject } from "vitest/node"
import type { Demo } from "./demo"

const ROOT = path.resolve(fileURLToPath(import.meta.url), "../../../..")
const START_TIMEOUT_MS = 15 * 60_000

let stack: ChildProcess | undefined
const stripe = new StripeStandIn()
let dataDir: string | undefined

/**
 * Brings the marketplace up exactly as `npm start` does (embedded PostgreSQL unless
 * DATABASE_URL is set), in a data folder of its own and on ports nobody else uses. Cards go to
 * a local stand-in of Stripe's API, with test keys, so card checkout runs without the internet.
 */
export async function setup(project: TestProject) {
  await stripe.start()
  dataDir = await mkdtemp(path.join(os.tmpdir(), "imece-e2e-"))
  const demoFile = path.join(dataDir, "demo.json")
  const output: string[] = []

  stack = spawn("node", [path.join(ROOT, "packages/devstack/src/start.mjs")], {
    cwd: ROOT,
    env: {
      ...process.env,
      IMECE_DATA_DIR: dataDir,
      BACKEND_PORT: "0",
      STOREFRONT_PORT: "0",
      ADMIN_PORT: "0",
      STRIPE_API_KEY: "sk_test_stand_in",
      STRIPE_WEBHOOK_SECRET: "whsec_stand_in",
      STRIPE_API_URL: stripe.url,
      STRIPE_PUBLISHABLE_KEY: "pk_test_stand_in",
    },
    stdio: ["ignore", "pipe", "pipe"],
  })
  for (const stream of [stack.stdout, stack.stderr]) {
    stream?.on("data", (chunk: Buffer) => {
      output.push(chunk.toString())
      process.stdout.write(`[npm start] ${chunk}`)
    })
  }

  const deadline = Date.now() + START_TIMEOUT_MS
  while (!existsSync(demoFile)) {
    if (stack.exitCode !== null || Date.now() > deadline) {
      throw new Error(`npm start did not bring the marketplace up:\n${output.join("")}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  const demo: Demo = JSON.parse(await readFile(demoFile, "utf8"))
  project.provide("demo", demo)
  project.provide("stripeApiUrl", stripe.url)
  project.provide("dataDir", dataDir)
}

export async function teardown() {
  if (stack && stack.exitCode === null) {
    const exited = new Promise((resolve) => stack?.once("exit", resolve))
    stack.kill("SIGINT")
    await exited
  }
  await stripe.stop()
  if (dataDir) {
    await rm(dataDir, { recursive: true, force: true })
  }
}
