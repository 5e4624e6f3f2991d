import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122160149 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "cooperative_settings" ("id" text not null, "product_moderation" boolean not null default false, "commission_bps" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_settings_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_settings_deleted_at" ON "cooperative_settings" ("deleted_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cooperative_settings" cascade;`)
  }
}
