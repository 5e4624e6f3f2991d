/**
 * `npm run restore`: a backup made by `npm run backup`, restored with pg_restore.
 */
import { execFile } from "node:child_process"
import { existsSync } from "node:fs"
import {
  clientTool,
  databaseOf,
  forgetMigrations,
  fromCwd,
  openDatabase,
  query,
  runMain,
  runTool,
  UsageError,
  withDatabase,
} from "./pg-tools.mjs"

const HELP = `Usage: npm run restore -- <file> [--into <database>] [--force]

Restores a backup made by \`npm run backup\` (pg_dump's custom format) with pg_restore.

The server is DATABASE_URL's when it is set, otherwise the embedded PostgreSQL of \`npm start\`
(.data/postgres). The database restored into is DATABASE_URL's (or the embedded "imece"), or
the one named by --into.

  --into <database>  restore into this database instead, created for it: the safe way to look
                     at a backup, or to check it, while the marketplace keeps running. Point
                     DATABASE_URL at it to use it.
  --force            replace the database when it already holds tables. The backup is restored
                     beside it first, and swapped in only once complete: a failed restore
                     leaves the database as it was. Stop the backend first (nothing may be
                     connected).

Without --force a database that holds tables is never touched: a backup mixed into live data
would be neither. PG_RESTORE names another pg_restore than the one on the PATH.`

const say = (line) => process.stdout.write(`${line}\n`)

const quoted = (name) => `"${name.replace(/"/g, '""')}"`

/** Reads the backup's table of contents: a file pg_restore cannot read stops here, untouched. */
function assertReadable(restore, file) {
  return new Promise((resolve, reject) =>
    execFile(
      restore.binary,
      ["--list", file],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, _out, err) =>
        error
          ? reject(
              new UsageError(
                `${restore.binary} (pg_restore ${restore.text}) cannot read ${file}. A backup made ` +
                  `by a newer pg_dump needs a pg_restore at least as new.\n${String(err).trim()}`
              )
            )
          : resolve()
    )
  )
}

async function tablesIn(url) {
  const [{ count }] = await query(
    url,
    `select count(*)::int as count from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
       and n.nspname not like 'pg_toast%'`
  )
  return count
}

function parse(args) {
  const options = { force: false }
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--force") {
      options.force = true
    } else if (args[i] === "--into") {
      options.into = args[++i]
      if (!options.into || !/^[A-Za-z0-9_-]{1,63}$/.test(options.into)) {
        throw new UsageError("--into needs a database name of letters, digits, _ and - only.")
      }
    } else if (args[i].startsWith("--")) {
      throw new UsageError(`Unknown option ${args[i]}.\n\n${HELP}`)
    } else if (options.file) {
      throw new UsageError(`One backup at a time: ${args[i]} is one too many.\n\n${HELP}`)
    } else {
      options.file = fromCwd(args[i])
    }
  }
  if (!options.file) {
    throw new UsageError(HELP)
  }
  if (!existsSync(options.file)) {
    throw new UsageError(`There is no backup at ${options.file}.`)
  }
  return options
}

async function main() {
  const args = process.argv.slice(2)
  if (args.includes("--help") || args.includes("-h")) {
    return say(HELP)
  }
  const { file, into, force } = parse(args)
  const restore = await clientTool("pg_restore")
  await assertReadable(restore, file)

  const db = await openDatabase({ log: say })
  try {
    const target = into ? withDatabase(db.url, into) : db.url
    const name = databaseOf(target)
    const maintenance = withDatabase(db.url, "postgres")
    const exists = (
      await query(maintenance, "select 1 from pg_database where datname = $1", [name])
    ).length
    const tables = exists ? await tablesIn(target) : 0

    if (tables > 0 && !force) {
      throw new UsageError(
        `The database ${name} already holds ${tables} tables; restoring would mix the backup ` +
          `into them. Restore into a new database with --into <name> (then point DATABASE_URL ` +
          `at it), or add --force to replace ${name} with the backup.`
      )
    }
    if (tables > 0) {
      const [{ connections }] = await query(
        maintenance,
        "select count(*)::int as connections from pg_stat_activity where datname = $1",
        [name]
      )
      if (connections > 0) {
        throw new UsageError(
          `${connections} connection(s) are open to ${name}: stop the backend (npm start, ` +
            `medusa start) first, so that nothing writes to it while it is replaced.`
        )
      }
    }

    // A database in use is replaced only once the backup is in: restored beside it, then swapped.
    const restoringInto = tables > 0 ? `${name.slice(0, 40)}_restoring_${process.pid}` : name
    if (restoringInto !== name || !exists) {
      await query(maintenance, `create database ${quoted(restoringInto)}`)
    }
    const started = Date.now()
    try {
      // Owners and grants are the backed-up server's: the restoring user owns what it restores.
      await runTool(
        restore.binary,
        ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", file],
        withDatabase(db.url, restoringInto)
      )
    } catch (error) {
      if (restoringInto !== name) {
        await query(maintenance, `drop database if exists ${quoted(restoringInto)}`)
      }
      throw error
    }
    if (restoringInto !== name) {
      say(`• Replacing ${name} with the restored backup`)
      await query(maintenance, `drop database ${quoted(name)}`)
      await query(maintenance, `alter database ${quoted(restoringInto)} rename to ${quoted(name)}`)
    }
    if (!into) {
      await forgetMigrations(db.stateKey)
    }
    say(
      `✓ Restored ${file} into ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s` +
        (into ? `. To use it, point DATABASE_URL at the database ${name}.` : "")
    )
  } finally {
    await db.close()
  }
}

runMain(main)
