import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122153946 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "producer" add column if not exists "full_name" text null, add column if not exists "district" text null, add column if not exists "show_full_name" boolean not null default true, add column if not exists "show_district" boolean not null default false, add column if not exists "processing_days" integer null, add column if not exists "accepts_returns" boolean not null default true, add column if not exists "vacation_from" timestamptz null, add column if not exists "vacation_until" timestamptz null;`
    )
    // Shops opened before privacy choices showed the full name.
    this.addSql(`update "producer" set "full_name" = "name" where "full_name" is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "producer" drop column if exists "full_name", drop column if exists "district", drop column if exists "show_full_name", drop column if exists "show_district", drop column if exists "processing_days", drop column if exists "accepts_returns", drop column if exists "vacation_from", drop column if exists "vacation_until";`
    )
  }
}
