/**
 * What `npm run backup` and `npm run restore` share: which database they work on (DATABASE_URL,
 * or the embedded PostgreSQL that `npm start` keeps in .data/postgres) and PostgreSQL's own
 * client tools, checked against the server before they touch anything.
 */
import { execFile, spawn } from "node:child_process"
import { existsSync } from "node:fs"
import { readFile, writeFile } from "node:fs/promises"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { startEmbeddedPostgres } from "./embedded-postgres.mjs"

export const ROOT = path.resolve(fileURLToPath(import.meta.url), "../../../..")
export const DATA = path.resolve(process.env.IMECE_DATA_DIR || path.join(ROOT, ".data"))
const EMBEDDED_DIR = path.join(DATA, "postgres")
const STATE_FILE = path.join(DATA, "state.json")

/** A message for the person running the script: printed alone, without a stack. */
export class UsageError extends Error {
  constructor(message, exitCode = 1) {
    super(message)
    this.exitCode = exitCode
  }
}

/** Exit code of `backup --check` when pg_dump is too old for the server (tests skip on it). */
export const VERSION_MISMATCH = 3

/** Paths given on the command line are relative to where `npm run` was typed. */
export const fromCwd = (file) => path.resolve(process.env.INIT_CWD || process.cwd(), file)

function isRunning(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** The port of the embedded server when `npm start` (or anything else) has it running. */
async function runningEmbeddedPort() {
  const pidFile = path.join(EMBEDDED_DIR, "postmaster.pid")
  if (!existsSync(pidFile)) {
    return undefined
  }
  // postmaster.pid: pid, data folder, start time, port, …
  const [pid, , , port] = (await readFile(pidFile, "utf8")).split("\n")
  return isRunning(Number(pid)) ? Number(port) : undefined
}

/**
 * The database to work on: DATABASE_URL, or the embedded server's `imece` database, started
 * for the while (and stopped by `close()`) unless it is already running.
 */
export async function openDatabase({ log }) {
  if (process.env.DATABASE_URL) {
    return {
      url: new URL(process.env.DATABASE_URL),
      stateKey: process.env.DATABASE_URL.replace(/:[^:@/]*@/, "@"),
      close: async () => {},
    }
  }
  if (!existsSync(path.join(EMBEDDED_DIR, "PG_VERSION"))) {
    throw new UsageError(
      `There is no database in ${EMBEDDED_DIR} yet: run \`npm start\` once, or set DATABASE_URL.`
    )
  }
  const port = await runningEmbeddedPort()
  if (port) {
    log(`• Using the embedded PostgreSQL that is running on port ${port}`)
    return {
      url: new URL(`postgres://postgres:postgres@localhost:${port}/imece`),
      stateKey: "embedded",
      close: async () => {},
    }
  }
  log(`• Starting the embedded PostgreSQL in ${EMBEDDED_DIR} for the while`)
  const server = await startEmbeddedPostgres({ dataDir: EMBEDDED_DIR })
  return { url: new URL(server.url), stateKey: "embedded", close: () => server.stop() }
}

/** The same server, another database. */
export function withDatabase(url, database) {
  const other = new URL(url)
  other.pathname = `/${encodeURIComponent(database)}`
  return other
}

export const databaseOf = (url) => decodeURIComponent(url.pathname.slice(1))

export async function query(url, sql, params = []) {
  const client = new pg.Client({ connectionString: url.href })
  await client.connect()
  try {
    return (await client.query(sql, params)).rows
  } finally {
    await client.end()
  }
}

/** The server's version, e.g. { major: 18, text: "18.4" }. */
export async function serverVersion(url) {
  const [{ server_version_num: number, server_version: text }] = await query(
    url,
    "select current_setting('server_version_num') as server_version_num, current_setting('server_version') as server_version"
  )
  return { major: Math.floor(Number(number) / 10000), text: text.split(" ")[0] }
}

/**
 * A PostgreSQL client tool (pg_dump, pg_restore) and its version; PG_DUMP or PG_RESTORE name
 * another binary than the one on the PATH.
 */
export async function clientTool(name, env = process.env) {
  const binary = env[name.toUpperCase()] || name
  const output = await new Promise((resolve, reject) =>
    execFile(binary, ["--version"], (error, stdout) => (error ? reject(error) : resolve(stdout)))
  ).catch((error) => {
    if (error.code === "ENOENT") {
      throw new UsageError(
        `${name} was not found. Install PostgreSQL's client tools (on Debian: ` +
          `apt-get install postgresql-client), or set ${name.toUpperCase()} to its path.`
      )
    }
    throw error
  })
  const [, text, major] = output.match(/\)\s+((\d+)(?:\.\d+)*)/) ?? []
  if (!major) {
    throw new UsageError(`Could not read the version of ${binary} from "${output.trim()}".`)
  }
  return { binary, major: Number(major), text }
}

/**
 * pg_dump refuses a server newer than itself. Say so before starting, with what to do: the
 * embedded server of `npm start` ships no pg_dump of its own.
 */
export function assertDumpCanRead(dump, server) {
  if (dump.major >= server.major) {
    return
  }
  throw new UsageError(
    `pg_dump ${dump.text} (${dump.binary}) is older than the PostgreSQL ${server.text} server ` +
      `it would back up; pg_dump must be version ${server.major} or newer. Install PostgreSQL ` +
      `${server.major}'s client tools (postgresql-client-${server.major}) and set PG_DUMP and ` +
      `PG_RESTORE to them. See "Backups" in docs/operations.md.`,
    VERSION_MISMATCH
  )
}

/**
 * Runs a client tool with the password in the environment rather than on the command line,
 * where every user of the machine could read it.
 */
export function runTool(binary, args, url) {
  const bare = new URL(url)
  bare.password = ""
  return new Promise((resolve, reject) => {
    const child = spawn(binary, [...args, `--dbname=${bare.href}`], {
      env: { ...process.env, PGPASSWORD: decodeURIComponent(url.password) },
      stdio: ["ignore", "inherit", "pipe"],
    })
    const errors = []
    child.stderr.on("data", (chunk) => errors.push(chunk))
    child.on("error", reject)
    child.on("close", (code) =>
      code === 0
        ? resolve()
        : reject(
            new UsageError(
              `${path.basename(binary)} failed (exit ${code}):\n${Buffer.concat(errors).toString().trim()}`
            )
          )
    )
  })
}

/**
 * `npm start` remembers which backend build migrated each database. A restored database has the
 * backup's schema, so the next start runs the migrations again.
 */
export async function forgetMigrations(stateKey) {
  if (!existsSync(STATE_FILE)) {
    return
  }
  const state = JSON.parse(await readFile(STATE_FILE, "utf8"))
  if (state.databases?.[stateKey]?.migrated) {
    delete state.databases[stateKey].migrated
    await writeFile(STATE_FILE, JSON.stringify(state, null, 2))
  }
}

/** Runs a script's main, printing a UsageError as a plain message. */
export function runMain(main) {
  main().then(
    () => process.exit(0),
    (error) => {
      process.stderr.write(`${error instanceof UsageError ? error.message : error.stack}\n`)
      process.exit(error instanceof UsageError ? error.exitCode : 1)
    }
  )
}
