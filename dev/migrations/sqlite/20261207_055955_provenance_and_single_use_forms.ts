import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`testimonials\` ADD \`received_at\` text;`)
  await db.run(sql`ALTER TABLE \`testimonials\` ADD \`email_confirmed_at\` text;`)
  await db.run(sql`ALTER TABLE \`testimonials\` ADD \`verified_at\` text;`)
  await db.run(sql`ALTER TABLE \`testimonials\` ADD \`verification_evidence\` text;`)
  await db.run(sql`ALTER TABLE \`testimonials\` ADD \`ai_assistance\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`testimonials\` ADD \`incentive_depends_on_content\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_testimonials_v\` ADD \`version_received_at\` text;`)
  await db.run(sql`ALTER TABLE \`_testimonials_v\` ADD \`version_email_confirmed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_testimonials_v\` ADD \`version_verified_at\` text;`)
  await db.run(sql`ALTER TABLE \`_testimonials_v\` ADD \`version_verification_evidence\` text;`)
  await db.run(sql`ALTER TABLE \`_testimonials_v\` ADD \`version_ai_assistance\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`_testimonials_v\` ADD \`version_incentive_depends_on_content\` integer DEFAULT false;`)
  // Testimonials older than the field reached the clinic when they were entered.
  await db.run(sql`UPDATE \`testimonials\` SET \`received_at\` = \`created_at\`;`)
  await db.run(sql`UPDATE \`_testimonials_v\` SET \`version_received_at\` = \`version_created_at\`;`)
  await db.run(sql`ALTER TABLE \`smp_submissions\` ADD \`form_token_hash\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`smp_submissions_form_token_hash_idx\` ON \`smp_submissions\` (\`form_token_hash\`);`)
  await db.run(sql`ALTER TABLE \`_smp_submissions_v\` ADD \`version_form_token_hash\` text;`)
  await db.run(sql`CREATE INDEX \`_smp_submissions_v_version_version_form_token_hash_idx\` ON \`_smp_submissions_v\` (\`version_form_token_hash\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`smp_submissions_form_token_hash_idx\`;`)
  await db.run(sql`ALTER TABLE \`smp_submissions\` DROP COLUMN \`form_token_hash\`;`)
  await db.run(sql`DROP INDEX \`_smp_submissions_v_version_version_form_token_hash_idx\`;`)
  await db.run(sql`ALTER TABLE \`_smp_submissions_v\` DROP COLUMN \`version_form_token_hash\`;`)
  await db.run(sql`ALTER TABLE \`testimonials\` DROP COLUMN \`received_at\`;`)
  await db.run(sql`ALTER TABLE \`testimonials\` DROP COLUMN \`email_confirmed_at\`;`)
  await db.run(sql`ALTER TABLE \`testimonials\` DROP COLUMN \`verified_at\`;`)
  await db.run(sql`ALTER TABLE \`testimonials\` DROP COLUMN \`verification_evidence\`;`)
  await db.run(sql`ALTER TABLE \`testimonials\` DROP COLUMN \`ai_assistance\`;`)
  await db.run(sql`ALTER TABLE \`testimonials\` DROP COLUMN \`incentive_depends_on_content\`;`)
  await db.run(sql`ALTER TABLE \`_testimonials_v\` DROP COLUMN \`version_received_at\`;`)
  await db.run(sql`ALTER TABLE \`_testimonials_v\` DROP COLUMN \`version_email_confirmed_at\`;`)
  await db.run(sql`ALTER TABLE \`_testimonials_v\` DROP COLUMN \`version_verified_at\`;`)
  await db.run(sql`ALTER TABLE \`_testimonials_v\` DROP COLUMN \`version_verification_evidence\`;`)
  await db.run(sql`ALTER TABLE \`_testimonials_v\` DROP COLUMN \`version_ai_assistance\`;`)
  await db.run(sql`ALTER TABLE \`_testimonials_v\` DROP COLUMN \`version_incentive_depends_on_content\`;`)
}
