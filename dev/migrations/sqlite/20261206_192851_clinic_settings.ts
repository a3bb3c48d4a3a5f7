import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`clinic_settings_opening_hours_days\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`clinic_settings_opening_hours\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`clinic_settings_opening_hours_days_order_idx\` ON \`clinic_settings_opening_hours_days\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`clinic_settings_opening_hours_days_parent_idx\` ON \`clinic_settings_opening_hours_days\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`clinic_settings_opening_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`opens\` text NOT NULL,
  	\`closes\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`clinic_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`clinic_settings_opening_hours_order_idx\` ON \`clinic_settings_opening_hours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`clinic_settings_opening_hours_parent_id_idx\` ON \`clinic_settings_opening_hours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`clinic_settings_same_as\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`clinic_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`clinic_settings_same_as_order_idx\` ON \`clinic_settings_same_as\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`clinic_settings_same_as_parent_id_idx\` ON \`clinic_settings_same_as\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`clinic_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`logo\` text,
  	\`telephone\` text,
  	\`email\` text,
  	\`booking_url\` text,
  	\`address_street_address\` text,
  	\`address_address_locality\` text,
  	\`address_address_region\` text,
  	\`address_postal_code\` text,
  	\`address_address_country\` text,
  	\`geo_latitude\` numeric,
  	\`geo_longitude\` numeric,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`clinic_settings_opening_hours_days\`;`)
  await db.run(sql`DROP TABLE \`clinic_settings_opening_hours\`;`)
  await db.run(sql`DROP TABLE \`clinic_settings_same_as\`;`)
  await db.run(sql`DROP TABLE \`clinic_settings\`;`)
}
