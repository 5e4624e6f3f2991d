type Knex = {
  raw: <T>(sql: string, bindings?: unknown[]) => Promise<{ rows: T[] }>
}

/**
 * A checksum of every row of every table: two equal fingerprints mean no row was added, removed
 * or changed in between.
 */
export async function databaseFingerprint(db: Knex): Promise<Map<string, string>> {
  const { rows: tables } = await db.raw<{ name: string }>(
    "select tablename as name from pg_tables where schemaname = current_schema() order by 1"
  )
  const { rows } = await db.raw<{ name: string; fingerprint: string }>(
    tables
      .map(
        () =>
          `select ?::text as name, count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '') as fingerprint from ?? t`
      )
      .join(" union all "),
    tables.flatMap(({ name }) => [name, name])
  )
  return new Map(rows.map((row) => [row.name, row.fingerprint]))
}

/** The tables whose rows differ between two fingerprints. */
export function changedTables(before: Map<string, string>, after: Map<string, string>) {
  return [...new Set([...before.keys(), ...after.keys()])].filter(
    (table) => before.get(table) !== after.get(table)
  )
}
