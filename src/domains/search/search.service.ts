import type { TDeps } from '../../deps.ts';
import type { TSearchHit, TSearchResult } from '../../platform/search/search-index.ts';
import { listPublishedPracticesByIds, shownText, type TPractice } from '../practices/index.ts';
import type { THubSearchQuery } from './search.schemas.ts';

/**
 * The one search box: asks the index, then joins each hit with its record (for the facts a result
 * shows and the exports carry). Hits whose record is gone or unpublished are dropped.
 */
export type THubHit = TSearchHit & {
  practice?: TPractice;
  /**
   * The title and summary in the reader's language, when the record is in another one and the hub
   * holds a translation (issue 12): the page shows these, marks the original language and links to it.
   */
  translation?: { title: string; summary: string; language: string };
};

function translationOf(practice: TPractice, locale: string): THubHit['translation'] {
  const title = shownText(practice, 'title', locale);
  if (!title.isTranslation) return undefined;
  const summary = shownText(practice, 'summary', locale);
  return { title: title.text, summary: summary.text, language: title.language };
}
export type THubResult = Omit<TSearchResult, 'items'> & { items: THubHit[] };

export async function searchHub(deps: TDeps, query: THubSearchQuery, locale: string): Promise<THubResult> {
  const result = await deps.search.search({
    query: query.q,
    filters: query.filters,
    sort: query.sort,
    limit: query.limit,
    offset: query.offset,
    locale,
  });
  const practiceIds = result.items.filter((i) => i.type === 'practice').map((i) => i.id);
  const practices = new Map((await listPublishedPracticesByIds(deps, practiceIds)).map((p) => [p.id, p]));
  const items = result.items.flatMap((hit): THubHit[] => {
    if (hit.type !== 'practice') return [hit];
    const practice = practices.get(hit.id);
    if (!practice) return [];
    const translation = translationOf(practice, locale);
    return [translation ? { ...hit, practice, translation } : { ...hit, practice }];
  });
  return { ...result, items };
}

/** Up to `max` results of a search, page by page, for CSV and JSON exports. */
export async function collectForExport(deps: TDeps, query: THubSearchQuery, locale: string, max: number) {
  const items: THubHit[] = [];
  let total = 0;
  for (let offset = 0; offset < max; offset += 100) {
    const page = await searchHub(deps, { ...query, offset, limit: Math.min(100, max - offset) }, locale);
    total = page.total;
    items.push(...page.items);
    if (page.items.length === 0 || offset + 100 >= page.total) break;
  }
  return { items, total };
}
