import { sql } from 'kysely';
import { insertRows, insertValues } from '../db/bulk-insert.ts';
import type { TDb } from '../db/database.ts';
import type { TDocumentAnalysis } from './analyser.ts';
import { AtomPostings, countHolders, filterSetOf, holdsAnyToken, type TAtom } from './atom-postings.ts';
import { isConceptToken } from './concept-lexicon.ts';
import { fieldTokens, joinedFields, type TIndexAnalysis, unpackAnalysis } from './document-analysis.ts';
import { DocumentStats } from './document-stats.ts';
import { FacetCounter } from './facet-counter.ts';
import { documentValues, facetTokens, headTokens, insertNewFacets, replaceFacets } from './index-rows.ts';
import { matchExpression, toFts5Match, wholeTokenAtoms } from './query-model.ts';
import { findBounded, surveyByWalks, type TMatcher } from './ranked-candidates.ts';
import { rankEveryMatch, type TFeatureMatcher, type TRelevanceOptions } from './relevance.ts';
import type { TSearchDocument, TSearchEngine } from './search-types.ts';

/**
 * SQLite: a contentless FTS5 table over our tokens, ranked by bm25 with column weights
 * title 10, summary 4, body 1, concepts 6 (the same ratios as the tsvector weights on PostgreSQL);
 * a fifth column holds the facet tokens (weight 0: they filter, never rank).
 *
 * Bounded work (docs/adr/0014-bounded-search.md; the flow is ranked-candidates.ts): every walk of
 * the match goes newest first and stops at a limit (FTS5 streams rowids in reverse order without
 * sorting), so bm25 runs on at most `rankCandidates` documents and facets are counted over at most
 * `facetCandidates`, whatever the number of matches.
 */
export const FTS5_WEIGHTS = { title: 10, summary: 4, body: 1, concepts: 6, facets: 0 } as const;
const BM25 = sql.raw(
  `bm25(search_fts, ${FTS5_WEIGHTS.title}, ${FTS5_WEIGHTS.summary}, ${FTS5_WEIGHTS.body}, ${FTS5_WEIGHTS.concepts}, ${FTS5_WEIGHTS.facets})`,
);
const VOCABULARY_LIMIT = 20_000;
const FTS_COLUMNS = ['rowid', 'title', 'summary', 'body', 'concepts', 'facets'] as const;

/** The engine's side of the bounded search (ranked-candidates.ts); exported for its tests. */
export function createFts5Matcher(db: TDb, facetCounter: FacetCounter): TMatcher<string> {
  // FTS5 walks rowids in reverse without sorting and stops at the limit: bm25 runs on these rows only.
  const newestMatches = async (expression: string, limit: number, isRanked: boolean) => {
    const rank = isRanked ? BM25 : sql`0`;
    const result = await sql<{ seq: number; rank: number }>`
      select rowid as seq, ${rank} as rank from search_fts where search_fts match ${expression}
      order by rowid desc limit ${limit}`.execute(db);
    return result.rows.map((r) => ({ seq: r.seq, score: -r.rank }));
  };
  const countMatches = async (expression: string, upTo: number) => {
    const result = await sql<{ n: number }>`
      select count(*) as n from (
        select rowid from search_fts where search_fts match ${expression} limit ${upTo}
      )`.execute(db);
    return Number(result.rows[0]?.n ?? 0);
  };
  return {
    countFacets: (seqs) => facetCounter.count(seqs),
    expression: (query, filterGroups) => matchExpression('fts5', query.match, filterGroups),
    ownWordsExpression: (query, filterGroups) =>
      matchExpression('fts5', query.match, filterGroups, true) ?? '',
    newestMatches,
    survey: (expression, request) => surveyByWalks({ newestMatches, countMatches }, expression, request),
  };
}

/** The engine's side of the ranking over every match (relevance.ts): one unranked lookup per feature. */
export function createFts5FeatureMatcher(
  db: TDb,
  facetCounter: FacetCounter,
  stats: DocumentStats,
  atoms: AtomPostings = new AtomPostings((list) => readFts5Atoms(db, list)),
): TFeatureMatcher {
  return {
    atomSets: (list) => atoms.get(list),
    stats: () => stats.fresh(),
    filterSet: (filterGroups) => filterSetOf(atoms, filterGroups),
    countFacets: (seqs) => facetCounter.count(seqs),
  };
}

