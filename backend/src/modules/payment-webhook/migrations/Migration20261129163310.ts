import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129163310 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "payment_webhook_event" drop constraint if exists "payment_webhook_event_provider_event_id_unique";`
    )
    this.addSql(
      `create table if not exists "payment_webhook_event" ("id" text not null, "provider" text not null, "event_id" text not null, "event_type" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payment_webhook_event_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payment_webhook_event_deleted_at" ON "payment_webhook_event" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payment_webhook_event_provider_event_id_unique" ON "payment_webhook_event" ("provider", "event_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payment_webhook_event" cascade;`)
  }
}
