import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`smp_submissions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`status\` text DEFAULT 'new',
  	\`reason\` text,
  	\`rating\` numeric,
  	\`moderator_note\` text,
  	\`name\` text,
  	\`email\` text,
  	\`submitted_at\` text,
  	\`email_confirmed_at\` text,
  	\`challenge\` text,
  	\`testimonial_id\` integer,
  	\`gallery_id\` integer,
  	\`consent_id\` integer,
  	\`ip_hash\` text,
  	\`email_hash\` text,
  	\`content_hash\` text,
  	\`confirm_hash\` text,
  	\`revoke_hash\` text,
  	\`confirm_before\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`testimonial_id\`) REFERENCES \`testimonials\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`gallery_id\`) REFERENCES \`before_after_galleries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`consent_id\`) REFERENCES \`consents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`smp_submissions_status_idx\` ON \`smp_submissions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`smp_submissions_testimonial_idx\` ON \`smp_submissions\` (\`testimonial_id\`);`)
  await db.run(sql`CREATE INDEX \`smp_submissions_gallery_idx\` ON \`smp_submissions\` (\`gallery_id\`);`)
  await db.run(sql`CREATE INDEX \`smp_submissions_consent_idx\` ON \`smp_submissions\` (\`consent_id\`);`)
  await db.run(sql`CREATE INDEX \`smp_submissions_ip_hash_idx\` ON \`smp_submissions\` (\`ip_hash\`);`)
  await db.run(sql`CREATE INDEX \`smp_submissions_email_hash_idx\` ON \`smp_submissions\` (\`email_hash\`);`)
  await db.run(sql`CREATE INDEX \`smp_submissions_content_hash_idx\` ON \`smp_submissions\` (\`content_hash\`);`)
  await db.run(sql`CREATE INDEX \`smp_submissions_confirm_hash_idx\` ON \`smp_submissions\` (\`confirm_hash\`);`)
  await db.run(sql`CREATE INDEX \`smp_submissions_revoke_hash_idx\` ON \`smp_submissions\` (\`revoke_hash\`);`)
  await db.run(sql`CREATE INDEX \`smp_submissions_updated_at_idx\` ON \`smp_submissions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`smp_submissions_created_at_idx\` ON \`smp_submissions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`_smp_submissions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_status\` text DEFAULT 'new',
  	\`version_reason\` text,
  	\`version_rating\` numeric,
  	\`version_moderator_note\` text,
  	\`version_name\` text,
  	\`version_email\` text,
  	\`version_submitted_at\` text,
  	\`version_email_confirmed_at\` text,
  	\`version_challenge\` text,
  	\`version_testimonial_id\` integer,
  	\`version_gallery_id\` integer,
  	\`version_consent_id\` integer,
  	\`version_ip_hash\` text,
  	\`version_email_hash\` text,
  	\`version_content_hash\` text,
  	\`version_confirm_hash\` text,
  	\`version_revoke_hash\` text,
  	\`version_confirm_before\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`smp_submissions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_testimonial_id\`) REFERENCES \`testimonials\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_gallery_id\`) REFERENCES \`before_after_galleries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_consent_id\`) REFERENCES \`consents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_smp_submissions_v_parent_idx\` ON \`_smp_submissions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_smp_submissions_v_version_version_status_idx\` ON \`_smp_submissions_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_smp_submissions_v_version_version_testimonial_idx\` ON \`_smp_submissions_v\` (\`version_testimonial_id\`);`)
  await db.run(sql`CREATE INDEX \`_smp_submissions_v_version_version_gallery_idx\` ON \`_smp_submissions_v\` (\`version_gallery_id\`);`)
  await db.run(sql`CREATE INDEX \`_smp_submissions_v_version_version_consent_idx\` ON \`_smp_submissions_v\` (\`version_consent_id\`);`)
  await db.run(sql`CREATE INDEX \`_smp_submissions_v_version_version_ip_hash_idx\` ON \`_smp_submissions_v\` (\`version_ip_hash\`);`)
  await db.run(sql`CREATE INDEX \`_smp_submissions_v_version_version_email_hash_idx\` ON \`_smp_submissions_v\` (\`version_email_hash\`);`)
  await db.run(sql`CREATE INDEX \`_smp_submissions_v_version_version_content_hash_idx\` ON \`_smp_submissions_v\` (\`version_content_hash\`);`)
  await db.run(sql`CREATE INDEX \`_smp_submissions_v_version_version_confirm_hash_idx\` ON \`_smp_submissions_v\` (\`version_confirm_hash\`);`)
  await db.run(sql`CREATE INDEX \`_smp_submissions_v_version_version_revoke_hash_idx\` ON \`_smp_submissions_v\` (\`version_revoke_hash\`);`)
  await db.run(sql`CREATE INDEX \`_smp_submissions_v_version_version_updated_at_idx\` ON \`_smp_submissions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_smp_submissions_v_version_version_created_at_idx\` ON \`_smp_submissions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_smp_submissions_v_created_at_idx\` ON \`_smp_submissions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_smp_submissions_v_updated_at_idx\` ON \`_smp_submissions_v\` (\`updated_at\`);`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`authorization_material\` text;`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`authorization_recipient\` text;`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`authorization_purpose\` text;`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`authorization_expiry_event\` text;`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`authorization_statements_may_revoke\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`authorization_statements_treatment_not_conditioned\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`authorization_statements_may_be_redisclosed\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`verification_required\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`verification_verified_at\` text;`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`verification_verified_by\` text;`)
  await db.run(sql`ALTER TABLE \`_consents_v\` ADD \`version_authorization_material\` text;`)
  await db.run(sql`ALTER TABLE \`_consents_v\` ADD \`version_authorization_recipient\` text;`)
  await db.run(sql`ALTER TABLE \`_consents_v\` ADD \`version_authorization_purpose\` text;`)
  await db.run(sql`ALTER TABLE \`_consents_v\` ADD \`version_authorization_expiry_event\` text;`)
  await db.run(sql`ALTER TABLE \`_consents_v\` ADD \`version_authorization_statements_may_revoke\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_consents_v\` ADD \`version_authorization_statements_treatment_not_conditioned\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_consents_v\` ADD \`version_authorization_statements_may_be_redisclosed\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_consents_v\` ADD \`version_verification_required\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_consents_v\` ADD \`version_verification_verified_at\` text;`)
  await db.run(sql`ALTER TABLE \`_consents_v\` ADD \`version_verification_verified_by\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`smp_submissions_id\` integer REFERENCES smp_submissions(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_smp_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`smp_submissions_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`smp_submissions\`;`)
  await db.run(sql`DROP TABLE \`_smp_submissions_v\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`media_id\` integer,
  	\`topics_id\` integer,
  	\`practitioners_id\` integer,
  	\`articles_id\` integer,
  	\`faqs_id\` integer,
  	\`consents_id\` integer,
  	\`before_after_galleries_id\` integer,
  	\`testimonials_id\` integer,
  	\`smp_webhook_deliveries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`practitioners_id\`) REFERENCES \`practitioners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consents_id\`) REFERENCES \`consents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`before_after_galleries_id\`) REFERENCES \`before_after_galleries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`testimonials_id\`) REFERENCES \`testimonials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`smp_webhook_deliveries_id\`) REFERENCES \`smp_webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "media_id", "topics_id", "practitioners_id", "articles_id", "faqs_id", "consents_id", "before_after_galleries_id", "testimonials_id", "smp_webhook_deliveries_id") SELECT "id", "order", "parent_id", "path", "users_id", "media_id", "topics_id", "practitioners_id", "articles_id", "faqs_id", "consents_id", "before_after_galleries_id", "testimonials_id", "smp_webhook_deliveries_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_practitioners_id_idx\` ON \`payload_locked_documents_rels\` (\`practitioners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faqs_id_idx\` ON \`payload_locked_documents_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consents_id_idx\` ON \`payload_locked_documents_rels\` (\`consents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_before_after_galleries_id_idx\` ON \`payload_locked_documents_rels\` (\`before_after_galleries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_testimonials_id_idx\` ON \`payload_locked_documents_rels\` (\`testimonials_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_smp_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`smp_webhook_deliveries_id\`);`)
  await db.run(sql`ALTER TABLE \`consents\` DROP COLUMN \`authorization_material\`;`)
  await db.run(sql`ALTER TABLE \`consents\` DROP COLUMN \`authorization_recipient\`;`)
  await db.run(sql`ALTER TABLE \`consents\` DROP COLUMN \`authorization_purpose\`;`)
  await db.run(sql`ALTER TABLE \`consents\` DROP COLUMN \`authorization_expiry_event\`;`)
  await db.run(sql`ALTER TABLE \`consents\` DROP COLUMN \`authorization_statements_may_revoke\`;`)
  await db.run(sql`ALTER TABLE \`consents\` DROP COLUMN \`authorization_statements_treatment_not_conditioned\`;`)
  await db.run(sql`ALTER TABLE \`consents\` DROP COLUMN \`authorization_statements_may_be_redisclosed\`;`)
  await db.run(sql`ALTER TABLE \`consents\` DROP COLUMN \`verification_required\`;`)
  await db.run(sql`ALTER TABLE \`consents\` DROP COLUMN \`verification_verified_at\`;`)
  await db.run(sql`ALTER TABLE \`consents\` DROP COLUMN \`verification_verified_by\`;`)
  await db.run(sql`ALTER TABLE \`_consents_v\` DROP COLUMN \`version_authorization_material\`;`)
  await db.run(sql`ALTER TABLE \`_consents_v\` DROP COLUMN \`version_authorization_recipient\`;`)
  await db.run(sql`ALTER TABLE \`_consents_v\` DROP COLUMN \`version_authorization_purpose\`;`)
  await db.run(sql`ALTER TABLE \`_consents_v\` DROP COLUMN \`version_authorization_expiry_event\`;`)
  await db.run(sql`ALTER TABLE \`_consents_v\` DROP COLUMN \`version_authorization_statements_may_revoke\`;`)
  await db.run(sql`ALTER TABLE \`_consents_v\` DROP COLUMN \`version_authorization_statements_treatment_not_conditioned\`;`)
  await db.run(sql`ALTER TABLE \`_consents_v\` DROP COLUMN \`version_authorization_statements_may_be_redisclosed\`;`)
  await db.run(sql`ALTER TABLE \`_consents_v\` DROP COLUMN \`version_verification_required\`;`)
  await db.run(sql`ALTER TABLE \`_consents_v\` DROP COLUMN \`version_verification_verified_at\`;`)
  await db.run(sql`ALTER TABLE \`_consents_v\` DROP COLUMN \`version_verification_verified_by\`;`)
}
