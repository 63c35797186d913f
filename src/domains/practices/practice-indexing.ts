import type { TDeps } from '../../deps.ts';
import type { TDb } from '../../platform/db/database.ts';
import { markdownToText } from '../../platform/markdown.ts';
import type { TReindexCount, TSearchDocument } from '../../platform/search/search-index.ts';
import { regionsOfCountry } from '../../taxonomy/taxonomy.ts';
import { facetsOf, type TPractice, type TPracticeContent } from './practice-record.ts';
import { practiceRows } from './practices.repository.ts';

/** What a practice's index entry is made of that depends only on its content (not its id or dates). */
export type TPracticeSearchText = Pick<
  TSearchDocument,
  'language' | 'title' | 'summary' | 'body' | 'concepts' | 'places'
>;

/**
 * The text and tags a practice is indexed by: the CPU-heavy part of its index entry (Markdown to text),
 * computed from its content alone so that the bulk import's workers can compute it (and analyse it)
 * beside the writer. Every path that indexes a practice goes through this one function.
 * Translations are indexed with the original, so a reader finds a practice in either language.
 */
export function practiceSearchText(practice: TPracticeContent): TPracticeSearchText {
  const translations = Object.values(practice.translations);
  const places = practice.eligibility.flatMap((r) => (r.type === 'residence' ? r.places : []));
  const other = practice.eligibility.flatMap((r) => (r.type === 'other' ? [r.text] : []));
  return {
    language: practice.language,
    title: practice.title,
    summary: [practice.summary, ...translations.map((t) => `${t.title} ${t.summary}`)].join('\n'),
    body: [
      markdownToText(practice.body),
      practice.beneficiaries,
      ...other,
      ...places,
      ...practice.cities.map((c) => c.name),
      ...practice.implementers.map((i) => i.name),
      ...practice.evidence.map((e) => e.title),
      ...translations.map((t) => `${markdownToText(t.body)} ${t.beneficiaries}`),
    ]
      .filter((part) => part.trim() !== '')
      .join('\n'),
    concepts: [
      ...practice.themes,
      ...practice.populations,
      ...practice.fiveR,
      ...practice.sdgTargets,
      ...practice.countries.map((code) => `country:${code.toLowerCase()}`),
      ...new Set(practice.countries.flatMap((code) => regionsOfCountry(code))),
    ],
    places: [...practice.cities.map((c) => c.name), ...places],
  };
}

/**
 * Keeps the search index in step with the repository: a published practice is in the index, any
 * other is not. Called inside the transaction that changes the practice, so the two never disagree.
 * `text` is `practiceSearchText(practice)` when the caller computed it already (the import's workers).
 */
export function practiceSearchDocument(
  practice: TPractice,
  text: TPracticeSearchText = practiceSearchText(practice),
): TSearchDocument {
  return {
    id: practice.id,
    type: 'practice',
    slug: practice.slug,
    language: text.language,
    title: text.title,
    summary: text.summary,
    body: text.body,
    publishedAt: practice.publishedAt ?? practice.updatedAt,
    facets: facetsOf(practice).filter((f) => f.facet !== 'featured'),
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
