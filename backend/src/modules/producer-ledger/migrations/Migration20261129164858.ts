import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129164858 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "refund_allocation" drop constraint if exists "refund_allocation_refund_id_producer_order_item_id_unique";`
    )
    this.addSql(
      `alter table if exists "payout_batch" drop constraint if exists "payout_batch_reference_unique";`
    )
    this.addSql(
      `alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_key_unique";`
    )
    this.addSql(
      `create table if not exists "ledger_entry" ("id" text not null, "producer_id" text not null, "currency_code" text not null, "kind" text check ("kind" in ('earning', 'reversal', 'payout')) not null, "amount" numeric not null, "commission" numeric not null, "available_at" timestamptz not null, "producer_order_id" text null, "producer_order_item_id" text null, "order_id" text null, "payout_id" text null, "key" text not null, "raw_amount" jsonb not null, "raw_commission" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_entry_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_entry_key_unique" ON "ledger_entry" ("key") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_deleted_at" ON "ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_producer_id_currency_code" ON "ledger_entry" ("producer_id", "currency_code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_payout_id" ON "ledger_entry" ("payout_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "payout_batch" ("id" text not null, "reference" text not null, "period_start" timestamptz not null, "period_end" timestamptz not null, "status" text check ("status" in ('confirmed', 'paid', 'canceled')) not null default 'confirmed', "created_by" text null, "paid_at" timestamptz null, "paid_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_batch_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_batch_reference_unique" ON "payout_batch" ("reference") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payout_batch_deleted_at" ON "payout_batch" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "payout" ("id" text not null, "batch_id" text not null, "producer_id" text not null, "currency_code" text not null, "amount" numeric not null, "iban" text null, "iban_holder" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payout_batch_id" ON "payout" ("batch_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payout_deleted_at" ON "payout" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "refund_allocation" ("id" text not null, "refund_id" text not null, "producer_order_item_id" text not null, "gross" numeric not null, "raw_gross" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "refund_allocation_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_refund_allocation_deleted_at" ON "refund_allocation" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_refund_allocation_refund_id_producer_order_item_id_unique" ON "refund_allocation" ("refund_id", "producer_order_item_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_refund_allocation_producer_order_item_id" ON "refund_allocation" ("producer_order_item_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "payout" add constraint "payout_batch_id_foreign" foreign key ("batch_id") references "payout_batch" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "payout" drop constraint if exists "payout_batch_id_foreign";`
    )

    this.addSql(`drop table if exists "ledger_entry" cascade;`)

    this.addSql(`drop table if exists "payout_batch" cascade;`)

    this.addSql(`drop table if exists "payout" cascade;`)

    this.addSql(`drop table if exists "refund_allocation" cascade;`)
  }
}
