import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122121648 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "producer_application" drop constraint if exists "producer_application_reference_unique";`
    )
    this.addSql(
      `create table if not exists "producer_application" ("id" text not null, "reference" text not null, "full_name" text not null, "email" text not null, "phone" text not null, "city" text not null, "district" text null, "craft" text not null, "story" text not null, "course" text null, "locale" text check ("locale" in ('tr', 'fa', 'en')) not null default 'tr', "consented_at" timestamptz not null, "status" text check ("status" in ('submitted', 'in_review', 'changes_requested', 'approved', 'rejected')) not null default 'submitted', "assigned_to" text null, "staff_message" text null, "submitted_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_application_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_application_reference_unique" ON "producer_application" ("reference") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_application_deleted_at" ON "producer_application" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_application_status_submitted_at" ON "producer_application" ("status", "submitted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_application_email" ON "producer_application" ("email") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_application_phone" ON "producer_application" ("phone") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "producer_application_event" ("id" text not null, "action" text check ("action" in ('submit', 'assign', 'request_changes', 'resubmit', 'approve', 'reject')) not null, "from_status" text null, "to_status" text not null, "actor_type" text check ("actor_type" in ('applicant', 'staff')) not null, "actor_id" text null, "message" text null, "application_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_application_event_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_application_event_application_id" ON "producer_application_event" ("application_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_application_event_deleted_at" ON "producer_application_event" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "producer_application_event" add constraint "producer_application_event_application_id_foreign" foreign key ("application_id") references "producer_application" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "producer_application_event" drop constraint if exists "producer_application_event_application_id_foreign";`
    )

    this.addSql(`drop table if exists "producer_application" cascade;`)

    this.addSql(`drop table if exists "producer_application_event" cascade;`)
  }
}
