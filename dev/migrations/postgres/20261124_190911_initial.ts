import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_practitioners_specialties" AS ENUM('hairline', 'density', 'scar-camouflage', 'alopecia-coverage', 'female-thinning', 'other');
  CREATE TYPE "public"."enum_practitioners_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__practitioners_v_version_specialties" AS ENUM('hairline', 'density', 'scar-camouflage', 'alopecia-coverage', 'female-thinning', 'other');
  CREATE TYPE "public"."enum__practitioners_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_faqs_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__faqs_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_consents_scopes" AS ENUM('website', 'social', 'advertising');
  CREATE TYPE "public"."enum_before_after_galleries_pairs_angle" AS ENUM('front', 'top', 'left', 'right', 'back');
  CREATE TYPE "public"."enum_before_after_galleries_treatment_type" AS ENUM('hairline', 'density', 'scar-camouflage', 'alopecia-coverage', 'female-thinning', 'other');
  CREATE TYPE "public"."enum_before_after_galleries_hair_loss_stage" AS ENUM('norwood-i', 'norwood-ii', 'norwood-iia', 'norwood-iii', 'norwood-iiia', 'norwood-iii-vertex', 'norwood-iv', 'norwood-iva', 'norwood-v', 'norwood-va', 'norwood-vi', 'norwood-vii', 'ludwig-i', 'ludwig-ii', 'ludwig-iii');
  CREATE TYPE "public"."enum_before_after_galleries_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__before_after_galleries_v_version_pairs_angle" AS ENUM('front', 'top', 'left', 'right', 'back');
  CREATE TYPE "public"."enum__before_after_galleries_v_version_treatment_type" AS ENUM('hairline', 'density', 'scar-camouflage', 'alopecia-coverage', 'female-thinning', 'other');
  CREATE TYPE "public"."enum__before_after_galleries_v_version_hair_loss_stage" AS ENUM('norwood-i', 'norwood-ii', 'norwood-iia', 'norwood-iii', 'norwood-iiia', 'norwood-iii-vertex', 'norwood-iv', 'norwood-iva', 'norwood-v', 'norwood-va', 'norwood-vi', 'norwood-vii', 'ludwig-i', 'ludwig-ii', 'ludwig-iii');
  CREATE TYPE "public"."enum__before_after_galleries_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_testimonials_treatment" AS ENUM('hairline', 'density', 'scar-camouflage', 'alopecia-coverage', 'female-thinning', 'other');
  CREATE TYPE "public"."enum_testimonials_source" AS ENUM('clinic', 'imported');
  CREATE TYPE "public"."enum_testimonials_clinic_relationship" AS ENUM('none', 'employee', 'family', 'paid', 'discounted');
  CREATE TYPE "public"."enum_testimonials_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__testimonials_v_version_treatment" AS ENUM('hairline', 'density', 'scar-camouflage', 'alopecia-coverage', 'female-thinning', 'other');
  CREATE TYPE "public"."enum__testimonials_v_version_source" AS ENUM('clinic', 'imported');
  CREATE TYPE "public"."enum__testimonials_v_version_clinic_relationship" AS ENUM('none', 'employee', 'family', 'paid', 'discounted');
  CREATE TYPE "public"."enum__testimonials_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'smpUnpublishLapsedConsents');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'smpUnpublishLapsedConsents');
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"restricted" boolean DEFAULT false,
  	"seed_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_comparison_url" varchar,
  	"sizes_comparison_width" numeric,
  	"sizes_comparison_height" numeric,
  	"sizes_comparison_mime_type" varchar,
  	"sizes_comparison_filesize" numeric,
  	"sizes_comparison_filename" varchar,
  	"sizes_gallery_url" varchar,
  	"sizes_gallery_width" numeric,
  	"sizes_gallery_height" numeric,
  	"sizes_gallery_mime_type" varchar,
  	"sizes_gallery_filesize" numeric,
  	"sizes_gallery_filename" varchar
  );
  
  CREATE TABLE "topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"description" varchar,
  	"seed_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "practitioners_specialties" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practitioners_specialties",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practitioners_certifications" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"issuer" varchar,
  	"year" numeric
  );
  
  CREATE TABLE "practitioners" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"photo_id" integer,
  	"title" varchar,
  	"credentials" varchar,
  	"bio" jsonb,
  	"years_of_experience" numeric,
  	"booking_url" varchar,
  	"active" boolean DEFAULT true,
  	"is_sample" boolean DEFAULT false,
  	"seed_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_practitioners_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "practitioners_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_practitioners_v_version_specialties" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__practitioners_v_version_specialties",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practitioners_v_version_certifications" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"issuer" varchar,
  	"year" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_practitioners_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_photo_id" integer,
  	"version_title" varchar,
  	"version_credentials" varchar,
  	"version_bio" jsonb,
  	"version_years_of_experience" numeric,
  	"version_booking_url" varchar,
  	"version_active" boolean DEFAULT true,
  	"version_is_sample" boolean DEFAULT false,
  	"version_seed_key" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__practitioners_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_practitioners_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "articles_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"marker" varchar,
  	"label" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "articles_table_of_contents" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"anchor" varchar,
  	"level" numeric
  );
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"excerpt" varchar,
  	"hero_image_id" integer,
  	"body" jsonb,
  	"author_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"reading_time" numeric,
  	"seed_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"faqs_id" integer
  );
  
  CREATE TABLE "_articles_v_version_references" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"marker" varchar,
  	"label" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_version_table_of_contents" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"anchor" varchar,
  	"level" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_excerpt" varchar,
  	"version_hero_image_id" integer,
  	"version_body" jsonb,
  	"version_author_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_reading_time" numeric,
  	"version_seed_key" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"faqs_id" integer
  );
  
  CREATE TABLE "faqs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"_order" varchar,
  	"question" varchar,
  	"answer" jsonb,
  	"seed_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_faqs_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "faqs_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"articles_id" integer
  );
  
  CREATE TABLE "_faqs_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version__order" varchar,
  	"version_question" varchar,
  	"version_answer" jsonb,
  	"version_seed_key" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__faqs_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_faqs_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"articles_id" integer
  );
  
  CREATE TABLE "consents_scopes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_consents_scopes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "consents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subject" varchar NOT NULL,
  	"signed_at" timestamp(3) with time zone NOT NULL,
  	"expires_at" timestamp(3) with time zone,
  	"revoked_at" timestamp(3) with time zone,
  	"signed_after_treatment" boolean DEFAULT false,
  	"notes" varchar,
  	"seed_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "before_after_galleries_pairs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"before_id" integer,
  	"after_id" integer,
  	"angle" "enum_before_after_galleries_pairs_angle" DEFAULT 'front',
  	"time_after_last_session" varchar,
  	"caption" varchar
  );
  
  CREATE TABLE "before_after_galleries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"treatment_type" "enum_before_after_galleries_treatment_type",
  	"hair_loss_stage" "enum_before_after_galleries_hair_loss_stage",
  	"sessions" numeric,
  	"pigment_shade" varchar,
  	"topic_id" integer,
  	"practitioner_id" integer,
  	"unretouched_attestation" boolean DEFAULT false,
  	"disclaimer" varchar DEFAULT 'Individual results vary. Photos show one client’s result and are not a guarantee.',
  	"consent_id" integer,
  	"consent_expires_at" timestamp(3) with time zone,
  	"is_sample" boolean DEFAULT false,
  	"seed_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_before_after_galleries_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_before_after_galleries_v_version_pairs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"before_id" integer,
  	"after_id" integer,
  	"angle" "enum__before_after_galleries_v_version_pairs_angle" DEFAULT 'front',
  	"time_after_last_session" varchar,
  	"caption" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_before_after_galleries_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_treatment_type" "enum__before_after_galleries_v_version_treatment_type",
  	"version_hair_loss_stage" "enum__before_after_galleries_v_version_hair_loss_stage",
  	"version_sessions" numeric,
  	"version_pigment_shade" varchar,
  	"version_topic_id" integer,
  	"version_practitioner_id" integer,
  	"version_unretouched_attestation" boolean DEFAULT false,
  	"version_disclaimer" varchar DEFAULT 'Individual results vary. Photos show one client’s result and are not a guarantee.',
  	"version_consent_id" integer,
  	"version_consent_expires_at" timestamp(3) with time zone,
  	"version_is_sample" boolean DEFAULT false,
  	"version_seed_key" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__before_after_galleries_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "testimonials" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"client_name" varchar,
  	"quote" varchar,
  	"rating" numeric,
  	"treatment" "enum_testimonials_treatment",
  	"experience_date" timestamp(3) with time zone,
  	"practitioner_id" integer,
  	"gallery_id" integer,
  	"source" "enum_testimonials_source" DEFAULT 'clinic',
  	"source_url" varchar,
  	"verified_client" boolean DEFAULT false,
  	"clinic_relationship" "enum_testimonials_clinic_relationship" DEFAULT 'none',
  	"incentive" varchar,
  	"disclosure" varchar,
  	"disclaimer" varchar DEFAULT 'Individual results vary. This testimonial reflects one client’s experience.',
  	"featured" boolean DEFAULT false,
  	"consent_id" integer,
  	"consent_expires_at" timestamp(3) with time zone,
  	"is_sample" boolean DEFAULT false,
  	"seed_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_testimonials_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_testimonials_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_client_name" varchar,
  	"version_quote" varchar,
  	"version_rating" numeric,
  	"version_treatment" "enum__testimonials_v_version_treatment",
  	"version_experience_date" timestamp(3) with time zone,
  	"version_practitioner_id" integer,
  	"version_gallery_id" integer,
  	"version_source" "enum__testimonials_v_version_source" DEFAULT 'clinic',
  	"version_source_url" varchar,
  	"version_verified_client" boolean DEFAULT false,
  	"version_clinic_relationship" "enum__testimonials_v_version_clinic_relationship" DEFAULT 'none',
  	"version_incentive" varchar,
  	"version_disclosure" varchar,
  	"version_disclaimer" varchar DEFAULT 'Individual results vary. This testimonial reflects one client’s experience.',
  	"version_featured" boolean DEFAULT false,
  	"version_consent_id" integer,
  	"version_consent_expires_at" timestamp(3) with time zone,
  	"version_is_sample" boolean DEFAULT false,
  	"version_seed_key" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__testimonials_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"media_id" integer,
  	"topics_id" integer,
  	"practitioners_id" integer,
  	"articles_id" integer,
  	"faqs_id" integer,
  	"consents_id" integer,
  	"before_after_galleries_id" integer,
  	"testimonials_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practitioners_specialties" ADD CONSTRAINT "practitioners_specialties_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practitioners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practitioners_certifications" ADD CONSTRAINT "practitioners_certifications_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practitioners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practitioners" ADD CONSTRAINT "practitioners_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practitioners_texts" ADD CONSTRAINT "practitioners_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practitioners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practitioners_v_version_specialties" ADD CONSTRAINT "_practitioners_v_version_specialties_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practitioners_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practitioners_v_version_certifications" ADD CONSTRAINT "_practitioners_v_version_certifications_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practitioners_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practitioners_v" ADD CONSTRAINT "_practitioners_v_parent_id_practitioners_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practitioners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practitioners_v" ADD CONSTRAINT "_practitioners_v_version_photo_id_media_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practitioners_v_texts" ADD CONSTRAINT "_practitioners_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practitioners_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_references" ADD CONSTRAINT "articles_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_table_of_contents" ADD CONSTRAINT "articles_table_of_contents_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_author_id_practitioners_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."practitioners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_references" ADD CONSTRAINT "_articles_v_version_references_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_table_of_contents" ADD CONSTRAINT "_articles_v_version_table_of_contents_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_author_id_practitioners_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."practitioners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_parent_id_faqs_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_faqs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consents_scopes" ADD CONSTRAINT "consents_scopes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."consents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "before_after_galleries_pairs" ADD CONSTRAINT "before_after_galleries_pairs_before_id_media_id_fk" FOREIGN KEY ("before_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "before_after_galleries_pairs" ADD CONSTRAINT "before_after_galleries_pairs_after_id_media_id_fk" FOREIGN KEY ("after_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "before_after_galleries_pairs" ADD CONSTRAINT "before_after_galleries_pairs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."before_after_galleries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "before_after_galleries" ADD CONSTRAINT "before_after_galleries_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "before_after_galleries" ADD CONSTRAINT "before_after_galleries_practitioner_id_practitioners_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "before_after_galleries" ADD CONSTRAINT "before_after_galleries_consent_id_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."consents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_before_after_galleries_v_version_pairs" ADD CONSTRAINT "_before_after_galleries_v_version_pairs_before_id_media_id_fk" FOREIGN KEY ("before_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_before_after_galleries_v_version_pairs" ADD CONSTRAINT "_before_after_galleries_v_version_pairs_after_id_media_id_fk" FOREIGN KEY ("after_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_before_after_galleries_v_version_pairs" ADD CONSTRAINT "_before_after_galleries_v_version_pairs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_before_after_galleries_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_before_after_galleries_v" ADD CONSTRAINT "_before_after_galleries_v_parent_id_before_after_galleries_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."before_after_galleries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_before_after_galleries_v" ADD CONSTRAINT "_before_after_galleries_v_version_topic_id_topics_id_fk" FOREIGN KEY ("version_topic_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_before_after_galleries_v" ADD CONSTRAINT "_before_after_galleries_v_version_practitioner_id_practitioners_id_fk" FOREIGN KEY ("version_practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_before_after_galleries_v" ADD CONSTRAINT "_before_after_galleries_v_version_consent_id_consents_id_fk" FOREIGN KEY ("version_consent_id") REFERENCES "public"."consents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "testimonials" ADD CONSTRAINT "testimonials_practitioner_id_practitioners_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "testimonials" ADD CONSTRAINT "testimonials_gallery_id_before_after_galleries_id_fk" FOREIGN KEY ("gallery_id") REFERENCES "public"."before_after_galleries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "testimonials" ADD CONSTRAINT "testimonials_consent_id_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."consents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_testimonials_v" ADD CONSTRAINT "_testimonials_v_parent_id_testimonials_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."testimonials"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_testimonials_v" ADD CONSTRAINT "_testimonials_v_version_practitioner_id_practitioners_id_fk" FOREIGN KEY ("version_practitioner_id") REFERENCES "public"."practitioners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_testimonials_v" ADD CONSTRAINT "_testimonials_v_version_gallery_id_before_after_galleries_id_fk" FOREIGN KEY ("version_gallery_id") REFERENCES "public"."before_after_galleries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_testimonials_v" ADD CONSTRAINT "_testimonials_v_version_consent_id_consents_id_fk" FOREIGN KEY ("version_consent_id") REFERENCES "public"."consents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_practitioners_fk" FOREIGN KEY ("practitioners_id") REFERENCES "public"."practitioners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_consents_fk" FOREIGN KEY ("consents_id") REFERENCES "public"."consents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_before_after_galleries_fk" FOREIGN KEY ("before_after_galleries_id") REFERENCES "public"."before_after_galleries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_testimonials_fk" FOREIGN KEY ("testimonials_id") REFERENCES "public"."testimonials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "media_restricted_idx" ON "media" USING btree ("restricted");
  CREATE INDEX "media_seed_key_idx" ON "media" USING btree ("seed_key");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_comparison_sizes_comparison_filename_idx" ON "media" USING btree ("sizes_comparison_filename");
  CREATE INDEX "media_sizes_gallery_sizes_gallery_filename_idx" ON "media" USING btree ("sizes_gallery_filename");
  CREATE UNIQUE INDEX "topics_slug_idx" ON "topics" USING btree ("slug");
  CREATE INDEX "topics_seed_key_idx" ON "topics" USING btree ("seed_key");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE INDEX "practitioners_specialties_order_idx" ON "practitioners_specialties" USING btree ("order");
  CREATE INDEX "practitioners_specialties_parent_idx" ON "practitioners_specialties" USING btree ("parent_id");
  CREATE INDEX "practitioners_certifications_order_idx" ON "practitioners_certifications" USING btree ("_order");
  CREATE INDEX "practitioners_certifications_parent_id_idx" ON "practitioners_certifications" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "practitioners_slug_idx" ON "practitioners" USING btree ("slug");
  CREATE INDEX "practitioners_photo_idx" ON "practitioners" USING btree ("photo_id");
  CREATE INDEX "practitioners_seed_key_idx" ON "practitioners" USING btree ("seed_key");
  CREATE INDEX "practitioners_updated_at_idx" ON "practitioners" USING btree ("updated_at");
  CREATE INDEX "practitioners_created_at_idx" ON "practitioners" USING btree ("created_at");
  CREATE INDEX "practitioners__status_idx" ON "practitioners" USING btree ("_status");
  CREATE INDEX "practitioners_texts_order_parent" ON "practitioners_texts" USING btree ("order","parent_id");
  CREATE INDEX "_practitioners_v_version_specialties_order_idx" ON "_practitioners_v_version_specialties" USING btree ("order");
  CREATE INDEX "_practitioners_v_version_specialties_parent_idx" ON "_practitioners_v_version_specialties" USING btree ("parent_id");
  CREATE INDEX "_practitioners_v_version_certifications_order_idx" ON "_practitioners_v_version_certifications" USING btree ("_order");
  CREATE INDEX "_practitioners_v_version_certifications_parent_id_idx" ON "_practitioners_v_version_certifications" USING btree ("_parent_id");
  CREATE INDEX "_practitioners_v_parent_idx" ON "_practitioners_v" USING btree ("parent_id");
  CREATE INDEX "_practitioners_v_version_version_slug_idx" ON "_practitioners_v" USING btree ("version_slug");
  CREATE INDEX "_practitioners_v_version_version_photo_idx" ON "_practitioners_v" USING btree ("version_photo_id");
  CREATE INDEX "_practitioners_v_version_version_seed_key_idx" ON "_practitioners_v" USING btree ("version_seed_key");
  CREATE INDEX "_practitioners_v_version_version_updated_at_idx" ON "_practitioners_v" USING btree ("version_updated_at");
  CREATE INDEX "_practitioners_v_version_version_created_at_idx" ON "_practitioners_v" USING btree ("version_created_at");
  CREATE INDEX "_practitioners_v_version_version__status_idx" ON "_practitioners_v" USING btree ("version__status");
  CREATE INDEX "_practitioners_v_created_at_idx" ON "_practitioners_v" USING btree ("created_at");
  CREATE INDEX "_practitioners_v_updated_at_idx" ON "_practitioners_v" USING btree ("updated_at");
  CREATE INDEX "_practitioners_v_latest_idx" ON "_practitioners_v" USING btree ("latest");
  CREATE INDEX "_practitioners_v_texts_order_parent" ON "_practitioners_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "articles_references_order_idx" ON "articles_references" USING btree ("_order");
  CREATE INDEX "articles_references_parent_id_idx" ON "articles_references" USING btree ("_parent_id");
  CREATE INDEX "articles_table_of_contents_order_idx" ON "articles_table_of_contents" USING btree ("_order");
  CREATE INDEX "articles_table_of_contents_parent_id_idx" ON "articles_table_of_contents" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_hero_image_idx" ON "articles" USING btree ("hero_image_id");
  CREATE INDEX "articles_author_idx" ON "articles" USING btree ("author_id");
  CREATE INDEX "articles_published_at_idx" ON "articles" USING btree ("published_at");
  CREATE INDEX "articles_seed_key_idx" ON "articles" USING btree ("seed_key");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_topics_id_idx" ON "articles_rels" USING btree ("topics_id");
  CREATE INDEX "articles_rels_faqs_id_idx" ON "articles_rels" USING btree ("faqs_id");
  CREATE INDEX "_articles_v_version_references_order_idx" ON "_articles_v_version_references" USING btree ("_order");
  CREATE INDEX "_articles_v_version_references_parent_id_idx" ON "_articles_v_version_references" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_table_of_contents_order_idx" ON "_articles_v_version_table_of_contents" USING btree ("_order");
  CREATE INDEX "_articles_v_version_table_of_contents_parent_id_idx" ON "_articles_v_version_table_of_contents" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_hero_image_idx" ON "_articles_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_articles_v_version_version_author_idx" ON "_articles_v" USING btree ("version_author_id");
  CREATE INDEX "_articles_v_version_version_published_at_idx" ON "_articles_v" USING btree ("version_published_at");
  CREATE INDEX "_articles_v_version_version_seed_key_idx" ON "_articles_v" USING btree ("version_seed_key");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_topics_id_idx" ON "_articles_v_rels" USING btree ("topics_id");
  CREATE INDEX "_articles_v_rels_faqs_id_idx" ON "_articles_v_rels" USING btree ("faqs_id");
  CREATE INDEX "faqs__order_idx" ON "faqs" USING btree ("_order");
  CREATE INDEX "faqs_seed_key_idx" ON "faqs" USING btree ("seed_key");
  CREATE INDEX "faqs_updated_at_idx" ON "faqs" USING btree ("updated_at");
  CREATE INDEX "faqs_created_at_idx" ON "faqs" USING btree ("created_at");
  CREATE INDEX "faqs__status_idx" ON "faqs" USING btree ("_status");
  CREATE INDEX "faqs_rels_order_idx" ON "faqs_rels" USING btree ("order");
  CREATE INDEX "faqs_rels_parent_idx" ON "faqs_rels" USING btree ("parent_id");
  CREATE INDEX "faqs_rels_path_idx" ON "faqs_rels" USING btree ("path");
  CREATE INDEX "faqs_rels_topics_id_idx" ON "faqs_rels" USING btree ("topics_id");
  CREATE INDEX "faqs_rels_articles_id_idx" ON "faqs_rels" USING btree ("articles_id");
  CREATE INDEX "_faqs_v_parent_idx" ON "_faqs_v" USING btree ("parent_id");
  CREATE INDEX "_faqs_v_version_version__order_idx" ON "_faqs_v" USING btree ("version__order");
  CREATE INDEX "_faqs_v_version_version_seed_key_idx" ON "_faqs_v" USING btree ("version_seed_key");
  CREATE INDEX "_faqs_v_version_version_updated_at_idx" ON "_faqs_v" USING btree ("version_updated_at");
  CREATE INDEX "_faqs_v_version_version_created_at_idx" ON "_faqs_v" USING btree ("version_created_at");
  CREATE INDEX "_faqs_v_version_version__status_idx" ON "_faqs_v" USING btree ("version__status");
  CREATE INDEX "_faqs_v_created_at_idx" ON "_faqs_v" USING btree ("created_at");
  CREATE INDEX "_faqs_v_updated_at_idx" ON "_faqs_v" USING btree ("updated_at");
  CREATE INDEX "_faqs_v_latest_idx" ON "_faqs_v" USING btree ("latest");
  CREATE INDEX "_faqs_v_rels_order_idx" ON "_faqs_v_rels" USING btree ("order");
  CREATE INDEX "_faqs_v_rels_parent_idx" ON "_faqs_v_rels" USING btree ("parent_id");
  CREATE INDEX "_faqs_v_rels_path_idx" ON "_faqs_v_rels" USING btree ("path");
  CREATE INDEX "_faqs_v_rels_topics_id_idx" ON "_faqs_v_rels" USING btree ("topics_id");
  CREATE INDEX "_faqs_v_rels_articles_id_idx" ON "_faqs_v_rels" USING btree ("articles_id");
  CREATE INDEX "consents_scopes_order_idx" ON "consents_scopes" USING btree ("order");
  CREATE INDEX "consents_scopes_parent_idx" ON "consents_scopes" USING btree ("parent_id");
  CREATE INDEX "consents_seed_key_idx" ON "consents" USING btree ("seed_key");
  CREATE INDEX "consents_updated_at_idx" ON "consents" USING btree ("updated_at");
  CREATE INDEX "consents_created_at_idx" ON "consents" USING btree ("created_at");
  CREATE UNIQUE INDEX "consents_filename_idx" ON "consents" USING btree ("filename");
  CREATE INDEX "before_after_galleries_pairs_order_idx" ON "before_after_galleries_pairs" USING btree ("_order");
  CREATE INDEX "before_after_galleries_pairs_parent_id_idx" ON "before_after_galleries_pairs" USING btree ("_parent_id");
  CREATE INDEX "before_after_galleries_pairs_before_idx" ON "before_after_galleries_pairs" USING btree ("before_id");
  CREATE INDEX "before_after_galleries_pairs_after_idx" ON "before_after_galleries_pairs" USING btree ("after_id");
  CREATE UNIQUE INDEX "before_after_galleries_slug_idx" ON "before_after_galleries" USING btree ("slug");
  CREATE INDEX "before_after_galleries_topic_idx" ON "before_after_galleries" USING btree ("topic_id");
  CREATE INDEX "before_after_galleries_practitioner_idx" ON "before_after_galleries" USING btree ("practitioner_id");
  CREATE INDEX "before_after_galleries_consent_idx" ON "before_after_galleries" USING btree ("consent_id");
  CREATE INDEX "before_after_galleries_consent_expires_at_idx" ON "before_after_galleries" USING btree ("consent_expires_at");
  CREATE INDEX "before_after_galleries_seed_key_idx" ON "before_after_galleries" USING btree ("seed_key");
  CREATE INDEX "before_after_galleries_updated_at_idx" ON "before_after_galleries" USING btree ("updated_at");
  CREATE INDEX "before_after_galleries_created_at_idx" ON "before_after_galleries" USING btree ("created_at");
  CREATE INDEX "before_after_galleries__status_idx" ON "before_after_galleries" USING btree ("_status");
  CREATE INDEX "_before_after_galleries_v_version_pairs_order_idx" ON "_before_after_galleries_v_version_pairs" USING btree ("_order");
  CREATE INDEX "_before_after_galleries_v_version_pairs_parent_id_idx" ON "_before_after_galleries_v_version_pairs" USING btree ("_parent_id");
  CREATE INDEX "_before_after_galleries_v_version_pairs_before_idx" ON "_before_after_galleries_v_version_pairs" USING btree ("before_id");
  CREATE INDEX "_before_after_galleries_v_version_pairs_after_idx" ON "_before_after_galleries_v_version_pairs" USING btree ("after_id");
  CREATE INDEX "_before_after_galleries_v_parent_idx" ON "_before_after_galleries_v" USING btree ("parent_id");
  CREATE INDEX "_before_after_galleries_v_version_version_slug_idx" ON "_before_after_galleries_v" USING btree ("version_slug");
  CREATE INDEX "_before_after_galleries_v_version_version_topic_idx" ON "_before_after_galleries_v" USING btree ("version_topic_id");
  CREATE INDEX "_before_after_galleries_v_version_version_practitioner_idx" ON "_before_after_galleries_v" USING btree ("version_practitioner_id");
  CREATE INDEX "_before_after_galleries_v_version_version_consent_idx" ON "_before_after_galleries_v" USING btree ("version_consent_id");
  CREATE INDEX "_before_after_galleries_v_version_version_consent_expire_idx" ON "_before_after_galleries_v" USING btree ("version_consent_expires_at");
  CREATE INDEX "_before_after_galleries_v_version_version_seed_key_idx" ON "_before_after_galleries_v" USING btree ("version_seed_key");
  CREATE INDEX "_before_after_galleries_v_version_version_updated_at_idx" ON "_before_after_galleries_v" USING btree ("version_updated_at");
  CREATE INDEX "_before_after_galleries_v_version_version_created_at_idx" ON "_before_after_galleries_v" USING btree ("version_created_at");
  CREATE INDEX "_before_after_galleries_v_version_version__status_idx" ON "_before_after_galleries_v" USING btree ("version__status");
  CREATE INDEX "_before_after_galleries_v_created_at_idx" ON "_before_after_galleries_v" USING btree ("created_at");
  CREATE INDEX "_before_after_galleries_v_updated_at_idx" ON "_before_after_galleries_v" USING btree ("updated_at");
  CREATE INDEX "_before_after_galleries_v_latest_idx" ON "_before_after_galleries_v" USING btree ("latest");
  CREATE INDEX "testimonials_practitioner_idx" ON "testimonials" USING btree ("practitioner_id");
  CREATE INDEX "testimonials_gallery_idx" ON "testimonials" USING btree ("gallery_id");
  CREATE INDEX "testimonials_consent_idx" ON "testimonials" USING btree ("consent_id");
  CREATE INDEX "testimonials_consent_expires_at_idx" ON "testimonials" USING btree ("consent_expires_at");
  CREATE INDEX "testimonials_seed_key_idx" ON "testimonials" USING btree ("seed_key");
  CREATE INDEX "testimonials_updated_at_idx" ON "testimonials" USING btree ("updated_at");
  CREATE INDEX "testimonials_created_at_idx" ON "testimonials" USING btree ("created_at");
  CREATE INDEX "testimonials__status_idx" ON "testimonials" USING btree ("_status");
  CREATE INDEX "_testimonials_v_parent_idx" ON "_testimonials_v" USING btree ("parent_id");
  CREATE INDEX "_testimonials_v_version_version_practitioner_idx" ON "_testimonials_v" USING btree ("version_practitioner_id");
  CREATE INDEX "_testimonials_v_version_version_gallery_idx" ON "_testimonials_v" USING btree ("version_gallery_id");
  CREATE INDEX "_testimonials_v_version_version_consent_idx" ON "_testimonials_v" USING btree ("version_consent_id");
  CREATE INDEX "_testimonials_v_version_version_consent_expires_at_idx" ON "_testimonials_v" USING btree ("version_consent_expires_at");
  CREATE INDEX "_testimonials_v_version_version_seed_key_idx" ON "_testimonials_v" USING btree ("version_seed_key");
  CREATE INDEX "_testimonials_v_version_version_updated_at_idx" ON "_testimonials_v" USING btree ("version_updated_at");
  CREATE INDEX "_testimonials_v_version_version_created_at_idx" ON "_testimonials_v" USING btree ("version_created_at");
  CREATE INDEX "_testimonials_v_version_version__status_idx" ON "_testimonials_v" USING btree ("version__status");
  CREATE INDEX "_testimonials_v_created_at_idx" ON "_testimonials_v" USING btree ("created_at");
  CREATE INDEX "_testimonials_v_updated_at_idx" ON "_testimonials_v" USING btree ("updated_at");
  CREATE INDEX "_testimonials_v_latest_idx" ON "_testimonials_v" USING btree ("latest");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_practitioners_id_idx" ON "payload_locked_documents_rels" USING btree ("practitioners_id");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_faqs_id_idx" ON "payload_locked_documents_rels" USING btree ("faqs_id");
  CREATE INDEX "payload_locked_documents_rels_consents_id_idx" ON "payload_locked_documents_rels" USING btree ("consents_id");
  CREATE INDEX "payload_locked_documents_rels_before_after_galleries_id_idx" ON "payload_locked_documents_rels" USING btree ("before_after_galleries_id");
  CREATE INDEX "payload_locked_documents_rels_testimonials_id_idx" ON "payload_locked_documents_rels" USING btree ("testimonials_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "practitioners_specialties" CASCADE;
  DROP TABLE "practitioners_certifications" CASCADE;
  DROP TABLE "practitioners" CASCADE;
  DROP TABLE "practitioners_texts" CASCADE;
  DROP TABLE "_practitioners_v_version_specialties" CASCADE;
  DROP TABLE "_practitioners_v_version_certifications" CASCADE;
  DROP TABLE "_practitioners_v" CASCADE;
  DROP TABLE "_practitioners_v_texts" CASCADE;
  DROP TABLE "articles_references" CASCADE;
  DROP TABLE "articles_table_of_contents" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v_version_references" CASCADE;
  DROP TABLE "_articles_v_version_table_of_contents" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "faqs" CASCADE;
  DROP TABLE "faqs_rels" CASCADE;
  DROP TABLE "_faqs_v" CASCADE;
  DROP TABLE "_faqs_v_rels" CASCADE;
  DROP TABLE "consents_scopes" CASCADE;
  DROP TABLE "consents" CASCADE;
  DROP TABLE "before_after_galleries_pairs" CASCADE;
  DROP TABLE "before_after_galleries" CASCADE;
  DROP TABLE "_before_after_galleries_v_version_pairs" CASCADE;
  DROP TABLE "_before_after_galleries_v" CASCADE;
  DROP TABLE "testimonials" CASCADE;
  DROP TABLE "_testimonials_v" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."enum_practitioners_specialties";
  DROP TYPE "public"."enum_practitioners_status";
  DROP TYPE "public"."enum__practitioners_v_version_specialties";
  DROP TYPE "public"."enum__practitioners_v_version_status";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum_faqs_status";
  DROP TYPE "public"."enum__faqs_v_version_status";
  DROP TYPE "public"."enum_consents_scopes";
  DROP TYPE "public"."enum_before_after_galleries_pairs_angle";
  DROP TYPE "public"."enum_before_after_galleries_treatment_type";
  DROP TYPE "public"."enum_before_after_galleries_hair_loss_stage";
  DROP TYPE "public"."enum_before_after_galleries_status";
  DROP TYPE "public"."enum__before_after_galleries_v_version_pairs_angle";
  DROP TYPE "public"."enum__before_after_galleries_v_version_treatment_type";
  DROP TYPE "public"."enum__before_after_galleries_v_version_hair_loss_stage";
  DROP TYPE "public"."enum__before_after_galleries_v_version_status";
  DROP TYPE "public"."enum_testimonials_treatment";
  DROP TYPE "public"."enum_testimonials_source";
  DROP TYPE "public"."enum_testimonials_clinic_relationship";
  DROP TYPE "public"."enum_testimonials_status";
  DROP TYPE "public"."enum__testimonials_v_version_treatment";
  DROP TYPE "public"."enum__testimonials_v_version_source";
  DROP TYPE "public"."enum__testimonials_v_version_clinic_relationship";
  DROP TYPE "public"."enum__testimonials_v_version_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
