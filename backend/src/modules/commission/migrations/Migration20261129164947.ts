import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129164947 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "commission_rule" ("id" text not null, "scope" text check ("scope" in ('cooperative', 'category', 'producer')) not null, "target_id" text null, "rate_bps" integer not null, "valid_from" timestamptz not null, "created_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_rule_pkey" primary key ("id"), constraint commission_rule_rate_bps_range check (rate_bps >= 0 AND rate_bps <= 10000), constraint commission_rule_target_matches_scope check ((scope = 'cooperative') = (target_id IS NULL)));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_commission_rule_deleted_at" ON "commission_rule" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_commission_rule_scope_target_id_valid_from" ON "commission_rule" ("scope", "target_id", "valid_from") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "commission_rule" cascade;`)
  }
}
