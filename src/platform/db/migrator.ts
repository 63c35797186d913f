import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { TDb } from './database.ts';
import * as m0001 from './migrations/0001-foundation.ts';
import * as m0002 from './migrations/0002-search.ts';
import * as m0003 from './migrations/0003-membership.ts';
import * as m0004 from './migrations/0004-practices.ts';
import * as m0005 from './migrations/0005-commitments.ts';
import * as m0006 from './migrations/0006-events-news-campaigns.ts';
import * as m0007 from './migrations/0007-search-bounded.ts';
import * as m0008 from './migrations/0008-news-images-campaign-materials.ts';
import * as m0009 from './migrations/0009-practice-recommendations.ts';
import * as m0010 from './migrations/0010-commitments-accountability.ts';
import * as m0011 from './migrations/0011-search-vectors.ts';
import * as m0012 from './migrations/0012-search-reindex.ts';
import * as m0013 from './migrations/0013-outbox-carries-secret.ts';
import * as m0020 from './migrations/0020-search-relevance.ts';
import * as m0021 from './migrations/0021-search-places.ts';
import * as m0030 from './migrations/0030-rate-limits.ts';
import * as m0031 from './migrations/0031-stored-files.ts';
import * as m0040 from './migrations/0040-observatory.ts';
import * as m0041 from './migrations/0041-news-country.ts';
import * as m0050 from './migrations/0050-communities.ts';
import * as m0051 from './migrations/0051-community-thread-versions.ts';
import * as m0052 from './migrations/0052-community-moderation.ts';
import * as m0053 from './migrations/0053-community-resources.ts';
import * as m0054 from './migrations/0054-community-meetings.ts';
import * as m0055 from './migrations/0055-outbox-headers.ts';
import * as m0056 from './migrations/0056-community-watches.ts';
import * as m0057 from './migrations/0057-outbox-send-if.ts';
import * as m0058 from './migrations/0058-community-inbound-mail.ts';
import * as m0059 from './migrations/0059-community-posts-by-period.ts';
import * as m0060 from './migrations/0060-connections.ts';
import * as m0061 from './migrations/0061-connection-introductions.ts';
import * as m0062 from './migrations/0062-commitment-from-connection.ts';
import * as m0063 from './migrations/0063-community-post-files.ts';
import * as m0064 from './migrations/0064-post-revision-files.ts';
import * as m0066 from './migrations/0066-connection-expiry-reminders.ts';
import * as m0067 from './migrations/0067-connection-weekly-mail.ts';
import * as m0069 from './migrations/0069-search-concept-ids.ts';
import * as m0070 from './migrations/0070-place-coordinates.ts';
import * as m0071 from './migrations/0071-event-audience.ts';
import * as m0073 from './migrations/0073-letter-versions.ts';
import * as m0074 from './migrations/0074-round-title-language.ts';
import * as m0075 from './migrations/0075-application-replies.ts';
import * as m0080 from './migrations/0080-document-imports.ts';
import * as m0084 from './migrations/0084-import-source-visibility.ts';
import * as m0087 from './migrations/0087-letter-files.ts';
import * as m0088 from './migrations/0088-site-text-versions.ts';
import * as m0089 from './migrations/0089-search-document-places.ts';
import * as m0093 from './migrations/0093-search-words-read-in-their-language.ts';
import * as m0094 from './migrations/0094-places-read-as-names.ts';
import * as m0095 from './migrations/0095-more-care-words.ts';
import * as m0097 from './migrations/0097-search-vectors-lz4.ts';
import * as m0098 from './migrations/0098-practice-facets-without-rowid.ts';
import * as m0099 from './migrations/0099-search-facets-by-document-only.ts';
import * as m0100 from './migrations/0100-practice-facets-of-published-only.ts';

/**
 * Migrations are listed here in order rather than read from the file system, so they work
 * the same under tsx, in tests and in a bundle. A new migration is one import and one line.
 */
const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-search': m0002,
  '0003-membership': m0003,
  '0004-practices': m0004,
  '0005-commitments': m0005,
  '0006-events-news-campaigns': m0006,
  '0007-search-bounded': m0007,
  '0008-news-images-campaign-materials': m0008,
  '0009-practice-recommendations': m0009,
  '0010-commitments-accountability': m0010,
  '0011-search-vectors': m0011,
  '0012-search-reindex': m0012,
  '0013-outbox-carries-secret': m0013,
  '0020-search-relevance': m0020,
  '0021-search-places': m0021,
  '0030-rate-limits': m0030,
  '0031-stored-files': m0031,
  '0040-observatory': m0040,
  '0041-news-country': m0041,
  '0050-communities': m0050,
  '0051-community-thread-versions': m0051,
  '0052-community-moderation': m0052,
  '0053-community-resources': m0053,
  '0054-community-meetings': m0054,
  '0055-outbox-headers': m0055,
  '0056-community-watches': m0056,
  '0057-outbox-send-if': m0057,
  '0058-community-inbound-mail': m0058,
  '0059-community-posts-by-period': m0059,
  '0060-connections': m0060,
  '0061-connection-introductions': m0061,
  '0062-commitment-from-connection': m0062,
  '0063-community-post-files': m0063,
  '0064-post-revision-files': m0064,
  '0066-connection-expiry-reminders': m0066,
  '0067-connection-weekly-mail': m0067,
  '0069-search-concept-ids': m0069,
  '0070-place-coordinates': m0070,
  '0071-event-audience': m0071,
  '0073-letter-versions': m0073,
  '0074-round-title-language': m0074,
  '0075-application-replies': m0075,
  '0080-document-imports': m0080,
  '0084-import-source-visibility': m0084,
  '0087-letter-files': m0087,
  '0088-site-text-versions': m0088,
  '0089-search-document-places': m0089,
  '0093-search-words-read-in-their-language': m0093,
  '0094-places-read-as-names': m0094,
  '0095-more-care-words': m0095,
  '0097-search-vectors-lz4': m0097,
  '0098-practice-facets-without-rowid': m0098,
  '0099-search-facets-by-document-only': m0099,
  '0100-practice-facets-of-published-only': m0100,
};

class ListedMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations;
  }
}

export async function migrateToLatest(db: TDb): Promise<string[]> {
  // Ranges of numbers belong to parallel streams of work (docs/adr): a database may have run a later
  // range before an earlier one lands, so migrations are applied by name, not refused out of order.
  const migrator = new Migrator({
    db,
    provider: new ListedMigrationProvider(),
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Up (or down) to the named migration: for tests of an upgrade path. */
export async function migrateTo(db: TDb, name: string): Promise<void> {
  if (!(name in migrations)) throw new Error(`no migration named ${name}`);
  const migrator = new Migrator({ db, provider: new ListedMigrationProvider() });
  const { error } = await migrator.migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
