import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The text search configuration the provider reads documents and queries with
 * (`medusa_search_<language>`, language "simple"): Postgres' `simple` parser and dictionary,
 * which lowercase and keep every word. Medusa's own migration creates only the English one.
 */
export class Migration20261122120000 extends Migration {
  async up(): Promise<void> {
    this.addSql(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'medusa_search_simple') THEN
          CREATE TEXT SEARCH CONFIGURATION medusa_search_simple (COPY = simple);
        END IF;
      END
      $$;
    `)
  }

  async down(): Promise<void> {
    this.addSql(`DROP TEXT SEARCH CONFIGURATION IF EXISTS medusa_search_simple;`)
  }
}
