import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Moves producers' payout accounts out of the producer table, where any `fields` through a
 * producer could reach them, into their own. Copying and dropping happen here together, so no
 * order between the two modules' migrations can lose an IBAN.
 */
export class Migration20261204200100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "payout_account" ("id" text not null, "producer_id" text not null, "iban" text null, "iban_holder" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_account_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_account_producer_id_unique" ON "payout_account" ("producer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payout_account_deleted_at" ON "payout_account" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(`
      do $$ begin
        if exists (select 1 from information_schema.columns where table_name = 'producer' and column_name = 'iban') then
          insert into "payout_account" ("id", "producer_id", "iban", "iban_holder")
            select 'poacc_' || substr(md5(random()::text || "id"), 1, 26), "id", "iban", "iban_holder"
            from "producer" where ("iban" is not null or "iban_holder" is not null) and "deleted_at" is null;
          alter table "producer" drop column "iban", drop column "iban_holder";
        end if;
      end $$;
    `)
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "producer" add column if not exists "iban" text null, add column if not exists "iban_holder" text null;`
    )
    this.addSql(
      `update "producer" set "iban" = a."iban", "iban_holder" = a."iban_holder" from "payout_account" a where a."producer_id" = "producer"."id" and a."deleted_at" is null;`
    )
    this.addSql(`drop table if exists "payout_account" cascade;`)
  }
}
