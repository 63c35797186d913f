import type { Kysely } from 'kysely';
import { requireSearchRebuild } from './search-rebuild.ts';

/**
 * The taxonomy names more of the words people use for care (Polish "opieka nad dziećmi", English
 * "home care", Russian "помощь на дому" …) and Polish "dziećmi" now stems as "dzieci" does (issue 12):
 * the stored concepts and words were found without them.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await requireSearchRebuild(db);
}

export async function down(): Promise<void> {}
