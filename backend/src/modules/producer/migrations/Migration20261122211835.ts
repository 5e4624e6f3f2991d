import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122211835 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer" add column if not exists "email" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "producer" drop column if exists "email";`)
  }
}
