import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_smp_webhook_deliveries_event" AS ENUM('publish', 'unpublish', 'update', 'delete');
  CREATE TYPE "public"."enum_smp_webhook_deliveries_state" AS ENUM('pending', 'delivered', 'retrying', 'failed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'smpDeliverWebhook';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'smpDeliverWebhook';
  CREATE TABLE "smp_webhook_deliveries_attempts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"status" numeric,
  	"error" varchar,
  	"duration_ms" numeric
  );
  
  CREATE TABLE "smp_webhook_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"dedupe_key" varchar,
  	"event" "enum_smp_webhook_deliveries_event" NOT NULL,
  	"collection_slug" varchar,
  	"document_id" varchar,
  	"endpoint" varchar NOT NULL,
  	"body" varchar NOT NULL,
  	"state" "enum_smp_webhook_deliveries_state" DEFAULT 'pending',
  	"delivered_at" timestamp(3) with time zone,
  	"replay_of" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "smp_webhook_deliveries_id" integer;
  ALTER TABLE "smp_webhook_deliveries_attempts" ADD CONSTRAINT "smp_webhook_deliveries_attempts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."smp_webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "smp_webhook_deliveries_attempts_order_idx" ON "smp_webhook_deliveries_attempts" USING btree ("_order");
  CREATE INDEX "smp_webhook_deliveries_attempts_parent_id_idx" ON "smp_webhook_deliveries_attempts" USING btree ("_parent_id");
  CREATE INDEX "smp_webhook_deliveries_key_idx" ON "smp_webhook_deliveries" USING btree ("key");
  CREATE UNIQUE INDEX "smp_webhook_deliveries_dedupe_key_idx" ON "smp_webhook_deliveries" USING btree ("dedupe_key");
  CREATE INDEX "smp_webhook_deliveries_state_idx" ON "smp_webhook_deliveries" USING btree ("state");
  CREATE INDEX "smp_webhook_deliveries_updated_at_idx" ON "smp_webhook_deliveries" USING btree ("updated_at");
  CREATE INDEX "smp_webhook_deliveries_created_at_idx" ON "smp_webhook_deliveries" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_smp_webhook_deliveries_fk" FOREIGN KEY ("smp_webhook_deliveries_id") REFERENCES "public"."smp_webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_smp_webhook_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("smp_webhook_deliveries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "smp_webhook_deliveries_attempts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "smp_webhook_deliveries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "smp_webhook_deliveries_attempts" CASCADE;
  DROP TABLE "smp_webhook_deliveries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_smp_webhook_deliveries_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'smpUnpublishLapsedConsents');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'smpUnpublishLapsedConsents');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_smp_webhook_deliveries_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "smp_webhook_deliveries_id";
  DROP TYPE "public"."enum_smp_webhook_deliveries_event";
  DROP TYPE "public"."enum_smp_webhook_deliveries_state";`)
}
