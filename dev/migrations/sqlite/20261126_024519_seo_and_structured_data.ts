import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`practitioners\` ADD \`licensed_physician\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`practitioners\` ADD \`meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`practitioners\` ADD \`meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`practitioners\` ADD \`meta_image_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`practitioners\` ADD \`meta_canonical\` text;`)
  await db.run(sql`CREATE INDEX \`practitioners_meta_meta_image_idx\` ON \`practitioners\` (\`meta_image_id\`);`)
  await db.run(sql`ALTER TABLE \`_practitioners_v\` ADD \`version_licensed_physician\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_practitioners_v\` ADD \`version_meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`_practitioners_v\` ADD \`version_meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`_practitioners_v\` ADD \`version_meta_image_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_practitioners_v\` ADD \`version_meta_canonical\` text;`)
  await db.run(sql`CREATE INDEX \`_practitioners_v_version_meta_version_meta_image_idx\` ON \`_practitioners_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`meta_image_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`meta_canonical\` text;`)
  await db.run(sql`CREATE INDEX \`articles_meta_meta_image_idx\` ON \`articles\` (\`meta_image_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_meta_image_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_meta_canonical\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_meta_version_meta_image_idx\` ON \`_articles_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`ALTER TABLE \`before_after_galleries\` ADD \`meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`before_after_galleries\` ADD \`meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`before_after_galleries\` ADD \`meta_image_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`before_after_galleries\` ADD \`meta_canonical\` text;`)
  await db.run(sql`CREATE INDEX \`before_after_galleries_meta_meta_image_idx\` ON \`before_after_galleries\` (\`meta_image_id\`);`)
  await db.run(sql`ALTER TABLE \`_before_after_galleries_v\` ADD \`version_meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`_before_after_galleries_v\` ADD \`version_meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`_before_after_galleries_v\` ADD \`version_meta_image_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_before_after_galleries_v\` ADD \`version_meta_canonical\` text;`)
  await db.run(sql`CREATE INDEX \`_before_after_galleries_v_version_meta_version_meta_imag_idx\` ON \`_before_after_galleries_v\` (\`version_meta_image_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_practitioners\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`photo_id\` integer,
  	\`title\` text,
  	\`credentials\` text,
  	\`bio\` text,
  	\`years_of_experience\` numeric,
  	\`booking_url\` text,
  	\`active\` integer DEFAULT true,
  	\`is_sample\` integer DEFAULT false,
  	\`seed_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_practitioners\`("id", "name", "generate_slug", "slug", "photo_id", "title", "credentials", "bio", "years_of_experience", "booking_url", "active", "is_sample", "seed_key", "updated_at", "created_at", "_status") SELECT "id", "name", "generate_slug", "slug", "photo_id", "title", "credentials", "bio", "years_of_experience", "booking_url", "active", "is_sample", "seed_key", "updated_at", "created_at", "_status" FROM \`practitioners\`;`)
  await db.run(sql`DROP TABLE \`practitioners\`;`)
  await db.run(sql`ALTER TABLE \`__new_practitioners\` RENAME TO \`practitioners\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`practitioners_slug_idx\` ON \`practitioners\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`practitioners_photo_idx\` ON \`practitioners\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`practitioners_seed_key_idx\` ON \`practitioners\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`practitioners_updated_at_idx\` ON \`practitioners\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`practitioners_created_at_idx\` ON \`practitioners\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`practitioners__status_idx\` ON \`practitioners\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__practitioners_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_photo_id\` integer,
  	\`version_title\` text,
  	\`version_credentials\` text,
  	\`version_bio\` text,
  	\`version_years_of_experience\` numeric,
  	\`version_booking_url\` text,
  	\`version_active\` integer DEFAULT true,
  	\`version_is_sample\` integer DEFAULT false,
  	\`version_seed_key\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`practitioners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__practitioners_v\`("id", "parent_id", "version_name", "version_generate_slug", "version_slug", "version_photo_id", "version_title", "version_credentials", "version_bio", "version_years_of_experience", "version_booking_url", "version_active", "version_is_sample", "version_seed_key", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_generate_slug", "version_slug", "version_photo_id", "version_title", "version_credentials", "version_bio", "version_years_of_experience", "version_booking_url", "version_active", "version_is_sample", "version_seed_key", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_practitioners_v\`;`)
  await db.run(sql`DROP TABLE \`_practitioners_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__practitioners_v\` RENAME TO \`_practitioners_v\`;`)
  await db.run(sql`CREATE INDEX \`_practitioners_v_parent_idx\` ON \`_practitioners_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_practitioners_v_version_version_slug_idx\` ON \`_practitioners_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_practitioners_v_version_version_photo_idx\` ON \`_practitioners_v\` (\`version_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_practitioners_v_version_version_seed_key_idx\` ON \`_practitioners_v\` (\`version_seed_key\`);`)
  await db.run(sql`CREATE INDEX \`_practitioners_v_version_version_updated_at_idx\` ON \`_practitioners_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_practitioners_v_version_version_created_at_idx\` ON \`_practitioners_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_practitioners_v_version_version__status_idx\` ON \`_practitioners_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_practitioners_v_created_at_idx\` ON \`_practitioners_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_practitioners_v_updated_at_idx\` ON \`_practitioners_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_practitioners_v_latest_idx\` ON \`_practitioners_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`excerpt\` text,
  	\`hero_image_id\` integer,
  	\`body\` text,
  	\`author_id\` integer,
  	\`published_at\` text,
  	\`reading_time\` numeric,
  	\`seed_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`practitioners\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "title", "generate_slug", "slug", "excerpt", "hero_image_id", "body", "author_id", "published_at", "reading_time", "seed_key", "updated_at", "created_at", "_status") SELECT "id", "title", "generate_slug", "slug", "excerpt", "hero_image_id", "body", "author_id", "published_at", "reading_time", "seed_key", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_hero_image_idx\` ON \`articles\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_author_idx\` ON \`articles\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_seed_key_idx\` ON \`articles\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_excerpt\` text,
  	\`version_hero_image_id\` integer,
  	\`version_body\` text,
  	\`version_author_id\` integer,
  	\`version_published_at\` text,
  	\`version_reading_time\` numeric,
  	\`version_seed_key\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`practitioners\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_title", "version_generate_slug", "version_slug", "version_excerpt", "version_hero_image_id", "version_body", "version_author_id", "version_published_at", "version_reading_time", "version_seed_key", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_generate_slug", "version_slug", "version_excerpt", "version_hero_image_id", "version_body", "version_author_id", "version_published_at", "version_reading_time", "version_seed_key", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_hero_image_idx\` ON \`_articles_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_author_idx\` ON \`_articles_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_seed_key_idx\` ON \`_articles_v\` (\`version_seed_key\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_before_after_galleries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`treatment_type\` text,
  	\`hair_loss_stage\` text,
  	\`sessions\` numeric,
  	\`pigment_shade\` text,
  	\`topic_id\` integer,
  	\`practitioner_id\` integer,
  	\`face_shown\` text DEFAULT 'shown',
  	\`unretouched_attestation\` integer DEFAULT false,
  	\`disclaimer\` text DEFAULT 'Individual results vary. Photos show one client’s result and are not a guarantee.',
  	\`consent_id\` integer,
  	\`visible_until\` text,
  	\`is_sample\` integer DEFAULT false,
  	\`seed_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`topic_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`practitioner_id\`) REFERENCES \`practitioners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`consent_id\`) REFERENCES \`consents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_before_after_galleries\`("id", "title", "generate_slug", "slug", "treatment_type", "hair_loss_stage", "sessions", "pigment_shade", "topic_id", "practitioner_id", "face_shown", "unretouched_attestation", "disclaimer", "consent_id", "visible_until", "is_sample", "seed_key", "updated_at", "created_at", "_status") SELECT "id", "title", "generate_slug", "slug", "treatment_type", "hair_loss_stage", "sessions", "pigment_shade", "topic_id", "practitioner_id", "face_shown", "unretouched_attestation", "disclaimer", "consent_id", "visible_until", "is_sample", "seed_key", "updated_at", "created_at", "_status" FROM \`before_after_galleries\`;`)
  await db.run(sql`DROP TABLE \`before_after_galleries\`;`)
  await db.run(sql`ALTER TABLE \`__new_before_after_galleries\` RENAME TO \`before_after_galleries\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`before_after_galleries_slug_idx\` ON \`before_after_galleries\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`before_after_galleries_topic_idx\` ON \`before_after_galleries\` (\`topic_id\`);`)
  await db.run(sql`CREATE INDEX \`before_after_galleries_practitioner_idx\` ON \`before_after_galleries\` (\`practitioner_id\`);`)
  await db.run(sql`CREATE INDEX \`before_after_galleries_consent_idx\` ON \`before_after_galleries\` (\`consent_id\`);`)
  await db.run(sql`CREATE INDEX \`before_after_galleries_visible_until_idx\` ON \`before_after_galleries\` (\`visible_until\`);`)
  await db.run(sql`CREATE INDEX \`before_after_galleries_seed_key_idx\` ON \`before_after_galleries\` (\`seed_key\`);`)
  await db.run(sql`CREATE INDEX \`before_after_galleries_updated_at_idx\` ON \`before_after_galleries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`before_after_galleries_created_at_idx\` ON \`before_after_galleries\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`before_after_galleries__status_idx\` ON \`before_after_galleries\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__before_after_galleries_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_treatment_type\` text,
  	\`version_hair_loss_stage\` text,
  	\`version_sessions\` numeric,
  	\`version_pigment_shade\` text,
  	\`version_topic_id\` integer,
  	\`version_practitioner_id\` integer,
  	\`version_face_shown\` text DEFAULT 'shown',
  	\`version_unretouched_attestation\` integer DEFAULT false,
  	\`version_disclaimer\` text DEFAULT 'Individual results vary. Photos show one client’s result and are not a guarantee.',
  	\`version_consent_id\` integer,
  	\`version_visible_until\` text,
  	\`version_is_sample\` integer DEFAULT false,
  	\`version_seed_key\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`before_after_galleries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_topic_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_practitioner_id\`) REFERENCES \`practitioners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_consent_id\`) REFERENCES \`consents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__before_after_galleries_v\`("id", "parent_id", "version_title", "version_generate_slug", "version_slug", "version_treatment_type", "version_hair_loss_stage", "version_sessions", "version_pigment_shade", "version_topic_id", "version_practitioner_id", "version_face_shown", "version_unretouched_attestation", "version_disclaimer", "version_consent_id", "version_visible_until", "version_is_sample", "version_seed_key", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_generate_slug", "version_slug", "version_treatment_type", "version_hair_loss_stage", "version_sessions", "version_pigment_shade", "version_topic_id", "version_practitioner_id", "version_face_shown", "version_unretouched_attestation", "version_disclaimer", "version_consent_id", "version_visible_until", "version_is_sample", "version_seed_key", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_before_after_galleries_v\`;`)
  await db.run(sql`DROP TABLE \`_before_after_galleries_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__before_after_galleries_v\` RENAME TO \`_before_after_galleries_v\`;`)
  await db.run(sql`CREATE INDEX \`_before_after_galleries_v_parent_idx\` ON \`_before_after_galleries_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_before_after_galleries_v_version_version_slug_idx\` ON \`_before_after_galleries_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_before_after_galleries_v_version_version_topic_idx\` ON \`_before_after_galleries_v\` (\`version_topic_id\`);`)
  await db.run(sql`CREATE INDEX \`_before_after_galleries_v_version_version_practitioner_idx\` ON \`_before_after_galleries_v\` (\`version_practitioner_id\`);`)
  await db.run(sql`CREATE INDEX \`_before_after_galleries_v_version_version_consent_idx\` ON \`_before_after_galleries_v\` (\`version_consent_id\`);`)
  await db.run(sql`CREATE INDEX \`_before_after_galleries_v_version_version_visible_until_idx\` ON \`_before_after_galleries_v\` (\`version_visible_until\`);`)
  await db.run(sql`CREATE INDEX \`_before_after_galleries_v_version_version_seed_key_idx\` ON \`_before_after_galleries_v\` (\`version_seed_key\`);`)
  await db.run(sql`CREATE INDEX \`_before_after_galleries_v_version_version_updated_at_idx\` ON \`_before_after_galleries_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_before_after_galleries_v_version_version_created_at_idx\` ON \`_before_after_galleries_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_before_after_galleries_v_version_version__status_idx\` ON \`_before_after_galleries_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_before_after_galleries_v_created_at_idx\` ON \`_before_after_galleries_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_before_after_galleries_v_updated_at_idx\` ON \`_before_after_galleries_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_before_after_galleries_v_latest_idx\` ON \`_before_after_galleries_v\` (\`latest\`);`)
}
