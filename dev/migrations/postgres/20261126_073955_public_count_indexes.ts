import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "_status_isSample_idx" ON "practitioners" USING btree ("_status","is_sample");
  CREATE INDEX "version__status_version_isSample_idx" ON "_practitioners_v" USING btree ("version__status","version_is_sample");
  CREATE INDEX "_status_isSample_visibleUntil_idx" ON "before_after_galleries" USING btree ("_status","is_sample","visible_until");
  CREATE INDEX "version__status_version_isSample_version_visibleUntil_idx" ON "_before_after_galleries_v" USING btree ("version__status","version_is_sample","version_visible_until");
  CREATE INDEX "_status_isSample_visibleUntil_1_idx" ON "testimonials" USING btree ("_status","is_sample","visible_until");
  CREATE INDEX "version__status_version_isSample_version_visibleUntil_1_idx" ON "_testimonials_v" USING btree ("version__status","version_is_sample","version_visible_until");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "_status_isSample_idx";
  DROP INDEX "version__status_version_isSample_idx";
  DROP INDEX "_status_isSample_visibleUntil_idx";
  DROP INDEX "version__status_version_isSample_version_visibleUntil_idx";
  DROP INDEX "_status_isSample_visibleUntil_1_idx";
  DROP INDEX "version__status_version_isSample_version_visibleUntil_1_idx";`)
}
