import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`_status_isSample_idx\` ON \`practitioners\` (\`_status\`,\`is_sample\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_isSample_idx\` ON \`_practitioners_v\` (\`version__status\`,\`version_is_sample\`);`)
  await db.run(sql`CREATE INDEX \`_status_isSample_visibleUntil_idx\` ON \`before_after_galleries\` (\`_status\`,\`is_sample\`,\`visible_until\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_isSample_version_visibleUntil_idx\` ON \`_before_after_galleries_v\` (\`version__status\`,\`version_is_sample\`,\`version_visible_until\`);`)
  await db.run(sql`CREATE INDEX \`_status_isSample_visibleUntil_1_idx\` ON \`testimonials\` (\`_status\`,\`is_sample\`,\`visible_until\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_isSample_version_visibleUntil_1_idx\` ON \`_testimonials_v\` (\`version__status\`,\`version_is_sample\`,\`version_visible_until\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_status_isSample_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_isSample_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_isSample_visibleUntil_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_isSample_version_visibleUntil_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_isSample_visibleUntil_1_idx\`;`)
  await db.run(sql`DROP INDEX \`version__status_version_isSample_version_visibleUntil_1_idx\`;`)
}
