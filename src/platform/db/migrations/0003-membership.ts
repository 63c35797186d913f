import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type TAnyDb = Kysely<any>;

/**
 * Membership: organisations grow public and private details, people with roles, invitations,
 * countries as rows (for facets), Care Champion status; membership applications with notes;
 * uploaded files; texts the secretariat edits (the Care Champion criteria).
 * The organisations table exists since 0001 and is extended here, one column per statement
 * (SQLite adds one column per ALTER).
 */
export async function up(db: TAnyDb): Promise<void> {
  const organizationColumns: [
    string,
    'text' | 'integer',
    { notNull?: boolean; default?: string | number },
  ][] = [
    ['sort_name', 'text', { notNull: true, default: '' }],
    ['search_text', 'text', { notNull: true, default: '' }],
    ['logo_key', 'text', {}],
    ['logo_type', 'text', {}],
    ['logo_width', 'integer', {}],
    ['logo_height', 'integer', {}],
    ['public_email', 'text', {}],
    ['public_phone', 'text', {}],
    ['private_contacts', 'text', { notNull: true, default: '{}' }],
    ['is_champion', 'integer', { notNull: true, default: 0 }],
    ['champion_since', 'text', {}],
    ['champion_citation', 'text', {}],
    ['champion_citation_language', 'text', {}],
    ['published_at', 'text', {}],
    ['application_id', 'text', {}],
    ['version', 'integer', { notNull: true, default: 1 }],
  ];
  for (const [name, type, options] of organizationColumns) {
    await db.schema
      .alterTable('organizations')
      .addColumn(name, type, (c) => {
        let column = c;
        if (options.notNull) column = column.notNull();
        if (options.default !== undefined) column = column.defaultTo(options.default);
        return column;
      })
      .execute();
  }
  await db.schema
    .createIndex('organizations_directory_idx')
    .on('organizations')
    .columns(['membership_status', 'is_champion', 'sort_name'])
    .execute();

  await db.schema
    .createTable('organization_countries')
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('country_code', 'text', (c) => c.notNull())
    // The directory's world region of the country (denormalised from the taxonomy for fast facets).
    .addColumn('region', 'text')
    .addPrimaryKeyConstraint('organization_countries_pk', ['organization_id', 'country_code'])
    .execute();
  await db.schema
    .createIndex('organization_countries_region_idx')
    .on('organization_countries')
    .columns(['region', 'organization_id'])
    .execute();
  await db.schema
    .createIndex('organization_countries_country_idx')
    .on('organization_countries')
    .columns(['country_code', 'organization_id'])
    .execute();

  await db.schema
    .createTable('organization_members')
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addPrimaryKeyConstraint('organization_members_pk', ['organization_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('organization_members_user_idx')
    .on('organization_members')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('organization_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('invited_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('accepted_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createIndex('organization_invitations_org_idx')
    .on('organization_invitations')
    .column('organization_id')
    .execute();

  await db.schema
    .createTable('uploads')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('storage_key', 'text', (c) => c.notNull().unique())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('byte_size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();

  await db.schema
    .createTable('membership_applications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('access_token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('applicant_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('organization_id', 'text', (c) => c.references('organizations.id').onDelete('set null'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('organization_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('name_key', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('website_host', 'text')
    .addColumn('stakeholder_type', 'text')
    .addColumn('countries', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('organization_data', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('contact_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('contact_email', 'text', (c) => c.notNull())
    .addColumn('contact_data', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('letter_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('letter_upload_id', 'text', (c) => c.references('uploads.id').onDelete('set null'))
    .addColumn('intended_commitments', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('consent_at', 'text')
    .addColumn('information_request', 'text')
    .addColumn('decision_message', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('decided_at', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('membership_applications_queue_idx')
    .on('membership_applications')
    .columns(['status', 'submitted_at'])
    .execute();
  await db.schema
    .createIndex('membership_applications_name_idx')
    .on('membership_applications')
    .column('name_key')
    .execute();
  await db.schema
    .createIndex('membership_applications_applicant_idx')
    .on('membership_applications')
    .column('applicant_user_id')
    .execute();

  await db.schema
    .createTable('application_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'text', (c) =>
      c.notNull().references('membership_applications.id').onDelete('cascade'),
    )
    .addColumn('author_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('application_notes_application_idx')
    .on('application_notes')
    .column('application_id')
    .execute();

  await db.schema
    .createTable('site_texts')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addPrimaryKeyConstraint('site_texts_pk', ['key', 'locale'])
    .execute();
}

export async function down(db: TAnyDb): Promise<void> {
  for (const table of [
    'site_texts',
    'application_notes',
    'membership_applications',
    'uploads',
    'organization_invitations',
    'organization_members',
    'organization_countries',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.dropIndex('organizations_directory_idx').execute();
  for (const column of [
    'version',
    'application_id',
    'published_at',
    'champion_citation_language',
    'champion_citation',
    'champion_since',
    'is_champion',
    'private_contacts',
    'public_phone',
    'public_email',
    'logo_height',
    'logo_width',
    'logo_type',
    'logo_key',
    'search_text',
    'sort_name',
  ]) {
    await db.schema.alterTable('organizations').dropColumn(column).execute();
  }
}
