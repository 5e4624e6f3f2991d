import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129164930 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "cooperative_settings" add column if not exists "earning_holding_days" integer not null default 0;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "cooperative_settings" drop column if exists "earning_holding_days";`
    )
  }
}
