import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204163131 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer_previous_handle" drop constraint if exists "producer_previous_handle_handle_unique";`);
    this.addSql(`create table if not exists "producer_previous_handle" ("id" text not null, "handle" text not null, "producer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_previous_handle_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_previous_handle_handle_unique" ON "producer_previous_handle" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_previous_handle_producer_id" ON "producer_previous_handle" ("producer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_previous_handle_deleted_at" ON "producer_previous_handle" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "producer_previous_handle" add constraint "producer_previous_handle_producer_id_foreign" foreign key ("producer_id") references "producer" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "producer_previous_handle" cascade;`);
  }

}
