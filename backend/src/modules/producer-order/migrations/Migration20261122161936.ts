import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122161936 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "producer_order" drop constraint if exists "producer_order_order_id_producer_id_unique";`
    )
    this.addSql(
      `create table if not exists "producer_order" ("id" text not null, "order_id" text not null, "producer_id" text not null, "display_id" integer not null, "status" text check ("status" in ('new', 'preparing', 'shipped', 'delivered', 'canceled')) not null default 'new', "currency_code" text not null, "subtotal" numeric not null, "commission_bps" integer not null default 0, "carrier" text null, "tracking_number" text null, "fulfillment_id" text null, "shipped_at" timestamptz null, "delivered_at" timestamptz null, "raw_subtotal" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_order_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_order_deleted_at" ON "producer_order" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_order_order_id_producer_id_unique" ON "producer_order" ("order_id", "producer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_order_producer_id_status" ON "producer_order" ("producer_id", "status") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "producer_order_item" ("id" text not null, "producer_order_id" text not null, "line_item_id" text not null, "variant_id" text null, "product_id" text null, "title" text not null, "variant_title" text null, "thumbnail" text null, "quantity" integer not null, "unit_price" numeric not null, "total" numeric not null, "raw_unit_price" jsonb not null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_order_item_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_order_item_producer_order_id" ON "producer_order_item" ("producer_order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_order_item_deleted_at" ON "producer_order_item" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "producer_order_item" add constraint "producer_order_item_producer_order_id_foreign" foreign key ("producer_order_id") references "producer_order" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "producer_order_item" drop constraint if exists "producer_order_item_producer_order_id_foreign";`
    )

    this.addSql(`drop table if exists "producer_order" cascade;`)

    this.addSql(`drop table if exists "producer_order_item" cascade;`)
  }
}
