import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_testimonials_ai_assistance" AS ENUM('none', 'assisted', 'generated');
  CREATE TYPE "public"."enum__testimonials_v_version_ai_assistance" AS ENUM('none', 'assisted', 'generated');
  ALTER TYPE "public"."enum_testimonials_clinic_relationship" ADD VALUE 'partner' BEFORE 'paid';
  ALTER TYPE "public"."enum__testimonials_v_version_clinic_relationship" ADD VALUE 'partner' BEFORE 'paid';
  ALTER TABLE "testimonials" ADD COLUMN "received_at" timestamp(3) with time zone;
  ALTER TABLE "testimonials" ADD COLUMN "email_confirmed_at" timestamp(3) with time zone;
  ALTER TABLE "testimonials" ADD COLUMN "verified_at" timestamp(3) with time zone;
  ALTER TABLE "testimonials" ADD COLUMN "verification_evidence" varchar;
  ALTER TABLE "testimonials" ADD COLUMN "ai_assistance" "enum_testimonials_ai_assistance" DEFAULT 'none';
  ALTER TABLE "testimonials" ADD COLUMN "incentive_depends_on_content" boolean DEFAULT false;
  ALTER TABLE "_testimonials_v" ADD COLUMN "version_received_at" timestamp(3) with time zone;
  ALTER TABLE "_testimonials_v" ADD COLUMN "version_email_confirmed_at" timestamp(3) with time zone;
  ALTER TABLE "_testimonials_v" ADD COLUMN "version_verified_at" timestamp(3) with time zone;
  ALTER TABLE "_testimonials_v" ADD COLUMN "version_verification_evidence" varchar;
  ALTER TABLE "_testimonials_v" ADD COLUMN "version_ai_assistance" "enum__testimonials_v_version_ai_assistance" DEFAULT 'none';
  ALTER TABLE "_testimonials_v" ADD COLUMN "version_incentive_depends_on_content" boolean DEFAULT false;
  UPDATE "testimonials" SET "received_at" = "created_at";
  UPDATE "_testimonials_v" SET "version_received_at" = "version_created_at";
  ALTER TABLE "smp_submissions" ADD COLUMN "form_token_hash" varchar;
  ALTER TABLE "_smp_submissions_v" ADD COLUMN "version_form_token_hash" varchar;
  CREATE UNIQUE INDEX "smp_submissions_form_token_hash_idx" ON "smp_submissions" USING btree ("form_token_hash");
  CREATE INDEX "_smp_submissions_v_version_version_form_token_hash_idx" ON "_smp_submissions_v" USING btree ("version_form_token_hash");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The earlier schema has no business partners: they become "no connection" again.
  await db.execute(sql`
   UPDATE "testimonials" SET "clinic_relationship" = 'none' WHERE "clinic_relationship" = 'partner';
  UPDATE "_testimonials_v" SET "version_clinic_relationship" = 'none' WHERE "version_clinic_relationship" = 'partner';
  ALTER TABLE "testimonials" ALTER COLUMN "clinic_relationship" SET DATA TYPE text;
  ALTER TABLE "testimonials" ALTER COLUMN "clinic_relationship" SET DEFAULT 'none'::text;
  DROP TYPE "public"."enum_testimonials_clinic_relationship";
  CREATE TYPE "public"."enum_testimonials_clinic_relationship" AS ENUM('none', 'employee', 'family', 'paid', 'discounted');
  ALTER TABLE "testimonials" ALTER COLUMN "clinic_relationship" SET DEFAULT 'none'::"public"."enum_testimonials_clinic_relationship";
  ALTER TABLE "testimonials" ALTER COLUMN "clinic_relationship" SET DATA TYPE "public"."enum_testimonials_clinic_relationship" USING "clinic_relationship"::"public"."enum_testimonials_clinic_relationship";
  ALTER TABLE "_testimonials_v" ALTER COLUMN "version_clinic_relationship" SET DATA TYPE text;
  ALTER TABLE "_testimonials_v" ALTER COLUMN "version_clinic_relationship" SET DEFAULT 'none'::text;
  DROP TYPE "public"."enum__testimonials_v_version_clinic_relationship";
  CREATE TYPE "public"."enum__testimonials_v_version_clinic_relationship" AS ENUM('none', 'employee', 'family', 'paid', 'discounted');
  ALTER TABLE "_testimonials_v" ALTER COLUMN "version_clinic_relationship" SET DEFAULT 'none'::"public"."enum__testimonials_v_version_clinic_relationship";
  ALTER TABLE "_testimonials_v" ALTER COLUMN "version_clinic_relationship" SET DATA TYPE "public"."enum__testimonials_v_version_clinic_relationship" USING "version_clinic_relationship"::"public"."enum__testimonials_v_version_clinic_relationship";
  DROP INDEX "smp_submissions_form_token_hash_idx";
  DROP INDEX "_smp_submissions_v_version_version_form_token_hash_idx";
  ALTER TABLE "testimonials" DROP COLUMN "received_at";
  ALTER TABLE "testimonials" DROP COLUMN "email_confirmed_at";
  ALTER TABLE "testimonials" DROP COLUMN "verified_at";
  ALTER TABLE "testimonials" DROP COLUMN "verification_evidence";
  ALTER TABLE "testimonials" DROP COLUMN "ai_assistance";
  ALTER TABLE "testimonials" DROP COLUMN "incentive_depends_on_content";
  ALTER TABLE "_testimonials_v" DROP COLUMN "version_received_at";
  ALTER TABLE "_testimonials_v" DROP COLUMN "version_email_confirmed_at";
  ALTER TABLE "_testimonials_v" DROP COLUMN "version_verified_at";
  ALTER TABLE "_testimonials_v" DROP COLUMN "version_verification_evidence";
  ALTER TABLE "_testimonials_v" DROP COLUMN "version_ai_assistance";
  ALTER TABLE "_testimonials_v" DROP COLUMN "version_incentive_depends_on_content";
  ALTER TABLE "smp_submissions" DROP COLUMN "form_token_hash";
  ALTER TABLE "_smp_submissions_v" DROP COLUMN "version_form_token_hash";
  DROP TYPE "public"."enum_testimonials_ai_assistance";
  DROP TYPE "public"."enum__testimonials_v_version_ai_assistance";`)
}
