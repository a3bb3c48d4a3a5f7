import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { recomputePrivacy } from '../../../src/index.js'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_consents_signer_authority" AS ENUM('client', 'guardian', 'representative');
  CREATE TYPE "public"."enum_consents_signature_method" AS ENUM('document', 'electronic');
  CREATE TYPE "public"."enum_consents_face_display" AS ENUM('shown', 'cropped', 'blurred', 'none');
  CREATE TYPE "public"."enum_consents_name_display" AS ENUM('full', 'initials', 'none');
  CREATE TYPE "public"."enum_consents_revocation_received_via" AS ENUM('email', 'phone', 'in-person', 'letter', 'other');
  CREATE TYPE "public"."enum__consents_v_version_scopes" AS ENUM('website', 'social', 'advertising', 'print', 'education');
  CREATE TYPE "public"."enum__consents_v_version_signer_authority" AS ENUM('client', 'guardian', 'representative');
  CREATE TYPE "public"."enum__consents_v_version_signature_method" AS ENUM('document', 'electronic');
  CREATE TYPE "public"."enum__consents_v_version_face_display" AS ENUM('shown', 'cropped', 'blurred', 'none');
  CREATE TYPE "public"."enum__consents_v_version_name_display" AS ENUM('full', 'initials', 'none');
  CREATE TYPE "public"."enum__consents_v_version_revocation_received_via" AS ENUM('email', 'phone', 'in-person', 'letter', 'other');
  CREATE TYPE "public"."enum_before_after_galleries_face_shown" AS ENUM('shown', 'cropped', 'blurred', 'none');
  CREATE TYPE "public"."enum__before_after_galleries_v_version_face_shown" AS ENUM('shown', 'cropped', 'blurred', 'none');
  ALTER TYPE "public"."enum_consents_scopes" ADD VALUE 'print';
  ALTER TYPE "public"."enum_consents_scopes" ADD VALUE 'education';
  CREATE TABLE "_consents_v_version_scopes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__consents_v_version_scopes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_consents_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_subject" varchar NOT NULL,
  	"version_signer_name" varchar NOT NULL,
  	"version_signer_authority" "enum__consents_v_version_signer_authority" DEFAULT 'client',
  	"version_signer_relationship" varchar,
  	"version_signature_method" "enum__consents_v_version_signature_method" DEFAULT 'document',
  	"version_signed_at" timestamp(3) with time zone NOT NULL,
  	"version_form_version" varchar NOT NULL,
  	"version_electronic_signature_ip_address" varchar,
  	"version_electronic_signature_user_agent" varchar,
  	"version_file_sha256" varchar,
  	"version_face_display" "enum__consents_v_version_face_display" DEFAULT 'none',
  	"version_name_display" "enum__consents_v_version_name_display" DEFAULT 'none',
  	"version_expires_at" timestamp(3) with time zone,
  	"version_revoked_at" timestamp(3) with time zone,
  	"version_revocation_received_via" "enum__consents_v_version_revocation_received_via",
  	"version_revocation_received_by" varchar,
  	"version_revocation_already_printed" varchar,
  	"version_signed_after_treatment" boolean DEFAULT false,
  	"version_notes" varchar,
  	"version_seed_key" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_url" varchar,
  	"version_thumbnail_u_r_l" varchar,
  	"version_filename" varchar,
  	"version_mime_type" varchar,
  	"version_filesize" numeric,
  	"version_width" numeric,
  	"version_height" numeric,
  	"version_focal_x" numeric,
  	"version_focal_y" numeric,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  DROP INDEX "media_restricted_idx";
  DROP INDEX "before_after_galleries_consent_expires_at_idx";
  DROP INDEX "_before_after_galleries_v_version_version_consent_expire_idx";
  DROP INDEX "testimonials_consent_expires_at_idx";
  DROP INDEX "_testimonials_v_version_version_consent_expires_at_idx";
  ALTER TABLE "media" ADD COLUMN "public_until" timestamp(3) with time zone;
  ALTER TABLE "media" ADD COLUMN "always_public" boolean DEFAULT false;
  ALTER TABLE "consents" ADD COLUMN "signer_name" varchar NOT NULL;
  ALTER TABLE "consents" ADD COLUMN "signer_authority" "enum_consents_signer_authority" DEFAULT 'client';
  ALTER TABLE "consents" ADD COLUMN "signer_relationship" varchar;
  ALTER TABLE "consents" ADD COLUMN "signature_method" "enum_consents_signature_method" DEFAULT 'document';
  ALTER TABLE "consents" ADD COLUMN "form_version" varchar NOT NULL;
  ALTER TABLE "consents" ADD COLUMN "electronic_signature_ip_address" varchar;
  ALTER TABLE "consents" ADD COLUMN "electronic_signature_user_agent" varchar;
  ALTER TABLE "consents" ADD COLUMN "file_sha256" varchar;
  ALTER TABLE "consents" ADD COLUMN "face_display" "enum_consents_face_display" DEFAULT 'none';
  ALTER TABLE "consents" ADD COLUMN "name_display" "enum_consents_name_display" DEFAULT 'none';
  ALTER TABLE "consents" ADD COLUMN "revocation_received_via" "enum_consents_revocation_received_via";
  ALTER TABLE "consents" ADD COLUMN "revocation_received_by" varchar;
  ALTER TABLE "consents" ADD COLUMN "revocation_already_printed" varchar;
  ALTER TABLE "before_after_galleries" ADD COLUMN "face_shown" "enum_before_after_galleries_face_shown" DEFAULT 'shown';
  ALTER TABLE "before_after_galleries" ADD COLUMN "visible_until" timestamp(3) with time zone;
  ALTER TABLE "_before_after_galleries_v" ADD COLUMN "version_face_shown" "enum__before_after_galleries_v_version_face_shown" DEFAULT 'shown';
  ALTER TABLE "_before_after_galleries_v" ADD COLUMN "version_visible_until" timestamp(3) with time zone;
  ALTER TABLE "testimonials" ADD COLUMN "visible_until" timestamp(3) with time zone;
  ALTER TABLE "_testimonials_v" ADD COLUMN "version_visible_until" timestamp(3) with time zone;
  ALTER TABLE "_consents_v_version_scopes" ADD CONSTRAINT "_consents_v_version_scopes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_consents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_consents_v" ADD CONSTRAINT "_consents_v_parent_id_consents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."consents"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "_consents_v_version_scopes_order_idx" ON "_consents_v_version_scopes" USING btree ("order");
  CREATE INDEX "_consents_v_version_scopes_parent_idx" ON "_consents_v_version_scopes" USING btree ("parent_id");
  CREATE INDEX "_consents_v_parent_idx" ON "_consents_v" USING btree ("parent_id");
  CREATE INDEX "_consents_v_version_version_seed_key_idx" ON "_consents_v" USING btree ("version_seed_key");
  CREATE INDEX "_consents_v_version_version_updated_at_idx" ON "_consents_v" USING btree ("version_updated_at");
  CREATE INDEX "_consents_v_version_version_created_at_idx" ON "_consents_v" USING btree ("version_created_at");
  CREATE INDEX "_consents_v_version_version_filename_idx" ON "_consents_v" USING btree ("version_filename");
  CREATE INDEX "_consents_v_created_at_idx" ON "_consents_v" USING btree ("created_at");
  CREATE INDEX "_consents_v_updated_at_idx" ON "_consents_v" USING btree ("updated_at");
  CREATE INDEX "media_public_until_idx" ON "media" USING btree ("public_until");
  CREATE INDEX "before_after_galleries_visible_until_idx" ON "before_after_galleries" USING btree ("visible_until");
  CREATE INDEX "_before_after_galleries_v_version_version_visible_until_idx" ON "_before_after_galleries_v" USING btree ("version_visible_until");
  CREATE INDEX "testimonials_visible_until_idx" ON "testimonials" USING btree ("visible_until");
  CREATE INDEX "_testimonials_v_version_version_visible_until_idx" ON "_testimonials_v" USING btree ("version_visible_until");
  ALTER TABLE "media" DROP COLUMN "restricted";
  ALTER TABLE "before_after_galleries" DROP COLUMN "consent_expires_at";
  ALTER TABLE "_before_after_galleries_v" DROP COLUMN "version_consent_expires_at";
  ALTER TABLE "testimonials" DROP COLUMN "consent_expires_at";
  ALTER TABLE "_testimonials_v" DROP COLUMN "version_consent_expires_at";`)
  // Existing documents and images get the values privacy is now decided on.
  await recomputePrivacy({ payload, req })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "_consents_v_version_scopes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_consents_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "_consents_v_version_scopes" CASCADE;
  DROP TABLE "_consents_v" CASCADE;
  ALTER TABLE "consents_scopes" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_consents_scopes";
  CREATE TYPE "public"."enum_consents_scopes" AS ENUM('website', 'social', 'advertising');
  ALTER TABLE "consents_scopes" ALTER COLUMN "value" SET DATA TYPE "public"."enum_consents_scopes" USING "value"::"public"."enum_consents_scopes";
  DROP INDEX "media_public_until_idx";
  DROP INDEX "before_after_galleries_visible_until_idx";
  DROP INDEX "_before_after_galleries_v_version_version_visible_until_idx";
  DROP INDEX "testimonials_visible_until_idx";
  DROP INDEX "_testimonials_v_version_version_visible_until_idx";
  ALTER TABLE "media" ADD COLUMN "restricted" boolean DEFAULT false;
  ALTER TABLE "before_after_galleries" ADD COLUMN "consent_expires_at" timestamp(3) with time zone;
  ALTER TABLE "_before_after_galleries_v" ADD COLUMN "version_consent_expires_at" timestamp(3) with time zone;
  ALTER TABLE "testimonials" ADD COLUMN "consent_expires_at" timestamp(3) with time zone;
  ALTER TABLE "_testimonials_v" ADD COLUMN "version_consent_expires_at" timestamp(3) with time zone;
  CREATE INDEX "media_restricted_idx" ON "media" USING btree ("restricted");
  CREATE INDEX "before_after_galleries_consent_expires_at_idx" ON "before_after_galleries" USING btree ("consent_expires_at");
  CREATE INDEX "_before_after_galleries_v_version_version_consent_expire_idx" ON "_before_after_galleries_v" USING btree ("version_consent_expires_at");
  CREATE INDEX "testimonials_consent_expires_at_idx" ON "testimonials" USING btree ("consent_expires_at");
  CREATE INDEX "_testimonials_v_version_version_consent_expires_at_idx" ON "_testimonials_v" USING btree ("version_consent_expires_at");
  ALTER TABLE "media" DROP COLUMN "public_until";
  ALTER TABLE "media" DROP COLUMN "always_public";
  ALTER TABLE "consents" DROP COLUMN "signer_name";
  ALTER TABLE "consents" DROP COLUMN "signer_authority";
  ALTER TABLE "consents" DROP COLUMN "signer_relationship";
  ALTER TABLE "consents" DROP COLUMN "signature_method";
  ALTER TABLE "consents" DROP COLUMN "form_version";
  ALTER TABLE "consents" DROP COLUMN "electronic_signature_ip_address";
  ALTER TABLE "consents" DROP COLUMN "electronic_signature_user_agent";
  ALTER TABLE "consents" DROP COLUMN "file_sha256";
  ALTER TABLE "consents" DROP COLUMN "face_display";
  ALTER TABLE "consents" DROP COLUMN "name_display";
  ALTER TABLE "consents" DROP COLUMN "revocation_received_via";
  ALTER TABLE "consents" DROP COLUMN "revocation_received_by";
  ALTER TABLE "consents" DROP COLUMN "revocation_already_printed";
  ALTER TABLE "before_after_galleries" DROP COLUMN "face_shown";
  ALTER TABLE "before_after_galleries" DROP COLUMN "visible_until";
  ALTER TABLE "_before_after_galleries_v" DROP COLUMN "version_face_shown";
  ALTER TABLE "_before_after_galleries_v" DROP COLUMN "version_visible_until";
  ALTER TABLE "testimonials" DROP COLUMN "visible_until";
  ALTER TABLE "_testimonials_v" DROP COLUMN "version_visible_until";
  DROP TYPE "public"."enum_consents_signer_authority";
  DROP TYPE "public"."enum_consents_signature_method";
  DROP TYPE "public"."enum_consents_face_display";
  DROP TYPE "public"."enum_consents_name_display";
  DROP TYPE "public"."enum_consents_revocation_received_via";
  DROP TYPE "public"."enum__consents_v_version_scopes";
  DROP TYPE "public"."enum__consents_v_version_signer_authority";
  DROP TYPE "public"."enum__consents_v_version_signature_method";
  DROP TYPE "public"."enum__consents_v_version_face_display";
  DROP TYPE "public"."enum__consents_v_version_name_display";
  DROP TYPE "public"."enum__consents_v_version_revocation_received_via";
  DROP TYPE "public"."enum_before_after_galleries_face_shown";
  DROP TYPE "public"."enum__before_after_galleries_v_version_face_shown";`)
}
