/**
 * The database the bench runs on: the large catalogue, seeded once and kept as a template.
 *
 * Seeding 10,000 products through the workflows takes many minutes, so the seeded database is
 * kept in the bench's embedded PostgreSQL under a name made of a hash of what makes its data
 * (the seed scripts, the search index definitions, Medusa's version and the counts). Each run
 * measures a fresh copy of it (`CREATE DATABASE … TEMPLATE`, a file copy of seconds), brought up
 * to the current schema with `medusa db:migrate`, so a new migration costs a migration, not a
 * new seed, and the carts and orders one run makes never weigh on the next.
 */
import { existsSync } from "node:fs"
import { readFile, rm } from "node:fs/promises"
import path from "node:path"
import { startEmbeddedPostgres } from "@imece/devstack/embedded-postgres"
import { BACKEND, hashTree, MEDUSA, ROOT, runLogged } from "@imece/devstack/production-backend"
import pg from "pg"

const RUN_DATABASE = "bench_run"
/** The scripts that make the catalogue: the bench seed and the demo seed it builds on. */
const SEED_SCRIPTS = ["seed-bench.ts", "seed.ts", "seed-history.ts", "demo-data"]

async function seedKey(counts) {
  const hash = await hashTree([
    ...SEED_SCRIPTS.map((script) => path.join(BACKEND, "src", "scripts", script)),
    path.join(BACKEND, "src", "search"),
    path.join(ROOT, "package-lock.json"),
  ])
  return `seed_${hash.slice(0, 12)}_${counts.products}_${counts.producers}`
}

/** `medusa db:migrate` and the bench seed into `database`, printing the seed's progress. */
async function seed({ database, db, built, env, logDir, seedFile, say }) {
  const url = `postgres://${db.user}:${db.password}@localhost:${db.port}/${database}`
  const seedEnv = { ...env, DATABASE_URL: url, IMECE_BENCH_SEED_OUTPUT: seedFile }
  await runLogged("bench-migrations", MEDUSA, ["db:migrate"], { cwd: built, env: seedEnv, logDir })
  say("  migrated; seeding (progress every few producers)…")
  await runLogged("bench-seed", MEDUSA, ["exec", "./src/scripts/seed-bench.js"], {
    cwd: built,
    env: seedEnv,
    logDir,
    onLine: (line) => {
      const progress = line.match(/Bench catalogue.*$/)
      if (progress) {
        say(`  ${progress[0]}`)
      }
    },
  })
}

/**
 * Starts the bench's PostgreSQL, seeds the catalogue unless a matching seeded database is kept,
 * and copies it into the database this run measures. Answers that database's URL, what the
 * seed wrote (keys, ids, handles) and how to stop PostgreSQL.
 */
export async function prepareCatalogue({ dataDir, built, env, logDir, counts, say }) {
  const db = await startPostgresWithStatementStats(path.join(dataDir, "postgres"), say)
  const admin = await connect(db, "postgres")
  try {
    const key = await seedKey(counts)
    const seedFile = path.join(dataDir, `${key}.json`)
    const { rows } = await admin.query(
      "select datname from pg_database where datname like 'seed_%'"
    )
    const kept = rows.some((row) => row.datname === key) && existsSync(seedFile)

    if (kept) {
      say(`✓ Reusing the seeded catalogue (${key})`)
    } else {
      const since = Date.now()
      say(`▸ Seeding ${counts.products} products from ${counts.producers} producers (${key})…`)
      await admin.query(`drop database if exists "${key}"`)
      await admin.query(`create database "${key}"`)
      await rm(seedFile, { force: true })
      try {
        await seed({ database: key, db, built, env, logDir, seedFile, say })
      } catch (error) {
        await admin.query(`drop database if exists "${key}"`)
        throw error
      }
      say(`✓ Seeded in ${((Date.now() - since) / 1000).toFixed(0)} s`)
    }
    // Only the current catalogue is kept.
    for (const { datname } of rows.filter((row) => row.datname !== key)) {
      await admin.query(`drop database if exists "${datname}" with (force)`)
      await rm(path.join(dataDir, `${datname}.json`), { force: true })
    }

    await admin.query(`drop database if exists "${RUN_DATABASE}" with (force)`)
    await admin.query(`create database "${RUN_DATABASE}" template "${key}" strategy file_copy`)
    const url = `postgres://${db.user}:${db.password}@localhost:${db.port}/${RUN_DATABASE}`
    await runLogged("bench-run-migrations", MEDUSA, ["db:migrate"], {
      cwd: built,
      env: { ...env, DATABASE_URL: url },
      logDir,
    })
    const run = await connect(db, RUN_DATABASE)
    await run.query("create extension if not exists pg_stat_statements")
    await run.end()
    return {
      url,
      seed: JSON.parse(await readFile(seedFile, "utf8")),
      seedKey: key,
      stop: () => db.stop(),
    }
  } catch (error) {
    await db.stop()
    throw error
  } finally {
    await admin.end()
  }
}

async function connect(db, database) {
  const client = new pg.Client({
    host: "localhost",
    port: db.port,
    user: db.user,
    password: db.password,
    database,
  })
  await client.connect()
  return client
}

/**
 * The bench's PostgreSQL with pg_stat_statements loaded, so the bench can tell the time a
 * request spends in the database from the time it spends in Node. The library can only be
 * loaded at start: the first time, it is configured and the server started again.
 */
async function startPostgresWithStatementStats(dataDir, say) {
  const start = () => startEmbeddedPostgres({ dataDir, database: "postgres", log: say })
  const db = await start()
  const client = await connect(db, "postgres")
  const { rows } = await client.query("show shared_preload_libraries")
  if (rows[0].shared_preload_libraries.includes("pg_stat_statements")) {
    await client.end()
    return db
  }
  await client.query("alter system set shared_preload_libraries = 'pg_stat_statements'")
  await client.end()
  await db.stop()
  return start()
}

/**
 * What PostgreSQL did between `reset()` and `read()` in the database measured: statements run,
 * time spent executing them, and the one that took most of it.
 */
export async function statementStats(url) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const mine = "query not like '%pg_stat_statements%'"
  return {
    reset: () => client.query("select pg_stat_statements_reset()"),
    read: async () => {
      const {
        rows: [total],
      } = await client.query(
        `select coalesce(sum(calls), 0)::int as calls, coalesce(sum(total_exec_time), 0) as ms from pg_stat_statements where ${mine}`
      )
      const {
        rows: [slowest],
      } = await client.query(
        `select calls::int, total_exec_time as ms, mean_exec_time as mean, regexp_replace(query, '\\s+', ' ', 'g') as query from pg_stat_statements where ${mine} order by total_exec_time desc limit 1`
      )
      return { statements: total.calls, ms: total.ms, slowest }
    },
    close: () => client.end(),
  }
}

/** For the report: how big the catalogue is, counted in the database measured. */
export async function catalogueSize(url) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const count = async (table) =>
      Number(
        (await client.query(`select count(*) from ${table} where deleted_at is null`)).rows[0].count
      )
    return {
      postgres: (await client.query("show server_version")).rows[0].server_version,
      products: await count("product"),
      variants: await count("product_variant"),
      prices: await count("price"),
      producers: await count("producer"),
    }
  } finally {
    await client.end()
  }
}
