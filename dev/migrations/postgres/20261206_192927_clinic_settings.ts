import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_clinic_settings_opening_hours_days" AS ENUM('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday');
  CREATE TABLE "clinic_settings_opening_hours_days" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_clinic_settings_opening_hours_days",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "clinic_settings_opening_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"opens" varchar NOT NULL,
  	"closes" varchar NOT NULL
  );
  
  CREATE TABLE "clinic_settings_same_as" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar
  );
  
  CREATE TABLE "clinic_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"logo" varchar,
  	"telephone" varchar,
  	"email" varchar,
  	"booking_url" varchar,
  	"address_street_address" varchar,
  	"address_address_locality" varchar,
  	"address_address_region" varchar,
  	"address_postal_code" varchar,
  	"address_address_country" varchar,
  	"geo_latitude" numeric,
  	"geo_longitude" numeric,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "clinic_settings_opening_hours_days" ADD CONSTRAINT "clinic_settings_opening_hours_days_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."clinic_settings_opening_hours"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clinic_settings_opening_hours" ADD CONSTRAINT "clinic_settings_opening_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."clinic_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clinic_settings_same_as" ADD CONSTRAINT "clinic_settings_same_as_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."clinic_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "clinic_settings_opening_hours_days_order_idx" ON "clinic_settings_opening_hours_days" USING btree ("order");
  CREATE INDEX "clinic_settings_opening_hours_days_parent_idx" ON "clinic_settings_opening_hours_days" USING btree ("parent_id");
  CREATE INDEX "clinic_settings_opening_hours_order_idx" ON "clinic_settings_opening_hours" USING btree ("_order");
  CREATE INDEX "clinic_settings_opening_hours_parent_id_idx" ON "clinic_settings_opening_hours" USING btree ("_parent_id");
  CREATE INDEX "clinic_settings_same_as_order_idx" ON "clinic_settings_same_as" USING btree ("_order");
  CREATE INDEX "clinic_settings_same_as_parent_id_idx" ON "clinic_settings_same_as" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "clinic_settings_opening_hours_days" CASCADE;
  DROP TABLE "clinic_settings_opening_hours" CASCADE;
  DROP TABLE "clinic_settings_same_as" CASCADE;
  DROP TABLE "clinic_settings" CASCADE;
  DROP TYPE "public"."enum_clinic_settings_opening_hours_days";`)
}
