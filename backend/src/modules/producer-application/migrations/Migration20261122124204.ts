import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122124204 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "producer_application" add column if not exists "photo_urls" text[] null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "producer_application" drop column if exists "photo_urls";`)
  }
}
