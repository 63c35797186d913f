import { type RawBuilder, sql } from 'kysely';
import type { TDb } from '../db/database.ts';
import { rowsJson } from '../db/pg-json-rows.ts';
import type { TDocumentAnalysis } from './analyser.ts';
import { AtomPostings, countHolders, filterSetOf, holdsAnyToken, type TAtom } from './atom-postings.ts';
import { isConceptToken } from './concept-lexicon.ts';
import { unpackAnalysis } from './document-analysis.ts';
import { DocumentStats } from './document-stats.ts';
import { FacetCounter } from './facet-counter.ts';
import { distinctTokens, nextPrefix, splitByIndexed } from './fts5-index.ts';
import { documentValues, facetTokens, headTokens, insertNewFacets, replaceFacets } from './index-rows.ts';
import { matchExpression, toTsquery, wholeTokenAtoms } from './query-model.ts';
import { findBounded, type TMatcher } from './ranked-candidates.ts';
import { rankEveryMatch, type TFeatureMatcher, type TRelevanceOptions } from './relevance.ts';
import type { TSearchDocument, TSearchEngine } from './search-types.ts';
import { inBitmapPlan, rankOf, surveyTsvector } from './tsvector-survey.ts';

/**
 * PostgreSQL: tsvector columns built from our tokens (literals cast with ::tsvector, so no text search
 * configuration parses or stems them again), weights A title, B concepts, C summary, D body, ranked by
 * ts_rank_cd with weights {D 0.1, C 0.4, B 0.6, A 1.0} — the ratios of the FTS5 bm25 weights — and
 * normalisation 1 (divide by 1 + log of the document length). ts_rank_cd has no IDF, which on SQLite
 * makes a query's own (rarer) words outweigh the (broad) concept tokens; so on both engines, when a
 * query names concepts, documents containing its words rank first, then those found only through a
 * concept, and the two engines agree on the top results. Facet values are lexemes without positions
 * in both vectors, so a filter is part of the GIN match.
 *
 * The vectors live in search_vectors (seq, tsv), a narrow table of their own (0011; the text stays in
 * search_documents), and every match is found through a bitmap of the GIN index, never by testing rows
 * one by one (inBitmapPlan). A search's first look is one statement (survey): the matching seqs once,
 * the newest 1,000 of them, the newest 250 ranked (ts_rank_cd reads only their vectors), the total
 * counted to 10,000 (docs/adr/0014-bounded-search.md, docs/adr/0015-narrow-search-vectors.md).
 */
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_TOKEN = 255;
const VOCABULARY_LIMIT = 20_000;

/** A tsvector literal with positions: "'zlobk':1,7 'krakow':2". */
export function tsvectorLiteral(tokens: readonly string[]): string {
  const positions = new Map<string, number[]>();
  tokens.forEach((token, i) => {
    const list = positions.get(token) ?? [];
    if (list.length < MAX_POSITIONS_PER_TOKEN) list.push(Math.min(i + 1, MAX_POSITION));
    positions.set(token, list);
  });
  const parts: string[] = [];
  for (const [token, list] of positions) parts.push(`${quoteLexeme(token)}:${[...new Set(list)].join(',')}`);
  return parts.join(' ');
}

