import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129165000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "payment_receipt" ("id" text not null, "payment_id" text not null, "order_id" text not null, "method" text check ("method" in ('bank_transfer', 'cash_on_delivery')) not null, "amount" numeric not null, "currency_code" text not null, "received_at" timestamptz not null, "reference" text not null, "note" text null, "recorded_by" text not null, "outcome" text check ("outcome" in ('matched', 'short', 'over')) not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payment_receipt_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payment_receipt_deleted_at" ON "payment_receipt" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payment_receipt_payment_id" ON "payment_receipt" ("payment_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payment_receipt" cascade;`)
  }
}
