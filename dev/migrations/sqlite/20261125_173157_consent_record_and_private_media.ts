import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { recomputePrivacy } from '../../../src/index.js'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`_consents_v_version_scopes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_consents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_consents_v_version_scopes_order_idx\` ON \`_consents_v_version_scopes\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_consents_v_version_scopes_parent_idx\` ON \`_consents_v_version_scopes\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_consents_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_subject\` text NOT NULL,
  	\`version_signer_name\` text NOT NULL,
  	\`version_signer_authority\` text DEFAULT 'client',
  	\`version_signer_relationship\` text,
  	\`version_signature_method\` text DEFAULT 'document',
  	\`version_signed_at\` text NOT NULL,
  	\`version_form_version\` text NOT NULL,
  	\`version_electronic_signature_ip_address\` text,
  	\`version_electronic_signature_user_agent\` text,
  	\`version_file_sha256\` text,
  	\`version_face_display\` text DEFAULT 'none',
  	\`version_name_display\` text DEFAULT 'none',
  	\`version_expires_at\` text,
  	\`version_revoked_at\` text,
  	\`version_revocation_received_via\` text,
  	\`version_revocation_received_by\` text,
  	\`version_revocation_already_printed\` text,
  	\`version_signed_after_treatment\` integer DEFAULT false,
  	\`version_notes\` text,
  	\`version_seed_key\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_url\` text,
  	\`version_thumbnail_u_r_l\` text,
  	\`version_filename\` text,
  	\`version_mime_type\` text,
  	\`version_filesize\` numeric,
  	\`version_width\` numeric,
  	\`version_height\` numeric,
  	\`version_focal_x\` numeric,
  	\`version_focal_y\` numeric,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`consents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_consents_v_parent_idx\` ON \`_consents_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_consents_v_version_version_seed_key_idx\` ON \`_consents_v\` (\`version_seed_key\`);`)
  await db.run(sql`CREATE INDEX \`_consents_v_version_version_updated_at_idx\` ON \`_consents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_consents_v_version_version_created_at_idx\` ON \`_consents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_consents_v_version_version_filename_idx\` ON \`_consents_v\` (\`version_filename\`);`)
  await db.run(sql`CREATE INDEX \`_consents_v_created_at_idx\` ON \`_consents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_consents_v_updated_at_idx\` ON \`_consents_v\` (\`updated_at\`);`)
  await db.run(sql`DROP INDEX \`media_restricted_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`public_until\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`always_public\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`media_public_until_idx\` ON \`media\` (\`public_until\`);`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`restricted\`;`)
  await db.run(sql`DROP INDEX \`before_after_galleries_consent_expires_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`before_after_galleries\` ADD \`face_shown\` text DEFAULT 'shown';`)
  await db.run(sql`ALTER TABLE \`before_after_galleries\` ADD \`visible_until\` text;`)
  await db.run(sql`CREATE INDEX \`before_after_galleries_visible_until_idx\` ON \`before_after_galleries\` (\`visible_until\`);`)
  await db.run(sql`ALTER TABLE \`before_after_galleries\` DROP COLUMN \`consent_expires_at\`;`)
  await db.run(sql`DROP INDEX \`_before_after_galleries_v_version_version_consent_expire_idx\`;`)
  await db.run(sql`ALTER TABLE \`_before_after_galleries_v\` ADD \`version_face_shown\` text DEFAULT 'shown';`)
  await db.run(sql`ALTER TABLE \`_before_after_galleries_v\` ADD \`version_visible_until\` text;`)
  await db.run(sql`CREATE INDEX \`_before_after_galleries_v_version_version_visible_until_idx\` ON \`_before_after_galleries_v\` (\`version_visible_until\`);`)
  await db.run(sql`ALTER TABLE \`_before_after_galleries_v\` DROP COLUMN \`version_consent_expires_at\`;`)
  await db.run(sql`DROP INDEX \`testimonials_consent_expires_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`testimonials\` ADD \`visible_until\` text;`)
  await db.run(sql`CREATE INDEX \`testimonials_visible_until_idx\` ON \`testimonials\` (\`visible_until\`);`)
  await db.run(sql`ALTER TABLE \`testimonials\` DROP COLUMN \`consent_expires_at\`;`)
  await db.run(sql`DROP INDEX \`_testimonials_v_version_version_consent_expires_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_testimonials_v\` ADD \`version_visible_until\` text;`)
  await db.run(sql`CREATE INDEX \`_testimonials_v_version_version_visible_until_idx\` ON \`_testimonials_v\` (\`version_visible_until\`);`)
  await db.run(sql`ALTER TABLE \`_testimonials_v\` DROP COLUMN \`version_consent_expires_at\`;`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`signer_name\` text NOT NULL;`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`signer_authority\` text DEFAULT 'client';`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`signer_relationship\` text;`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`signature_method\` text DEFAULT 'document';`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`form_version\` text NOT NULL;`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`electronic_signature_ip_address\` text;`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`electronic_signature_user_agent\` text;`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`file_sha256\` text;`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`face_display\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`name_display\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`revocation_received_via\` text;`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`revocation_received_by\` text;`)
  await db.run(sql`ALTER TABLE \`consents\` ADD \`revocation_already_printed\` text;`)
  // Existing documents and images get the values privacy is now decided on.
  await recomputePrivacy({ payload, req })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`_consents_v_version_scopes\`;`)
  await db.run(sql`DROP TABLE \`_consents_v\`;`)
  await db.run(sql`DROP INDEX \`media_public_until_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`restricted\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`media_restricted_idx\` ON \`media\` (\`restricted\`);`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`public_until\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`always_public\`;`)
  await db.run(sql`DROP INDEX \`before_after_galleries_visible_until_idx\`;`)
  await db.run(sql`ALTER TABLE \`before_after_galleries\` ADD \`consent_expires_at\` text;`)
  await db.run(sql`CREATE INDEX \`before_after_galleries_consent_expires_at_idx\` ON \`before_after_galleries\` (\`consent_expires_at\`);`)
  await db.run(sql`ALTER TABLE \`before_after_galleries\` DROP COLUMN \`face_shown\`;`)
  await db.run(sql`ALTER TABLE \`before_after_galleries\` DROP COLUMN \`visible_until\`;`)
  await db.run(sql`DROP INDEX \`_before_after_galleries_v_version_version_visible_until_idx\`;`)
  await db.run(sql`ALTER TABLE \`_before_after_galleries_v\` ADD \`version_consent_expires_at\` text;`)
  await db.run(sql`CREATE INDEX \`_before_after_galleries_v_version_version_consent_expire_idx\` ON \`_before_after_galleries_v\` (\`version_consent_expires_at\`);`)
  await db.run(sql`ALTER TABLE \`_before_after_galleries_v\` DROP COLUMN \`version_face_shown\`;`)
  await db.run(sql`ALTER TABLE \`_before_after_galleries_v\` DROP COLUMN \`version_visible_until\`;`)
  await db.run(sql`DROP INDEX \`testimonials_visible_until_idx\`;`)
  await db.run(sql`ALTER TABLE \`testimonials\` ADD \`consent_expires_at\` text;`)
  await db.run(sql`CREATE INDEX \`testimonials_consent_expires_at_idx\` ON \`testimonials\` (\`consent_expires_at\`);`)
  await db.run(sql`ALTER TABLE \`testimonials\` DROP COLUMN \`visible_until\`;`)
  await db.run(sql`DROP INDEX \`_testimonials_v_version_version_visible_until_idx\`;`)
  await db.run(sql`ALTER TABLE \`_testimonials_v\` ADD \`version_consent_expires_at\` text;`)
  await db.run(sql`CREATE INDEX \`_testimonials_v_version_version_consent_expires_at_idx\` ON \`_testimonials_v\` (\`version_consent_expires_at\`);`)
  await db.run(sql`ALTER TABLE \`_testimonials_v\` DROP COLUMN \`version_visible_until\`;`)
  await db.run(sql`ALTER TABLE \`consents\` DROP COLUMN \`signer_name\`;`)
  await db.run(sql`ALTER TABLE \`consents\` DROP COLUMN \`signer_authority\`;`)
  await db.run(sql`ALTER TABLE \`consents\` DROP COLUMN \`signer_relationship\`;`)
  await db.run(sql`ALTER TABLE \`consents\` DROP COLUMN \`signature_method\`;`)
  await db.run(sql`ALTER TABLE \`consents\` DROP COLUMN \`form_version\`;`)
  await db.run(sql`ALTER TABLE \`consents\` DROP COLUMN \`electronic_signature_ip_address\`;`)
  await db.run(sql`ALTER TABLE \`consents\` DROP COLUMN \`electronic_signature_user_agent\`;`)
  await db.run(sql`ALTER TABLE \`consents\` DROP COLUMN \`file_sha256\`;`)
  await db.run(sql`ALTER TABLE \`consents\` DROP COLUMN \`face_display\`;`)
  await db.run(sql`ALTER TABLE \`consents\` DROP COLUMN \`name_display\`;`)
  await db.run(sql`ALTER TABLE \`consents\` DROP COLUMN \`revocation_received_via\`;`)
  await db.run(sql`ALTER TABLE \`consents\` DROP COLUMN \`revocation_received_by\`;`)
  await db.run(sql`ALTER TABLE \`consents\` DROP COLUMN \`revocation_already_printed\`;`)
}
