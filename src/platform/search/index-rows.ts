import { sql } from 'kysely';
import { insertRows } from '../db/bulk-insert.ts';
import type { TDb } from '../db/database.ts';
import type { TEngineQuery, TSearchDocument } from './search-types.ts';

/** Parts both engines share: the document row, its facet rows and tokens, facet totals, and counting. */

export function documentValues(doc: TSearchDocument, conceptIds: readonly string[]) {
  return {
    id: doc.id,
    type: doc.type,
    slug: doc.slug,
    language: doc.language,
    title: doc.title,
    summary: doc.summary,
    body: doc.body,
    published_at: doc.publishedAt,
    concepts: JSON.stringify([...(doc.concepts ?? [])]),
    concept_count: conceptIds.length,
    concept_ids: JSON.stringify(conceptIds),
    places: JSON.stringify([...(doc.places ?? [])]),
  };
}

/** The document's facets, unique, with "type" and "language" always present (total counts rely on it). */
export function facetPairs(doc: TSearchDocument): Array<{ facet: string; value: string }> {
  const seen = new Set<string>();
  const pairs: Array<{ facet: string; value: string }> = [];
  const add = (facet: string, value: string) => {
    const key = `${facet}\u0000${value}`;
    if (seen.has(key) || facet === '' || value === '') return;
    seen.add(key);
    pairs.push({ facet, value });
  };
  add('type', doc.type);
  add('language', doc.language);
  for (const { facet, value } of doc.facets) if (facet !== 'type' && facet !== 'language') add(facet, value);
  return pairs;
}

/**
 * The index token of a facet value: "f·<facet>·<value>", both hex-encoded UTF-8 so that any value
 * (a code, "theme:early_childhood", a year) is one token to either engine's tokenizer, and no word a
 * person types can ever produce it. The "·" makes it a marker token, kept out of "did you mean".
 */
export function facetToken(facet: string, value: string): string {
  return `f·${Buffer.from(facet, 'utf8').toString('hex')}·${Buffer.from(value, 'utf8').toString('hex')}`;
}

export function facetTokens(doc: TSearchDocument): string[] {
  return facetPairs(doc).map((p) => facetToken(p.facet, p.value));
}

/**
 * The marker of a word in a record's title or summary: "h·<token>". Both engines then answer "which
 * records hold this word in their head" as a plain term lookup (no column filter on FTS5, no weight
 * recheck on PostgreSQL), the same way, so the two rank alike (docs/adr/0022-rank-every-match.md).
 */
export function headToken(token: string): string {
  return `h·${token}`;
}

/** The distinct head markers of an analysed record's title and summary. */
export function headTokens(fields: { title: readonly string[]; summary: readonly string[] }): string[] {
  return [...new Set([...fields.title, ...fields.summary])].map(headToken);
}

/** Filters as token alternatives: values of one facet are OR-ed, facets are AND-ed. */
export function filterTokenGroups(filters: TEngineQuery['filters']): string[][] {
  return filters
    .filter(([, values]) => values.length > 0)
    .map(([facet, values]) => [...new Set(values)].map((value) => facetToken(facet, value)));
}

/** Replaces a document's facet rows and moves the whole-index totals by the difference. */
export async function replaceFacets(db: TDb, seq: number, doc: TSearchDocument | undefined): Promise<void> {
  const before = await db
    .selectFrom('search_facets')
    .select(['facet', 'value'])
    .where('seq', '=', seq)
    .execute();
  const after = doc ? facetPairs(doc) : [];
  const key = (p: { facet: string; value: string }) => `${p.facet}\u0000${p.value}`;
  const kept = new Set(after.map(key));
  const old = new Set(before.map(key));
  const removed = before.filter((p) => !kept.has(key(p)));
  const added = after.filter((p) => !old.has(key(p)));
  if (removed.length > 0) {
    await db
      .deleteFrom('search_facets')
      .where('seq', '=', seq)
      .where((eb) =>
        eb.or(removed.map((p) => eb.and([eb('facet', '=', p.facet), eb('value', '=', p.value)]))),
      )
      .execute();
  }
  if (added.length > 0) {
    await db
      .insertInto('search_facets')
      .values(added.map((p) => ({ seq, ...p })))
      .execute();
  }
  await moveFacetTotals(db, [
    ...removed.map((p) => ({ ...p, delta: -1 })),
    ...added.map((p) => ({ ...p, delta: 1 })),
  ]);
}

/**
 * The facet rows of documents written for the first time (the bulk import's batch: no rows to
 * compare with), and the totals moved once per value for the whole batch, not once per document.
 */
export async function insertNewFacets(
  db: TDb,
  written: ReadonlyArray<{ seq: number; doc: TSearchDocument }>,
): Promise<void> {
  const rows: Array<{ seq: number; facet: string; value: string }> = [];
  const totals = new Map<string, { facet: string; value: string; delta: number }>();
  for (const { seq, doc } of written) {
    for (const p of facetPairs(doc)) {
      rows.push({ seq, ...p });
      const key = `${p.facet}\u0000${p.value}`;
      const total = totals.get(key);
      if (total) total.delta += 1;
      else totals.set(key, { ...p, delta: 1 });
    }
  }
  await insertRows(db, 'search_facets', rows);
  await moveFacetTotals(db, [...totals.values()]);
}

/** One statement for every changed value, in a stable order so concurrent writers lock rows alike. */
async function moveFacetTotals(
  db: TDb,
  changes: Array<{ facet: string; value: string; delta: number }>,
): Promise<void> {
  if (changes.length === 0) return;
  const sorted = [...changes].sort((a, b) =>
    a.facet === b.facet ? (a.value < b.value ? -1 : 1) : a.facet < b.facet ? -1 : 1,
  );
  await db
    .insertInto('search_facet_totals')
    .values(sorted.map((c) => ({ facet: c.facet, value: c.value, count: c.delta })))
    .onConflict((oc) =>
      oc.columns(['facet', 'value']).doUpdateSet({ count: sql`search_facet_totals.count + excluded.count` }),
    )
    .execute();
}

export type TFacetCountRow = { facet: string; value: string; count: number };

/** Facet counts over the whole index (the unfiltered browse view), kept up to date on every write. */
export async function facetTotals(db: TDb): Promise<TFacetCountRow[]> {
  return db
    .selectFrom('search_facet_totals')
    .select(['facet', 'value', 'count'])
    .where('count', '>', 0)
    .execute();
}

/** Groups counts per facet, most frequent first. */
export function groupFacetCounts(rows: TFacetCountRow[], maxValues = 100) {
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
  return facets;
}
