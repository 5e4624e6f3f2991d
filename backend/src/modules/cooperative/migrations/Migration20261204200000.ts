import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261204200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "cooperative_settings" add column if not exists "time_zone" text not null default 'Europe/Istanbul';`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "cooperative_settings" drop column if exists "time_zone";`)
  }
}
