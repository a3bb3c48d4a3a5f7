import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_smp_external_reviews_platform" AS ENUM('google', 'trustpilot');
  CREATE TYPE "public"."enum_smp_external_reviews_kind" AS ENUM('review', 'profile');
  CREATE TABLE "smp_external_reviews" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"platform" "enum_smp_external_reviews_platform" NOT NULL,
  	"kind" "enum_smp_external_reviews_kind" DEFAULT 'review' NOT NULL,
  	"profile_id" varchar,
  	"author" varchar,
  	"rating" numeric,
  	"reviewed_at" timestamp(3) with time zone,
  	"title" varchar,
  	"text" varchar,
  	"url" varchar,
  	"link_key" varchar,
  	"attribution" varchar,
  	"imported_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "smp_external_reviews_id" integer;
  CREATE INDEX "smp_external_reviews_platform_idx" ON "smp_external_reviews" USING btree ("platform");
  CREATE INDEX "smp_external_reviews_url_idx" ON "smp_external_reviews" USING btree ("url");
  CREATE UNIQUE INDEX "smp_external_reviews_link_key_idx" ON "smp_external_reviews" USING btree ("link_key");
  CREATE INDEX "smp_external_reviews_updated_at_idx" ON "smp_external_reviews" USING btree ("updated_at");
  CREATE INDEX "smp_external_reviews_created_at_idx" ON "smp_external_reviews" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_smp_external_reviews_fk" FOREIGN KEY ("smp_external_reviews_id") REFERENCES "public"."smp_external_reviews"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_smp_external_reviews_id_idx" ON "payload_locked_documents_rels" USING btree ("smp_external_reviews_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "smp_external_reviews" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "smp_external_reviews" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_smp_external_reviews_fk";
  
  DROP INDEX "payload_locked_documents_rels_smp_external_reviews_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "smp_external_reviews_id";
  DROP TYPE "public"."enum_smp_external_reviews_platform";
  DROP TYPE "public"."enum_smp_external_reviews_kind";`)
}
