import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "_status_name_createdAt_idx" ON "practitioners" USING btree ("_status","name","created_at");
  CREATE INDEX "_status_slug_idx" ON "practitioners" USING btree ("_status","slug");
  CREATE INDEX "version__status_version_name_version_createdAt_idx" ON "_practitioners_v" USING btree ("version__status","version_name","version_created_at");
  CREATE INDEX "version__status_version_slug_idx" ON "_practitioners_v" USING btree ("version__status","version_slug");
  CREATE INDEX "_status_publishedAt_createdAt_idx" ON "articles" USING btree ("_status","published_at","created_at");
  CREATE INDEX "_status_slug_1_idx" ON "articles" USING btree ("_status","slug");
  CREATE INDEX "author__status_publishedAt_createdAt_idx" ON "articles" USING btree ("author_id","_status","published_at","created_at");
  CREATE INDEX "version__status_version_publishedAt_version_createdAt_idx" ON "_articles_v" USING btree ("version__status","version_published_at","version_created_at");
  CREATE INDEX "version__status_version_slug_1_idx" ON "_articles_v" USING btree ("version__status","version_slug");
  CREATE INDEX "compound_index_idx" ON "_articles_v" USING btree ("version_author_id","version__status","version_published_at","version_created_at");
  CREATE INDEX "_status_createdAt_idx" ON "before_after_galleries" USING btree ("_status","created_at");
  CREATE INDEX "_status_slug_2_idx" ON "before_after_galleries" USING btree ("_status","slug");
  CREATE INDEX "practitioner__status_createdAt_idx" ON "before_after_galleries" USING btree ("practitioner_id","_status","created_at");
  CREATE INDEX "version__status_version_createdAt_idx" ON "_before_after_galleries_v" USING btree ("version__status","version_created_at");
  CREATE INDEX "version__status_version_slug_2_idx" ON "_before_after_galleries_v" USING btree ("version__status","version_slug");
  CREATE INDEX "version_practitioner_version__status_version_createdAt_idx" ON "_before_after_galleries_v" USING btree ("version_practitioner_id","version__status","version_created_at");
  CREATE INDEX "_status_experienceDate_createdAt_idx" ON "testimonials" USING btree ("_status","experience_date","created_at");
  CREATE INDEX "practitioner__status_experienceDate_createdAt_idx" ON "testimonials" USING btree ("practitioner_id","_status","experience_date","created_at");
  CREATE INDEX "version__status_version_experienceDate_version_createdAt_idx" ON "_testimonials_v" USING btree ("version__status","version_experience_date","version_created_at");
  CREATE INDEX "compound_index_1_idx" ON "_testimonials_v" USING btree ("version_practitioner_id","version__status","version_experience_date","version_created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "_status_name_createdAt_idx";
  DROP INDEX "_status_slug_idx";
  DROP INDEX "version__status_version_name_version_createdAt_idx";
  DROP INDEX "version__status_version_slug_idx";
  DROP INDEX "_status_publishedAt_createdAt_idx";
  DROP INDEX "_status_slug_1_idx";
  DROP INDEX "author__status_publishedAt_createdAt_idx";
  DROP INDEX "version__status_version_publishedAt_version_createdAt_idx";
  DROP INDEX "version__status_version_slug_1_idx";
  DROP INDEX "compound_index_idx";
  DROP INDEX "_status_createdAt_idx";
  DROP INDEX "_status_slug_2_idx";
  DROP INDEX "practitioner__status_createdAt_idx";
  DROP INDEX "version__status_version_createdAt_idx";
  DROP INDEX "version__status_version_slug_2_idx";
  DROP INDEX "version_practitioner_version__status_version_createdAt_idx";
  DROP INDEX "_status_experienceDate_createdAt_idx";
  DROP INDEX "practitioner__status_experienceDate_createdAt_idx";
  DROP INDEX "version__status_version_experienceDate_version_createdAt_idx";
  DROP INDEX "compound_index_1_idx";`)
}
