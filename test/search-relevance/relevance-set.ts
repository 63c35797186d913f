import { readFileSync } from 'node:fs';
import { generatePractices, needleCountries } from '../../bench/practices-generator.ts';
import type { TDeps } from '../../src/deps.ts';
import { checkImportLines, importPractices } from '../../src/domains/practices/practice-import.service.ts';
import type { TPracticeInputRaw } from '../../src/domains/practices/practices.schemas.ts';
import { searchHub } from '../../src/domains/search/search.service.ts';

/**
 * The relevance set (practices.json, queries.json beside this file): real kinds of care programmes in
 * six languages, each query written in another language than its target, as people type. Loaded by the
 * relevance test alone and under a generated haystack, and by the search bench at scale.
 */
export type TRelevanceQuery = { q: string; locale: string; target: string };

const here = new URL('.', import.meta.url);

export const relevancePractices: ReadonlyArray<TPracticeInputRaw & { slug: string }> = JSON.parse(
  readFileSync(new URL('practices.json', here), 'utf8'),
);
export const relevanceQueries: readonly TRelevanceQuery[] = JSON.parse(
  readFileSync(new URL('queries.json', here), 'utf8'),
);

/** The generated practices that bury the needles: the bench's vocabulary, sharing the needles' countries. */
export function haystackLines(count: number, seed = 11): string[] {
  const countries = [...new Set([...needleCountries, 'PL', 'CO', 'MX', 'ES', 'FR', 'GB', 'RU', 'OM', 'JO'])];
  return [...generatePractices(count, { seed, countries, bodyParagraphs: 4, slugPrefix: 'hay' })].map((r) =>
    JSON.stringify(r),
  );
}

/** Imports JSON lines as an operator's bulk import does (every line validated, every record audited). */
export async function importLines(deps: TDeps, lines: readonly string[]): Promise<void> {
  const { records, problems } = checkImportLines(lines);
  if (problems.length > 0) throw new Error(`invalid lines: ${JSON.stringify(problems.slice(0, 3))}`);
  await importPractices(deps, records, { chunkSize: 250 });
}

export type TRelevanceFigures = {
  hitAt5: number;
  hitAt10: number;
  mrr: number;
  misses: string[];
};

/** hit@5, hit@10 and the mean reciprocal rank of each query's target in the first 20 results. */
export async function measureRelevance(
  deps: TDeps,
  queries: readonly TRelevanceQuery[] = relevanceQueries,
): Promise<TRelevanceFigures> {
  let hit5 = 0;
  let hit10 = 0;
  let reciprocal = 0;
  const misses: string[] = [];
  for (const query of queries) {
    const result = await searchHub(
      deps,
      { q: query.q, filters: {}, sort: 'relevance', limit: 20, offset: 0 },
      query.locale,
    );
    const rank = result.items.findIndex((i) => i.slug === query.target) + 1;
    if (rank >= 1 && rank <= 5) hit5 += 1;
    if (rank >= 1 && rank <= 10) hit10 += 1;
    if (rank >= 1) reciprocal += 1 / rank;
    if (rank !== 1)
      misses.push(
        `${rank === 0 ? '—' : `#${rank}`} "${query.q}" (${query.locale}) → ${query.target}; got ${result.items
          .slice(0, 3)
          .map((i) => i.slug)
          .join(', ')}`,
      );
  }
  const n = queries.length;
  return { hitAt5: hit5 / n, hitAt10: hit10 / n, mrr: reciprocal / n, misses };
}

export function describeFigures(label: string, f: TRelevanceFigures): string {
  return `${label}: hit@5 ${f.hitAt5.toFixed(3)} · hit@10 ${f.hitAt10.toFixed(3)} · MRR ${f.mrr.toFixed(3)}`;
}
