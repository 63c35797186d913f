import type { TDeps } from '../../deps.ts';
import type { TDb } from '../../platform/db/database.ts';
import type { TReindexCount, TSearchDocument } from '../../platform/search/search-index.ts';
import { facetsOf, type TFacetRow, type TPractice } from './practice-record.ts';
import { practiceSearchText, type TPracticeSearchText } from './practice-search-text.ts';
import { practiceRows } from './practices.repository.ts';

export { practiceSearchText, type TPracticeSearchText } from './practice-search-text.ts';

/**
 * Keeps the search index in step with the repository: a published practice is in the index, any
 * other is not. Called inside the transaction that changes the practice, so the two never disagree.
 * `text` is `practiceSearchText(practice)` when the caller computed it already (the import's workers).
 */
export function practiceSearchDocument(
  practice: TPractice,
  text: TPracticeSearchText = practiceSearchText(practice),
): TSearchDocument {
  return searchDocumentOf(
    { id: practice.id, slug: practice.slug, publishedAt: practice.publishedAt ?? practice.updatedAt },
    facetsOf(practice),
    text,
  );
}

/** A practice's index entry from its id, slug, date, facets and indexed text (the bulk import has no TPractice). */
export function searchDocumentOf(
  practice: { id: string; slug: string; publishedAt: string },
  facets: readonly TFacetRow[],
  text: TPracticeSearchText,
): TSearchDocument {
  return {
    id: practice.id,
    type: 'practice',
    slug: practice.slug,
    language: text.language,
    title: text.title,
    summary: text.summary,
    body: text.body,
    publishedAt: practice.publishedAt,
    facets: facets.filter((f) => f.facet !== 'featured'),
    concepts: text.concepts ?? [],
    places: text.places ?? [],
  };
}

/** Upserts a published practice's document, or removes any other's; true when it is in the index. */
export async function syncPracticeIndex(deps: TDeps, practice: TPractice, db?: TDb): Promise<boolean> {
  if (practice.status === 'published') {
    await deps.search.upsertDocument(practiceSearchDocument(practice), db ? { db } : {});
    return true;
  }
  await deps.search.removeDocument(practice.id, db ? { db } : {});
  return false;
}

/** Syncs every practice's document and drops those of practices that are gone (the search reindex). */
export function reindexAllPractices(deps: TDeps): Promise<TReindexCount> {
  return deps.search.reindexRecords('practice', practiceRows, (p, trx) => syncPracticeIndex(deps, p, trx));
}

export async function removePracticeFromIndex(deps: TDeps, practiceId: string, db?: TDb): Promise<void> {
  await deps.search.removeDocument(practiceId, db ? { db } : {});
}
