import { spawn } from "node:child_process"
import path from "node:path"
import { Client } from "@medusajs/framework/pg"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

type RunnerOptions = Parameters<typeof medusaIntegrationTestRunner>[0]

const BACKEND = path.resolve(__dirname, "../..")

const credentials = () => ({
  host: process.env.DB_HOST ?? "localhost",
  port: Number(process.env.DB_PORT ?? 5432),
  user: process.env.DB_USERNAME ?? "postgres",
  password: process.env.DB_PASSWORD ?? "",
})

async function asAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ ...credentials(), database: "postgres" })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

function databaseUrl(database: string) {
  const { host, port, user, password } = credentials()
  const login = password ? `${encodeURIComponent(user)}:${encodeURIComponent(password)}` : user
  return `postgres://${login}@${host}:${port}/${database}`
}

/** `medusa db:migrate` without its data scripts: the schema every test file starts from. */
function migrate(database: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["medusa", "db:migrate", "--skip-scripts"], {
      cwd: BACKEND,
      env: { ...process.env, NODE_ENV: "test", DATABASE_URL: databaseUrl(database) },
      stdio: ["ignore", "ignore", "pipe"],
    })
    let errors = ""
    child.stderr.on("data", (chunk) => (errors += chunk))
    child.on("error", reject)
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`db:migrate failed (${code}): ${errors}`))
    )
  })
}

/**
 * The run's migrated database, made by the first test file that asks (under a lock, as test
 * files run side by side) and copied by every other: migrating Medusa's forty-odd modules for
 * each file took a third of its time. The global setup names it; the global teardown drops it.
 */
async function copyMigratedDatabase(database: string) {
  const template = process.env.IMECE_TEST_TEMPLATE_DB
  if (!template) {
    return
  }
  await asAdmin(async (client) => {
    await client.query("select pg_advisory_lock(hashtext($1))", [template])
    try {
      const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [
        template,
      ])
      if (!rowCount) {
        await client.query(`create database "${template}"`)
        try {
          await migrate(template)
        } catch (error) {
          await client.query(`drop database if exists "${template}"`)
          throw error
        }
      }
      await client.query(`create database "${database}" template "${template}"`)
    } finally {
      await client.query("select pg_advisory_unlock(hashtext($1))", [template])
    }
  })
}

/**
 * Medusa's integration test runner, on a database copied from the run's migrated one. The
 * runner's own migration then finds nothing to do, and anything a test file's configuration
 * adds is still migrated.
 */
export function integrationTestRunner(options: RunnerOptions) {
  const dbName = `imece-test-${process.env.JEST_WORKER_ID ?? "1"}-${Date.now().toString(36)}`
  return medusaIntegrationTestRunner({
    ...options,
    dbName,
    hooks: {
      ...options.hooks,
      beforeServerStart: async (container) => {
        await copyMigratedDatabase(dbName)
        await options.hooks?.beforeServerStart?.(container)
      },
    },
  })
}
