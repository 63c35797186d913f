import type { Kysely } from 'kysely';
import { requireSearchRebuild } from './search-rebuild.ts';

/**
 * A text's words now meet concepts and places only in the languages it is read in (issue 12): an
 * English record's "child" no longer tags Chile, nor "per cent" Peru. The concepts kept in the index
 * were found the old way, so every document is analysed again by the next start (search_state
 * "rebuild", from the kept rows).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await requireSearchRebuild(db);
}

export async function down(): Promise<void> {}