export function createFts5Engine(db: TDb, bounds: TRelevanceOptions = {}): TSearchEngine {
  const facetCounter = new FacetCounter(db);
  const matcher = createFts5Matcher(db, facetCounter);
  const atoms = new AtomPostings((list) => readFts5Atoms(db, list));
  const stats = new DocumentStats(db, () => atoms.forgetAll());
  const features = createFts5FeatureMatcher(db, facetCounter, stats, atoms);

  async function write(trx: TDb, doc: TSearchDocument, analysis: TDocumentAnalysis): Promise<void> {
    const values = documentValues(doc, analysis.concepts);
    const existing = await trx
      .selectFrom('search_documents')
      .select('seq')
      .where('id', '=', doc.id)
      .executeTakeFirst();
    let seq: number;
    if (existing) {
      seq = existing.seq;
      await trx.updateTable('search_documents').set(values).where('seq', '=', seq).execute();
      await sql`delete from search_fts where rowid = ${seq}`.execute(trx);
    } else {
      const inserted = await trx
        .insertInto('search_documents')
        .values(values)
        .returning('seq')
        .executeTakeFirstOrThrow();
      seq = inserted.seq;
    }
    const { title, summary, body } = analysis.fields;
    const marks = [...facetTokens(doc), ...headTokens(analysis.fields)];
    await sql`insert into search_fts (rowid, title, summary, body, concepts, facets)
        values (${seq}, ${title.join(' ')}, ${summary.join(' ')}, ${body.join(' ')},
          ${analysis.conceptTokens.join(' ')}, ${marks.join(' ')})`.execute(trx);
    if (existing) atoms.changed();
    else atoms.inserted(new Set([...title, ...summary, ...body, ...analysis.conceptTokens, ...marks]));
    await replaceFacets(trx, seq, doc);
    await facetCounter.forget(trx, seq);
    stats.set(seq, analysis.concepts, doc.language);
  }

  return {
    write,

    /**
     * The same rows as `write` for each document, a statement per table for the whole batch: documents
     * already indexed go through `write` one by one; new ones get multi-row inserts, and their facet
     * totals move once per value.
     */
    async writeMany(trx, items) {
      if (items.length === 0) return;
      const { fresh, rewritten } = await splitByIndexed(trx, items);
      const seqOf = new Map<string, number>();
      const inserted = await insertRows(
        trx,
        'search_documents',
        fresh.map((i) => documentValues(i.doc, i.analysis.concepts)),
        ['seq', 'id'],
      );
      for (const row of inserted) seqOf.set(String(row.id), Number(row.seq));
      const written = fresh.map((i) => ({ ...i, seq: seqOf.get(i.doc.id) ?? 0 }));
      const marksOf: string[][] = [];
      const ftsRows = written.map(({ seq, doc, analysis }) => {
        const { title, summary, body, conceptTokens } = joinedFields(analysis);
        const heads = headTokens({
          title: fieldTokens(analysis, 'title'),
          summary: fieldTokens(analysis, 'summary'),
        });
        const marks = [...facetTokens(doc), ...heads];
        marksOf.push(marks);
        return [seq, title, summary, body, conceptTokens, marks.join(' ')];
      });
      await insertValues(trx, 'search_fts', FTS_COLUMNS, ftsRows);
      // Walked only when some word list is kept (never in a bulk import's own process).
      if (written.length > 0) atoms.inserted(distinctTokens(indexedLists(written, marksOf)));
      await insertNewFacets(trx, written);
      for (const { seq, doc, analysis } of written) {
        await facetCounter.forget(trx, seq);
        stats.set(seq, analysis.concepts, doc.language);
      }
      for (const { doc, analysis } of rewritten) await write(trx, doc, unpackAnalysis(analysis));
    },

    async remove(trx, id) {
      const existing = await trx
        .selectFrom('search_documents')
        .select('seq')
        .where('id', '=', id)
        .executeTakeFirst();
      if (!existing) return;
      await sql`delete from search_fts where rowid = ${existing.seq}`.execute(trx);
      atoms.changed();
      await replaceFacets(trx, existing.seq, undefined);
      await facetCounter.forget(trx, existing.seq);
      stats.forget(existing.seq);
      await trx.deleteFrom('search_documents').where('seq', '=', existing.seq).execute();
    },

    find(query) {
      if (query.match && query.sort === 'relevance') return rankEveryMatch(db, features, query, bounds);
      return findBounded(db, matcher, query, bounds);
    },

    holdsAnyToken: (tokens) => holdsAnyToken(atoms, tokens),
    countHolders: (tokens, alongWith) => countHolders(atoms, tokens, alongWith),

    async readAhead(query) {
      await atoms.get(wholeTokenAtoms(query));
    },

    async hasMatch(match) {
      const result =
        await sql`select 1 from search_fts where search_fts match ${toFts5Match(match.query, match.mode)} limit 1`.execute(
          db,
        );
      return result.rows.length > 0;
    },

    async vocabulary(prefix) {
      const result = await sql<{ term: string; docCount: number }>`
        select term, sum(doc) as "docCount" from search_fts_vocab
        where term >= ${prefix} and term < ${nextPrefix(prefix)} and col in ('title', 'summary')
        group by term
        limit ${VOCABULARY_LIMIT}`.execute(db);
      return result.rows.filter((r) => !isConceptToken(r.term));
    },
  };
}

