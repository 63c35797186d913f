import { type RawBuilder, sql } from 'kysely';
import type { TDb } from '../db/database.ts';
import type { TEngineQuery, TSearchDocument } from './search-types.ts';

/** Parts both engines share: the document row, its facet rows, and facet filters in SQL. */

export function documentValues(doc: TSearchDocument) {
  return {
    id: doc.id,
    type: doc.type,
    slug: doc.slug,
    language: doc.language,
    title: doc.title,
    summary: doc.summary,
    body: doc.body,
    published_at: doc.publishedAt,
  };
}

/** The document's facets, unique, with "type" and "language" always present (total counts rely on it). */
export function facetRows(doc: TSearchDocument): Array<{ doc_id: string; facet: string; value: string }> {
  const seen = new Set<string>();
  const rows: Array<{ doc_id: string; facet: string; value: string }> = [];
  const add = (facet: string, value: string) => {
    const key = `${facet}\u0000${value}`;
    if (seen.has(key) || facet === '' || value === '') return;
    seen.add(key);
    rows.push({ doc_id: doc.id, facet, value });
  };
  add('type', doc.type);
  add('language', doc.language);
  for (const { facet, value } of doc.facets) if (facet !== 'type' && facet !== 'language') add(facet, value);
  return rows;
}

export async function replaceFacets(db: TDb, doc: TSearchDocument): Promise<void> {
  await db.deleteFrom('search_facets').where('doc_id', '=', doc.id).execute();
  const rows = facetRows(doc);
  if (rows.length > 0) await db.insertInto('search_facets').values(rows).execute();
}

/** `and exists (…)` per filtered facet, over documents aliased `d`. */
export function facetFilterSql(filters: TEngineQuery['filters']): RawBuilder<unknown> {
  const parts = filters
    .filter(([, values]) => values.length > 0)
    .map(
      ([facet, values]) =>
        sql`and exists (select 1 from search_facets f where f.doc_id = d.id and f.facet = ${facet} and f.value in (${sql.join(values)}))`,
    );
  return parts.length > 0 ? sql.join(parts, sql` `) : sql``;
}

/** "type" facet rows count each document once: their sum is the size of the match set. */
export function groupFacetCounts(
  rows: Array<{ facet: string; value: string; count: number }>,
  maxValues = 100,
) {
  const facets: Record<string, Array<{ value: string; count: number }>> = {};
  for (const row of rows) {
    const list = facets[row.facet] ?? [];
    list.push({ value: row.value, count: Number(row.count) });
    facets[row.facet] = list;
  }
  for (const [facet, list] of Object.entries(facets)) {
    list.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    facets[facet] = list.slice(0, maxValues);
  }
  const total = rows.filter((r) => r.facet === 'type').reduce((sum, r) => sum + Number(r.count), 0);
  return { facets, total };
}
