import pg from "@medusajs/framework/pg"

/** Drops the run's migrated database (helpers/test-runner.ts), then the embedded server if any. */
export default async function globalTeardown() {
  const template = process.env.IMECE_TEST_TEMPLATE_DB
  if (template && process.env.DB_HOST) {
    const client = new pg.Client({
      host: process.env.DB_HOST,
      port: Number(process.env.DB_PORT ?? 5432),
      user: process.env.DB_USERNAME ?? "postgres",
      password: process.env.DB_PASSWORD ?? "",
      database: "postgres",
    })
    await client.connect()
    await client.query(`drop database if exists "${template}" with (force)`)
    await client.end()
  }
  await globalThis.__IMECE_TEST_DB__?.stop()
}
