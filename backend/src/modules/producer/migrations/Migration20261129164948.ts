import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129164948 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "producer" add column if not exists "iban" text null, add column if not exists "iban_holder" text null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "producer" drop column if exists "iban", drop column if exists "iban_holder";`
    )
  }
}