function quoteLexeme(token: string): string {
  return `'${token.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}

/** The engine's side of the bounded search (ranked-candidates.ts); exported for its tests. */
export function createTsvectorMatcher(db: TDb, facetCounter: FacetCounter): TMatcher<string> {
  return {
    countFacets: (seqs) => facetCounter.count(seqs),
    expression: (query, filterGroups) => matchExpression('tsquery', query.match, filterGroups),
    ownWordsExpression: (query, filterGroups) =>
      matchExpression('tsquery', query.match, filterGroups, true) ?? '',
    async newestMatches(expression, limit, isRanked) {
      const result = await inBitmapPlan(db, (trx) =>
        sql<{ seq: number; score: number }>`
          with newest as materialized (
            select seq from search_vectors where tsv @@ ${expression}::tsquery order by seq desc limit ${limit}
          )
          select n.seq, ${isRanked ? rankOf(expression) : sql`0`} as score
          from newest n join search_vectors v on v.seq = n.seq
          order by n.seq desc`.execute(trx),
      );
      return result.rows.map((r) => ({ seq: r.seq, score: Number(r.score) }));
    },
    survey: (expression, request) => surveyTsvector(db, expression, request),
  };
}

/**
 * The engine's side of the ranking over every match (relevance.ts): every feature's lookup in one
 * statement through the GIN index (plain lexemes: no vector is read), each set aggregated to one array.
 */
export function createTsvectorFeatureMatcher(
  db: TDb,
  facetCounter: FacetCounter,
  stats: DocumentStats,
  atoms: AtomPostings = new AtomPostings((list) => readTsvectorAtoms(db, list)),
): TFeatureMatcher {
  return {
    atomSets: (list) => atoms.get(list),
    stats: () => stats.fresh(),
    filterSet: (filterGroups) => filterSetOf(atoms, filterGroups),
    countFacets: (seqs) => facetCounter.count(seqs),
  };
}

export function createTsvectorEngine(db: TDb, bounds: TRelevanceOptions = {}): TSearchEngine {
  const facetCounter = new FacetCounter(db);
  const matcher = createTsvectorMatcher(db, facetCounter);
  const atoms = new AtomPostings((list) => readTsvectorAtoms(db, list));
  const stats = new DocumentStats(db, () => atoms.forgetAll());
  const features = createTsvectorFeatureMatcher(db, facetCounter, stats, atoms);

  async function write(trx: TDb, doc: TSearchDocument, analysis: TDocumentAnalysis): Promise<void> {
    const { headTerms, ...p } = vectorParts(doc, analysis);
    const [t, c, s, b, f, h] = [p.title, p.concepts, p.summary, p.body, p.facets, p.heads];
    const { title, summary, body } = analysis.fields;
    const old = await sql<{ terms: string[] }>`
        select tsvector_to_array(tsv_head) as terms from search_documents where id = ${doc.id} for update`.execute(
      trx,
    );
    const v = documentValues(doc, analysis.concepts);
    const saved = await sql<{ seq: number }>`
        insert into search_documents (id, type, slug, language, title, summary, body, published_at, concepts,
          concept_count, concept_ids, places, tsv_head)
        values (${v.id}, ${v.type}, ${v.slug}, ${v.language}, ${v.title}, ${v.summary}, ${v.body}, ${v.published_at},
          ${v.concepts}, ${v.concept_count}, ${v.concept_ids}, ${v.places}, ${headVector(t, c, s, f)})
        on conflict (id) do update set type = excluded.type, slug = excluded.slug, language = excluded.language,
          title = excluded.title, summary = excluded.summary, body = excluded.body,
          published_at = excluded.published_at, concepts = excluded.concepts,
          concept_count = excluded.concept_count, concept_ids = excluded.concept_ids, places = excluded.places,
          tsv_head = excluded.tsv_head
        returning seq`.execute(trx);
    await updateTermCounts(trx, old.rows[0]?.terms ?? [], headTerms);
    if (old.rows.length > 0) atoms.changed();
    else
      atoms.inserted(
        new Set([
          ...title,
          ...summary,
          ...body,
          ...analysis.conceptTokens,
          ...facetTokens(doc),
          ...headTokens(analysis.fields),
        ]),
      );
    const seq = saved.rows[0]?.seq;
    if (seq !== undefined) {
      await sql`
          insert into search_vectors (seq, tsv) values (${seq}, ${wholeVector(t, c, s, b, f, h)})
          on conflict (seq) do update set tsv = excluded.tsv`.execute(trx);
      await replaceFacets(trx, seq, doc);
      await facetCounter.forget(trx, seq);
      stats.set(seq, analysis.concepts, doc.language);
    }
  }

  return {
    write,

    /**
     * The same rows as `write` for each document, a statement per table for the whole batch: documents
     * already indexed go through `write` one by one; new ones get multi-row inserts, and the term and
     * facet totals move once per term and value.
     */
    async writeMany(trx, given) {
      if (given.length === 0) return;
      const items = given.map(({ doc, analysis }) => ({ doc, analysis: unpackAnalysis(analysis) }));
      const { fresh, rewritten } = await splitByIndexed(trx, items);
      const parts = new Map(fresh.map((i) => [i.doc.id, vectorParts(i.doc, i.analysis)]));
      const partsOf = (id: string) => {
        const p = parts.get(id);
        if (!p) throw new Error('vector parts missing');
        return p;
      };
      const seqOf = new Map<string, number>();
      // One statement for the batch, its rows as one JSON parameter (issue 12); `n` keeps the seqs in the
      // batch's order, as a multi-row VALUES did.
      const documents = fresh.map(({ doc, analysis }, n) => {
        const p = partsOf(doc.id);
        const v = documentValues(doc, analysis.concepts);
        return { ...v, n, t: p.title, c: p.concepts, s: p.summary, f: p.facets };
      });
      if (documents.length > 0) {
        const saved = await sql<{ seq: number; id: string }>`
          insert into search_documents (id, type, slug, language, title, summary, body, published_at, concepts,
            concept_count, concept_ids, places, tsv_head)
          select id, type, slug, language, title, summary, body, published_at, concepts, concept_count, concept_ids,
            places, ${headVector(sql.ref('r.t'), sql.ref('r.c'), sql.ref('r.s'), sql.ref('r.f'))}
          from json_to_recordset(${rowsJson(documents)}::json) as r(n int, id text, type text, slug text,
            language text, title text, summary text, body text, published_at text, concepts text, concept_count int,
            concept_ids text, places text, t text, c text, s text, f text)
          order by n
          returning seq, id`.execute(trx);
        for (const row of saved.rows) seqOf.set(row.id, row.seq);
      }
      const written = fresh.map((i) => ({ ...i, seq: seqOf.get(i.doc.id) ?? 0 }));
      const terms = new Map<string, number>();
      for (const { doc } of written)
        for (const term of parts.get(doc.id)?.headTerms ?? []) terms.set(term, (terms.get(term) ?? 0) + 1);
      await moveTermCounts(trx, terms);
      // Walked only when some word list is kept (never in a bulk import's own process).
      if (written.length > 0)
        atoms.inserted(
          distinctTokens(
            written.flatMap(({ doc, analysis }) => [
              analysis.fields.title,
              analysis.fields.summary,
              analysis.fields.body,
              analysis.conceptTokens,
              facetTokens(doc),
              headTokens(analysis.fields),
            ]),
          ),
        );
      if (written.length > 0) {
        const vectors = written.map(({ seq, doc }) => {
          const p = partsOf(doc.id);
          return { seq, t: p.title, c: p.concepts, s: p.summary, b: p.body, f: p.facets, h: p.heads };
        });
        const r = (column: string) => sql.ref(`r.${column}`);
        await sql`insert into search_vectors (seq, tsv)
          select seq, ${wholeVector(r('t'), r('c'), r('s'), r('b'), r('f'), r('h'))}
          from json_to_recordset(${rowsJson(vectors)}::json) as r(seq int, t text, c text, s text, b text, f text,
            h text)
          on conflict (seq) do update set tsv = excluded.tsv`.execute(trx);
      }
      await insertNewFacets(trx, written);
      await facetCounter.forgetMany(
        trx,
        written.map((w) => w.seq),
      );
      for (const { seq, doc, analysis } of written) stats.set(seq, analysis.concepts, doc.language);
      for (const { doc, analysis } of rewritten) await write(trx, doc, analysis);
    },

    async remove(trx, id) {
      const existing = await trx
        .selectFrom('search_documents')
        .select('seq')
        .where('id', '=', id)
        .executeTakeFirst();
      if (existing) {
        atoms.changed();
        await replaceFacets(trx, existing.seq, undefined);
        await facetCounter.forget(trx, existing.seq);
        stats.forget(existing.seq);
      }
      const old = await sql<{ terms: string[] }>`
        delete from search_documents where id = ${id} returning tsvector_to_array(tsv_head) as terms`.execute(
        trx,
      );
      await updateTermCounts(trx, old.rows[0]?.terms ?? [], []);
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
      const result = await inBitmapPlan(db, (trx) =>
        sql`
          select 1 from search_vectors where tsv @@ ${toTsquery(match.query, match.mode)}::tsquery limit 1`.execute(
          trx,
        ),
      );
      return result.rows.length > 0;
    },

    async vocabulary(prefix) {
      const result = await sql<{ term: string; docCount: number }>`
        select term, doc_count as "docCount" from search_terms
        where term >= ${prefix} and term < ${nextPrefix(prefix)} and doc_count > 0
        limit ${VOCABULARY_LIMIT}`.execute(db);
      return result.rows;
    },
  };
}

/** A document's vectors as tsvector literals (title, concepts, summary, body, facets, head markers). */
function vectorParts(doc: TSearchDocument, analysis: TDocumentAnalysis) {
  const { title, summary, body } = analysis.fields;
  return {
    headTerms: [...new Set([...title, ...summary])].filter((t) => !isConceptToken(t)),
    title: tsvectorLiteral(title),
    concepts: tsvectorLiteral(analysis.conceptTokens),
    summary: tsvectorLiteral(summary),
    body: tsvectorLiteral(body),
    facets: facetTokens(doc).map(quoteLexeme).join(' '),
    heads: headTokens(analysis.fields).map(quoteLexeme).join(' '),
  };
}

/** A vector's part in a statement: its literal (a parameter) or a column holding it. */
type TVectorPart = string | RawBuilder<unknown>;

/** search_documents.tsv_head from its parts' literals: title A, concepts B, summary C, facets. */
function headVector(t: TVectorPart, c: TVectorPart, s: TVectorPart, f: TVectorPart) {
  return sql`setweight(${t}::tsvector, 'A') || setweight(${c}::tsvector, 'B') || setweight(${s}::tsvector, 'C') || ${f}::tsvector`;
}

/** search_vectors.tsv: the head's parts, the body (D) between summary and facets, and the head markers. */
function wholeVector(
  t: TVectorPart,
  c: TVectorPart,
  s: TVectorPart,
  b: TVectorPart,
  f: TVectorPart,
  h: TVectorPart,
) {
  return sql`setweight(${t}::tsvector, 'A') || setweight(${c}::tsvector, 'B') || setweight(${s}::tsvector, 'C') || setweight(${b}::tsvector, 'D') || ${f}::tsvector || ${h}::tsvector`;
}

/**
 * Every document holding each token (or a token starting with each prefix), for atom-postings.ts. Each
 * list comes back as one bytea of 4-byte big-endian seqs, unsorted (atom-postings sorts a list that is
 * not ascending): an int[] of 25,000 seqs took ~22 ms of this process's CPU to parse from its text form,
 * the bytea ~5 ms, and the server no longer sorts it (a common word's read: ~80 → ~33 ms, busy machine).
 */
export async function readTsvectorAtoms(db: TDb, atoms: readonly TAtom[]): Promise<Int32Array[]> {
  if (atoms.length === 0) return [];
  const lookups = sql.join(
    atoms.map((atom, k) => {
      const lexeme = quoteLexeme(atom.token) + (atom.isPrefix ? ':*' : '');
      return sql`select ${k}::int as k, seq from search_vectors where tsv @@ ${lexeme}::tsquery`;
    }),
    sql` union all `,
  );
  const result = await inBitmapPlan(db, (trx) =>
    sql<{ k: number; seqs: Buffer }>`
      select k, string_agg(int4send(seq), '') as seqs from (${lookups}) found group by k`.execute(trx),
  );
  const lists: Int32Array[] = atoms.map(() => new Int32Array(0));
  for (const row of result.rows) lists[row.k] = seqsOfBytes(row.seqs);
  return lists;
}

/** 4-byte big-endian integers, as int4send writes them, into a list. */
export function seqsOfBytes(bytes: Uint8Array): Int32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const seqs = new Int32Array(bytes.byteLength >> 2);
  for (let i = 0; i < seqs.length; i += 1) seqs[i] = view.getInt32(i * 4);
  return seqs;
}

/**
 * Keeps search_terms (title and summary vocabulary, document counts) in step: one statement with the
 * changed terms only, in sorted order so concurrent writers lock rows in the same order.
 */
async function updateTermCounts(
  trx: TDb,
  before: readonly string[],
  after: readonly string[],
): Promise<void> {
  const delta = new Map<string, number>();
  for (const term of new Set(before)) if (!isConceptToken(term)) delta.set(term, -1);
  for (const term of new Set(after)) delta.set(term, (delta.get(term) ?? 0) + 1);
  await moveTermCounts(trx, delta);
}

/** Moves each term's document count by its delta, one statement, terms in sorted order. */
async function moveTermCounts(trx: TDb, delta: ReadonlyMap<string, number>): Promise<void> {
  const changed = [...delta].filter(([, d]) => d !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (changed.length === 0) return;
  await sql`
    insert into search_terms (term, doc_count)
    select term, delta from unnest(${changed.map(([t]) => t)}::text[], ${changed.map(([, d]) => d)}::int[]) as c(term, delta)
    order by term
    on conflict (term) do update set doc_count = search_terms.doc_count + excluded.doc_count`.execute(trx);
}
