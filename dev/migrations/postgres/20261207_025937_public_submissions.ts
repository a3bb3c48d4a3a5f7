import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_smp_submissions_status" AS ENUM('new', 'verified', 'approved', 'rejected');
  CREATE TYPE "public"."enum_smp_submissions_reason" AS ENUM('matched_to_appointment', 'authorization_checked', 'not_a_client', 'authorization_incomplete', 'identifies_others', 'health_claims', 'unlawful_content', 'photos_unusable', 'spam', 'duplicate');
  CREATE TYPE "public"."enum__smp_submissions_v_version_status" AS ENUM('new', 'verified', 'approved', 'rejected');
  CREATE TYPE "public"."enum__smp_submissions_v_version_reason" AS ENUM('matched_to_appointment', 'authorization_checked', 'not_a_client', 'authorization_incomplete', 'identifies_others', 'health_claims', 'unlawful_content', 'photos_unusable', 'spam', 'duplicate');
  ALTER TYPE "public"."enum_testimonials_source" ADD VALUE 'submitted' BEFORE 'imported';
  ALTER TYPE "public"."enum__testimonials_v_version_source" ADD VALUE 'submitted' BEFORE 'imported';
  CREATE TABLE "smp_submissions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_smp_submissions_status" DEFAULT 'new',
  	"reason" "enum_smp_submissions_reason",
  	"rating" numeric,
  	"moderator_note" varchar,
  	"name" varchar,
  	"email" varchar,
  	"submitted_at" timestamp(3) with time zone,
  	"email_confirmed_at" timestamp(3) with time zone,
  	"challenge" varchar,
  	"testimonial_id" integer,
  	"gallery_id" integer,
  	"consent_id" integer,
  	"ip_hash" varchar,
  	"email_hash" varchar,
  	"content_hash" varchar,
  	"confirm_hash" varchar,
  	"revoke_hash" varchar,
  	"confirm_before" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_smp_submissions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_status" "enum__smp_submissions_v_version_status" DEFAULT 'new',
  	"version_reason" "enum__smp_submissions_v_version_reason",
  	"version_rating" numeric,
  	"version_moderator_note" varchar,
  	"version_name" varchar,
  	"version_email" varchar,
  	"version_submitted_at" timestamp(3) with time zone,
  	"version_email_confirmed_at" timestamp(3) with time zone,
  	"version_challenge" varchar,
  	"version_testimonial_id" integer,
  	"version_gallery_id" integer,
  	"version_consent_id" integer,
  	"version_ip_hash" varchar,
  	"version_email_hash" varchar,
  	"version_content_hash" varchar,
  	"version_confirm_hash" varchar,
  	"version_revoke_hash" varchar,
  	"version_confirm_before" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "consents" ADD COLUMN "authorization_material" varchar;
  ALTER TABLE "consents" ADD COLUMN "authorization_recipient" varchar;
  ALTER TABLE "consents" ADD COLUMN "authorization_purpose" varchar;
  ALTER TABLE "consents" ADD COLUMN "authorization_expiry_event" varchar;
  ALTER TABLE "consents" ADD COLUMN "authorization_statements_may_revoke" boolean DEFAULT false;
  ALTER TABLE "consents" ADD COLUMN "authorization_statements_treatment_not_conditioned" boolean DEFAULT false;
  ALTER TABLE "consents" ADD COLUMN "authorization_statements_may_be_redisclosed" boolean DEFAULT false;
  ALTER TABLE "consents" ADD COLUMN "verification_required" boolean DEFAULT false;
  ALTER TABLE "consents" ADD COLUMN "verification_verified_at" timestamp(3) with time zone;
  ALTER TABLE "consents" ADD COLUMN "verification_verified_by" varchar;
  ALTER TABLE "_consents_v" ADD COLUMN "version_authorization_material" varchar;
  ALTER TABLE "_consents_v" ADD COLUMN "version_authorization_recipient" varchar;
  ALTER TABLE "_consents_v" ADD COLUMN "version_authorization_purpose" varchar;
  ALTER TABLE "_consents_v" ADD COLUMN "version_authorization_expiry_event" varchar;
  ALTER TABLE "_consents_v" ADD COLUMN "version_authorization_statements_may_revoke" boolean DEFAULT false;
  ALTER TABLE "_consents_v" ADD COLUMN "version_authorization_statements_treatment_not_conditioned" boolean DEFAULT false;
  ALTER TABLE "_consents_v" ADD COLUMN "version_authorization_statements_may_be_redisclosed" boolean DEFAULT false;
  ALTER TABLE "_consents_v" ADD COLUMN "version_verification_required" boolean DEFAULT false;
  ALTER TABLE "_consents_v" ADD COLUMN "version_verification_verified_at" timestamp(3) with time zone;
  ALTER TABLE "_consents_v" ADD COLUMN "version_verification_verified_by" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "smp_submissions_id" integer;
  ALTER TABLE "smp_submissions" ADD CONSTRAINT "smp_submissions_testimonial_id_testimonials_id_fk" FOREIGN KEY ("testimonial_id") REFERENCES "public"."testimonials"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "smp_submissions" ADD CONSTRAINT "smp_submissions_gallery_id_before_after_galleries_id_fk" FOREIGN KEY ("gallery_id") REFERENCES "public"."before_after_galleries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "smp_submissions" ADD CONSTRAINT "smp_submissions_consent_id_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."consents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_smp_submissions_v" ADD CONSTRAINT "_smp_submissions_v_parent_id_smp_submissions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."smp_submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_smp_submissions_v" ADD CONSTRAINT "_smp_submissions_v_version_testimonial_id_testimonials_id_fk" FOREIGN KEY ("version_testimonial_id") REFERENCES "public"."testimonials"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_smp_submissions_v" ADD CONSTRAINT "_smp_submissions_v_version_gallery_id_before_after_galleries_id_fk" FOREIGN KEY ("version_gallery_id") REFERENCES "public"."before_after_galleries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_smp_submissions_v" ADD CONSTRAINT "_smp_submissions_v_version_consent_id_consents_id_fk" FOREIGN KEY ("version_consent_id") REFERENCES "public"."consents"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "smp_submissions_status_idx" ON "smp_submissions" USING btree ("status");
  CREATE INDEX "smp_submissions_testimonial_idx" ON "smp_submissions" USING btree ("testimonial_id");
  CREATE INDEX "smp_submissions_gallery_idx" ON "smp_submissions" USING btree ("gallery_id");
  CREATE INDEX "smp_submissions_consent_idx" ON "smp_submissions" USING btree ("consent_id");
  CREATE INDEX "smp_submissions_ip_hash_idx" ON "smp_submissions" USING btree ("ip_hash");
  CREATE INDEX "smp_submissions_email_hash_idx" ON "smp_submissions" USING btree ("email_hash");
  CREATE INDEX "smp_submissions_content_hash_idx" ON "smp_submissions" USING btree ("content_hash");
  CREATE INDEX "smp_submissions_confirm_hash_idx" ON "smp_submissions" USING btree ("confirm_hash");
  CREATE INDEX "smp_submissions_revoke_hash_idx" ON "smp_submissions" USING btree ("revoke_hash");
  CREATE INDEX "smp_submissions_updated_at_idx" ON "smp_submissions" USING btree ("updated_at");
  CREATE INDEX "smp_submissions_created_at_idx" ON "smp_submissions" USING btree ("created_at");
  CREATE INDEX "_smp_submissions_v_parent_idx" ON "_smp_submissions_v" USING btree ("parent_id");
  CREATE INDEX "_smp_submissions_v_version_version_status_idx" ON "_smp_submissions_v" USING btree ("version_status");
  CREATE INDEX "_smp_submissions_v_version_version_testimonial_idx" ON "_smp_submissions_v" USING btree ("version_testimonial_id");
  CREATE INDEX "_smp_submissions_v_version_version_gallery_idx" ON "_smp_submissions_v" USING btree ("version_gallery_id");
  CREATE INDEX "_smp_submissions_v_version_version_consent_idx" ON "_smp_submissions_v" USING btree ("version_consent_id");
  CREATE INDEX "_smp_submissions_v_version_version_ip_hash_idx" ON "_smp_submissions_v" USING btree ("version_ip_hash");
  CREATE INDEX "_smp_submissions_v_version_version_email_hash_idx" ON "_smp_submissions_v" USING btree ("version_email_hash");
  CREATE INDEX "_smp_submissions_v_version_version_content_hash_idx" ON "_smp_submissions_v" USING btree ("version_content_hash");
  CREATE INDEX "_smp_submissions_v_version_version_confirm_hash_idx" ON "_smp_submissions_v" USING btree ("version_confirm_hash");
  CREATE INDEX "_smp_submissions_v_version_version_revoke_hash_idx" ON "_smp_submissions_v" USING btree ("version_revoke_hash");
  CREATE INDEX "_smp_submissions_v_version_version_updated_at_idx" ON "_smp_submissions_v" USING btree ("version_updated_at");
  CREATE INDEX "_smp_submissions_v_version_version_created_at_idx" ON "_smp_submissions_v" USING btree ("version_created_at");
  CREATE INDEX "_smp_submissions_v_created_at_idx" ON "_smp_submissions_v" USING btree ("created_at");
  CREATE INDEX "_smp_submissions_v_updated_at_idx" ON "_smp_submissions_v" USING btree ("updated_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_smp_submissions_fk" FOREIGN KEY ("smp_submissions_id") REFERENCES "public"."smp_submissions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_smp_submissions_id_idx" ON "payload_locked_documents_rels" USING btree ("smp_submissions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "smp_submissions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_smp_submissions_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "smp_submissions" CASCADE;
  DROP TABLE "_smp_submissions_v" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_smp_submissions_fk";
  
  ALTER TABLE "testimonials" ALTER COLUMN "source" SET DATA TYPE text;
  ALTER TABLE "testimonials" ALTER COLUMN "source" SET DEFAULT 'clinic'::text;
  DROP TYPE "public"."enum_testimonials_source";
  CREATE TYPE "public"."enum_testimonials_source" AS ENUM('clinic', 'imported');
  ALTER TABLE "testimonials" ALTER COLUMN "source" SET DEFAULT 'clinic'::"public"."enum_testimonials_source";
  ALTER TABLE "testimonials" ALTER COLUMN "source" SET DATA TYPE "public"."enum_testimonials_source" USING "source"::"public"."enum_testimonials_source";
  ALTER TABLE "_testimonials_v" ALTER COLUMN "version_source" SET DATA TYPE text;
  ALTER TABLE "_testimonials_v" ALTER COLUMN "version_source" SET DEFAULT 'clinic'::text;
  DROP TYPE "public"."enum__testimonials_v_version_source";
  CREATE TYPE "public"."enum__testimonials_v_version_source" AS ENUM('clinic', 'imported');
  ALTER TABLE "_testimonials_v" ALTER COLUMN "version_source" SET DEFAULT 'clinic'::"public"."enum__testimonials_v_version_source";
  ALTER TABLE "_testimonials_v" ALTER COLUMN "version_source" SET DATA TYPE "public"."enum__testimonials_v_version_source" USING "version_source"::"public"."enum__testimonials_v_version_source";
  DROP INDEX "payload_locked_documents_rels_smp_submissions_id_idx";
  ALTER TABLE "consents" DROP COLUMN "authorization_material";
  ALTER TABLE "consents" DROP COLUMN "authorization_recipient";
  ALTER TABLE "consents" DROP COLUMN "authorization_purpose";
  ALTER TABLE "consents" DROP COLUMN "authorization_expiry_event";
  ALTER TABLE "consents" DROP COLUMN "authorization_statements_may_revoke";
  ALTER TABLE "consents" DROP COLUMN "authorization_statements_treatment_not_conditioned";
  ALTER TABLE "consents" DROP COLUMN "authorization_statements_may_be_redisclosed";
  ALTER TABLE "consents" DROP COLUMN "verification_required";
  ALTER TABLE "consents" DROP COLUMN "verification_verified_at";
  ALTER TABLE "consents" DROP COLUMN "verification_verified_by";
  ALTER TABLE "_consents_v" DROP COLUMN "version_authorization_material";
  ALTER TABLE "_consents_v" DROP COLUMN "version_authorization_recipient";
  ALTER TABLE "_consents_v" DROP COLUMN "version_authorization_purpose";
  ALTER TABLE "_consents_v" DROP COLUMN "version_authorization_expiry_event";
  ALTER TABLE "_consents_v" DROP COLUMN "version_authorization_statements_may_revoke";
  ALTER TABLE "_consents_v" DROP COLUMN "version_authorization_statements_treatment_not_conditioned";
  ALTER TABLE "_consents_v" DROP COLUMN "version_authorization_statements_may_be_redisclosed";
  ALTER TABLE "_consents_v" DROP COLUMN "version_verification_required";
  ALTER TABLE "_consents_v" DROP COLUMN "version_verification_verified_at";
  ALTER TABLE "_consents_v" DROP COLUMN "version_verification_verified_by";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "smp_submissions_id";
  DROP TYPE "public"."enum_smp_submissions_status";
  DROP TYPE "public"."enum_smp_submissions_reason";
  DROP TYPE "public"."enum__smp_submissions_v_version_status";
  DROP TYPE "public"."enum__smp_submissions_v_version_reason";`)
}
