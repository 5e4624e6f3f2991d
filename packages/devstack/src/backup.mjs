/**
 * `npm run backup`: the marketplace's database, dumped with pg_dump in its custom format.
 */
import { chmod, mkdir, rename, rm, stat } from "node:fs/promises"
import path from "node:path"
import {
  assertDumpCanRead,
  clientTool,
  DATA,
  fromCwd,
  openDatabase,
  runMain,
  runTool,
  serverVersion,
} from "./pg-tools.mjs"

const HELP = `Usage: npm run backup [-- <file>] [--check]

Backs up the marketplace's database with pg_dump, in its custom format (-Fc), to
.data/backups/imece-<date>-<time>.dump, or to <file>. Restore it with \`npm run restore\`.

The database is DATABASE_URL when it is set. Otherwise it is the embedded PostgreSQL that
\`npm start\` keeps in .data/postgres: used as it runs, or started for the backup and stopped after.

pg_dump must be of the server's major version or newer: the embedded PostgreSQL is version 15
and ships no pg_dump of its own, so Debian's postgresql-client (15) is used. PG_DUMP names
another pg_dump than the one on the PATH.

  --check   only check that pg_dump can back up this database (exit 3 when it is too old)

A backup holds shoppers' and producers' personal data: keep it as safe as the database.`

const say = (line) => process.stdout.write(`${line}\n`)

/** 20261129-194500: sorts by date, and has no characters a file system dislikes. */
const stamp = () =>
  new Date()
    .toISOString()
    .replace(/\.\d+Z$/, "")
    .replace(/[-:]/g, "")
    .replace("T", "-")

async function main() {
  const args = process.argv.slice(2)
  if (args.includes("--help") || args.includes("-h")) {
    return say(HELP)
  }
  const check = args.includes("--check")
  const [file] = args.filter((arg) => !arg.startsWith("--"))
  const target = file ? fromCwd(file) : path.join(DATA, "backups", `imece-${stamp()}.dump`)

  const dump = await clientTool("pg_dump")
  const db = await openDatabase({ log: say })
  try {
    const server = await serverVersion(db.url)
    assertDumpCanRead(dump, server)
    if (check) {
      return say(`✓ pg_dump ${dump.text} can back up PostgreSQL ${server.text}`)
    }
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 })
    // Written aside and renamed when complete, so a failed dump never looks like a backup.
    const partial = `${target}.partial`
    const started = Date.now()
    try {
      await runTool(dump.binary, ["--format=custom", `--file=${partial}`], db.url)
      await chmod(partial, 0o600)
      await rename(partial, target)
    } finally {
      await rm(partial, { force: true })
    }
    const { size } = await stat(target)
    say(
      `✓ Backed up ${decodeURIComponent(db.url.pathname.slice(1))} (PostgreSQL ${server.text}) ` +
        `to ${target}: ${(size / 1024 / 1024).toFixed(1)} MB in ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s`
    )
  } finally {
    await db.close()
  }
}

runMain(main)
