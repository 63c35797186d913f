import type { TSearchSource } from '../../core/search-sources.ts';
import type { TDb } from '../../platform/db/database.ts';
import type { TReindexCount, TSearchDocument, TSearchIndex } from '../../platform/search/search-index.ts';
import { regionConceptIds } from '../../taxonomy/region-concepts.ts';
import { findOrganizationById } from '../organizations/index.ts';
import type { TCommitment } from './commitments.record.ts';
import { commitmentRows } from './commitments.repository.ts';

/**
 * Keeps the hub's one search box in step: a published commitment is in the index (type
 * "commitment", found at /{locale}/commitments/{slug}), any other is not. Called inside the
 * transaction that changes the commitment, so the two never disagree. Translations are indexed with
 * the original, and the care concepts it is tagged with are indexed as concepts, so a search in
 * another language finds it too.
 */
export function commitmentSearchDocument(c: TCommitment, leadName: string): TSearchDocument {
  const publishedAt = c.publishedAt ?? c.createdAt;
  const regions = new Set(c.countries.flatMap(regionConceptIds));
  return {
    id: c.id,
    type: 'commitment',
    slug: c.slug,
    language: c.language,
    title: c.title,
    summary: [leadName, ...Object.values(c.translations.title)].join('\n'),
    body: [c.description, ...Object.values(c.translations.description)]
      .filter((p) => p.trim() !== '')
      .join('\n'),
    publishedAt,
    facets: [
      { facet: 'language', value: c.language },
      ...c.countries.map((value) => ({ facet: 'country', value })),
      ...[...regions].map((value) => ({ facet: 'region', value })),
      ...c.themes.map((value) => ({ facet: 'theme', value })),
      ...c.fiveR.map((value) => ({ facet: 'five_r', value })),
      ...c.sdgTargets.map((value) => ({ facet: 'sdg_target', value })),
      { facet: 'year', value: publishedAt.slice(0, 4) },
    ],
    concepts: [
      ...c.themes,
      ...c.fiveR,
      ...c.sdgTargets,
      ...c.countries.map((code) => `country:${code.toLowerCase()}`),
    ],
  };
}

/** Upserts a published commitment's document, or removes any other's; true when it is in the index. */
export async function syncCommitmentIndex(
  search: TSearchIndex,
  c: TCommitment,
  leadName: string,
  db?: TDb,
): Promise<boolean> {
  const isPublished = c.status === 'published';
  if (isPublished) await search.upsertDocument(commitmentSearchDocument(c, leadName), db ? { db } : {});
  else await search.removeDocument(c.id, db ? { db } : {});
  return isPublished;
}

/** Syncs every commitment's document (with its lead's name) and drops those of commitments that are gone. */
export function reindexAllCommitments(search: TSearchIndex): Promise<TReindexCount> {
  return search.reindexRecords('commitment', commitmentRows, async (c, trx) => {
    const lead = await findOrganizationById(trx, c.leadOrganizationId);
    return syncCommitmentIndex(search, c, lead?.name ?? '', trx);
  });
}

/** What this domain makes searchable (core/search-sources.ts), registered by compose.ts. */
export const commitmentSearchSource: TSearchSource = {
  name: 'commitment',
  types: {
    commitment: { path: '/commitments', labelKey: 'search.type.commitment' },
  },
  reindex: (deps) => reindexAllCommitments(deps.search),
};
