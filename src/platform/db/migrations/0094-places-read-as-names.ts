import type { Kysely } from 'kysely';
import { requireSearchRebuild } from './search-rebuild.ts';

/**
 * Places are read as names are written (issue 12, docs/adr/0125): countries and regions no longer come
 * from the concept lexicon's stems ("dane" was Denmark, "بيروت" Peru), a record's body is read for
 * places too, a name in a record needs its capital letter ("того" is not Togo), and other languages'
 * names keep their accents ("cada" is not Latvian "Čada"). The stored concepts were found the old way.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await requireSearchRebuild(db);
}

export async function down(): Promise<void> {}