/** Each written document's token lists (fields, concepts, marks), read only as they are walked. */
function* indexedLists(
  written: ReadonlyArray<{ analysis: TIndexAnalysis }>,
  marksOf: readonly string[][],
): Generator<readonly string[]> {
  for (const [i, { analysis }] of written.entries()) {
    yield fieldTokens(analysis, 'title');
    yield fieldTokens(analysis, 'summary');
    yield fieldTokens(analysis, 'body');
    yield fieldTokens(analysis, 'conceptTokens');
    yield marksOf[i] ?? [];
  }
}

/** Each token of the lists once, computed only as it is walked. */
export function* distinctTokens(lists: Iterable<readonly string[]>): Generator<string> {
  const seen = new Set<string>();
  for (const list of lists)
    for (const token of list) {
      if (seen.has(token)) continue;
      seen.add(token);
      yield token;
    }
}

/** A batch split by what the index already holds (see `splitNew`). */
export async function splitByIndexed<T extends { doc: { id: string } }>(
  trx: TDb,
  items: readonly T[],
): Promise<{ fresh: T[]; rewritten: T[] }> {
  const rows = await trx
    .selectFrom('search_documents')
    .select('id')
    .where(
      'id',
      'in',
      items.map((i) => i.doc.id),
    )
    .execute();
  return splitNew(items, new Set(rows.map((r) => r.id)));
}

/** Documents not yet indexed (each id once), and the rest (already indexed, or repeated in the batch). */
export function splitNew<T extends { doc: { id: string } }>(
  items: readonly T[],
  known: ReadonlySet<string>,
): { fresh: T[]; rewritten: T[] } {
  const seen = new Set(known);
  const fresh: T[] = [];
  const rewritten: T[] = [];
  for (const item of items) {
    if (seen.has(item.doc.id)) rewritten.push(item);
    else {
      seen.add(item.doc.id);
      fresh.push(item);
    }
  }
  return { fresh, rewritten };
}

/** Every document holding each token (or a token starting with each prefix), for atom-postings.ts. */
export async function readFts5Atoms(db: TDb, atoms: readonly TAtom[]): Promise<Int32Array[]> {
  const lists: Int32Array[] = [];
  for (const atom of atoms) {
    const quoted = `"${atom.token.replaceAll('"', '""')}"${atom.isPrefix ? '*' : ''}`;
    const result = await sql<{ seqs: string | null }>`
      select group_concat(rowid) as seqs from search_fts where search_fts match ${quoted}`.execute(db);
    lists.push(seqList(result.rows[0]?.seqs ?? ''));
  }
  return lists;
}

/** The smallest string after every string that starts with `prefix` (for a range scan). */
export function nextPrefix(prefix: string): string {
  const chars = [...prefix];
  const last = chars.pop() ?? '';
  return chars.join('') + String.fromCodePoint((last.codePointAt(0) ?? 0) + 1);
}

/**
 * "12,7,300" → [12, 7, 300], read digit by digit into one typed array (a list of 100,000 seqs makes no
 * 100,000 strings, nor an array of numbers to copy): at most one seq per two characters, cut to length.
 */
export function seqList(text: string): Int32Array {
  const seqs = new Int32Array((text.length + 1) >> 1);
  let length = 0;
  let value = 0;
  let hasDigits = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      value = value * 10 + (code - 48);
      hasDigits = true;
    } else {
      if (hasDigits) seqs[length++] = value;
      value = 0;
      hasDigits = false;
    }
  }
  if (hasDigits) seqs[length++] = value;
  return length === seqs.length ? seqs : seqs.slice(0, length);
}
