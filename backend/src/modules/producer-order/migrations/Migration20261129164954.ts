import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129164954 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "producer_order_item" add column if not exists "commission_bps" integer not null default 0;`
    )
    // Lines of orders placed before rates were kept per line were charged their part's rate:
    // they keep it, so no past order's earnings change.
    this.addSql(
      `update "producer_order_item" set "commission_bps" = "producer_order"."commission_bps" from "producer_order" where "producer_order"."id" = "producer_order_item"."producer_order_id";`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "producer_order_item" drop column if exists "commission_bps";`
    )
  }
}
