import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "practitioners" ADD COLUMN "licensed_physician" boolean DEFAULT false;
  ALTER TABLE "practitioners" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "practitioners" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "practitioners" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "practitioners" ADD COLUMN "meta_canonical" varchar;
  ALTER TABLE "_practitioners_v" ADD COLUMN "version_licensed_physician" boolean DEFAULT false;
  ALTER TABLE "_practitioners_v" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_practitioners_v" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_practitioners_v" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "_practitioners_v" ADD COLUMN "version_meta_canonical" varchar;
  ALTER TABLE "articles" ADD COLUMN "reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "articles" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "articles" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "articles" ADD COLUMN "meta_canonical" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_meta_canonical" varchar;
  ALTER TABLE "before_after_galleries" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "before_after_galleries" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "before_after_galleries" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "before_after_galleries" ADD COLUMN "meta_canonical" varchar;
  ALTER TABLE "_before_after_galleries_v" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_before_after_galleries_v" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_before_after_galleries_v" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "_before_after_galleries_v" ADD COLUMN "version_meta_canonical" varchar;
  ALTER TABLE "practitioners" ADD CONSTRAINT "practitioners_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practitioners_v" ADD CONSTRAINT "_practitioners_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "before_after_galleries" ADD CONSTRAINT "before_after_galleries_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_before_after_galleries_v" ADD CONSTRAINT "_before_after_galleries_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "practitioners_meta_meta_image_idx" ON "practitioners" USING btree ("meta_image_id");
  CREATE INDEX "_practitioners_v_version_meta_version_meta_image_idx" ON "_practitioners_v" USING btree ("version_meta_image_id");
  CREATE INDEX "articles_meta_meta_image_idx" ON "articles" USING btree ("meta_image_id");
  CREATE INDEX "_articles_v_version_meta_version_meta_image_idx" ON "_articles_v" USING btree ("version_meta_image_id");
  CREATE INDEX "before_after_galleries_meta_meta_image_idx" ON "before_after_galleries" USING btree ("meta_image_id");
  CREATE INDEX "_before_after_galleries_v_version_meta_version_meta_imag_idx" ON "_before_after_galleries_v" USING btree ("version_meta_image_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "practitioners" DROP CONSTRAINT "practitioners_meta_image_id_media_id_fk";
  
  ALTER TABLE "_practitioners_v" DROP CONSTRAINT "_practitioners_v_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "articles" DROP CONSTRAINT "articles_meta_image_id_media_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "before_after_galleries" DROP CONSTRAINT "before_after_galleries_meta_image_id_media_id_fk";
  
  ALTER TABLE "_before_after_galleries_v" DROP CONSTRAINT "_before_after_galleries_v_version_meta_image_id_media_id_fk";
  
  DROP INDEX "practitioners_meta_meta_image_idx";
  DROP INDEX "_practitioners_v_version_meta_version_meta_image_idx";
  DROP INDEX "articles_meta_meta_image_idx";
  DROP INDEX "_articles_v_version_meta_version_meta_image_idx";
  DROP INDEX "before_after_galleries_meta_meta_image_idx";
  DROP INDEX "_before_after_galleries_v_version_meta_version_meta_imag_idx";
  ALTER TABLE "practitioners" DROP COLUMN "licensed_physician";
  ALTER TABLE "practitioners" DROP COLUMN "meta_title";
  ALTER TABLE "practitioners" DROP COLUMN "meta_description";
  ALTER TABLE "practitioners" DROP COLUMN "meta_image_id";
  ALTER TABLE "practitioners" DROP COLUMN "meta_canonical";
  ALTER TABLE "_practitioners_v" DROP COLUMN "version_licensed_physician";
  ALTER TABLE "_practitioners_v" DROP COLUMN "version_meta_title";
  ALTER TABLE "_practitioners_v" DROP COLUMN "version_meta_description";
  ALTER TABLE "_practitioners_v" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "_practitioners_v" DROP COLUMN "version_meta_canonical";
  ALTER TABLE "articles" DROP COLUMN "reviewed_at";
  ALTER TABLE "articles" DROP COLUMN "meta_title";
  ALTER TABLE "articles" DROP COLUMN "meta_description";
  ALTER TABLE "articles" DROP COLUMN "meta_image_id";
  ALTER TABLE "articles" DROP COLUMN "meta_canonical";
  ALTER TABLE "_articles_v" DROP COLUMN "version_reviewed_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_meta_title";
  ALTER TABLE "_articles_v" DROP COLUMN "version_meta_description";
  ALTER TABLE "_articles_v" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_meta_canonical";
  ALTER TABLE "before_after_galleries" DROP COLUMN "meta_title";
  ALTER TABLE "before_after_galleries" DROP COLUMN "meta_description";
  ALTER TABLE "before_after_galleries" DROP COLUMN "meta_image_id";
  ALTER TABLE "before_after_galleries" DROP COLUMN "meta_canonical";
  ALTER TABLE "_before_after_galleries_v" DROP COLUMN "version_meta_title";
  ALTER TABLE "_before_after_galleries_v" DROP COLUMN "version_meta_description";
  ALTER TABLE "_before_after_galleries_v" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "_before_after_galleries_v" DROP COLUMN "version_meta_canonical";`)
}
