import { sql } from 'kysely';
import type { TDb } from '../db/database.ts';
import type { TScored, TSurvey, TSurveyRequest } from './ranked-candidates.ts';

/**
 * PostgreSQL's first look at a query's matches (docs/adr/0015-narrow-search-vectors.md): the newest
 * `newest` matches by seq, the newest `ranked` of them scored, the total counted to `upTo`, all through
 * the GIN index over the narrow search_vectors table.
 */

/** ts_rank_cd weights {D body, C summary, B concepts, A title}: the ratios of the FTS5 bm25 weights. */
export const TSVECTOR_RANK_WEIGHTS = '{0.1,0.4,0.6,1.0}';
/** A query without filters looks first among the newest (this × `newest`) documents. */
const RECENT_WINDOW = 8;

/** ts_rank_cd with our weights and normalisation 1 (divide by 1 + log of the document length). */
export function rankOf(expression: string) {
  return sql`ts_rank_cd(${TSVECTOR_RANK_WEIGHTS}::float4[], v.tsv, ${expression}::tsquery, 1)`;
}

/**
 * Runs a match through the GIN index only. The planner otherwise may walk an index in order (or scan
 * the table) and test each row's vector, which it prices as cheap but which reads and decompresses the
 * vector from TOAST row by row: hundreds of milliseconds for a common word at 100,000 documents. With
 * index and sequential scans off for the transaction, a bitmap of the GIN index finds every match from
 * the index alone (no recheck for plain lexeme and prefix queries), and the heap visit reads narrow keys.
 */
export function inBitmapPlan<T>(db: TDb, run: (trx: TDb) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`set local enable_seqscan = off`.execute(trx);
    await sql`set local enable_indexscan = off`.execute(trx);
    return run(trx);
  });
}

export async function surveyTsvector(db: TDb, expression: string, request: TSurveyRequest): Promise<TSurvey> {
  if (!request.isNarrowed) {
    const recent = await surveyRecent(db, expression, request);
    if (recent) return recent;
  }
  return surveyAll(db, expression, request);
}

/** The newest `ranked` of the `newest` CTE, scored (materialised, so it is computed once). */
function rankedNewest(expression: string, request: TSurveyRequest) {
  return sql`ranked as materialized (
    select v.seq, ${rankOf(expression)} as score
    from (select seq from newest order by seq desc limit ${request.ranked}) r
    join search_vectors v on v.seq = r.seq
  )`;
}

type TSurveyRow = { seq: number; score: number | null };

function toSurvey(rows: TSurveyRow[], request: TSurveyRequest, total: number): TSurvey {
  const ranked = rows.flatMap((r): TScored[] =>
    r.score === null ? [] : [{ seq: r.seq, score: Number(r.score) }],
  );
  return { newest: rows.map((r) => r.seq), ranked: request.ranked > 0 ? ranked : undefined, total };
}

/**
 * A common query (no filters) usually has its newest matches among the newest documents. One pass over
 * the GIN bitmap counts every match and keeps only the seqs in that window of newest documents, so a
 * few thousand keys are sorted instead of every match. Undefined when the window holds fewer than
 * `newest` of them and there are more elsewhere (then every match is surveyed).
 */
async function surveyRecent(
  db: TDb,
  expression: string,
  request: TSurveyRequest,
): Promise<TSurvey | undefined> {
  const top = await sql<{ top: number | null }>`select max(seq) as top from search_vectors`.execute(db);
  const after = Number(top.rows[0]?.top ?? 0) - request.newest * RECENT_WINDOW;
  if (after <= 0) return undefined;
  const found = await inBitmapPlan(db, (trx) =>
    sql<{ seq: number | null; score: number | null; total: number }>`
      with scan as materialized (
        select count(*)::int as total, array_agg(seq) filter (where seq > ${after}) as recent
        from search_vectors where tsv @@ ${expression}::tsquery
      ),
      newest as materialized (
        select r.seq from scan, unnest(scan.recent) as r(seq) order by r.seq desc limit ${request.newest}
      ),
      ${rankedNewest(expression, request)}
      select n.seq, r.score, s.total
      from scan s left join newest n on true left join ranked r on r.seq = n.seq
      order by n.seq desc`.execute(trx),
  );
  // One row at least (the total), with a null seq when the window holds no match.
  const total = Number(found.rows[0]?.total ?? 0);
  const rows = found.rows.filter((r): r is TSurveyRow & { total: number } => r.seq !== null);
  if (rows.length < request.newest && rows.length < total) return undefined;
  return toSurvey(rows, request, Math.min(total, request.upTo));
}

/** Every match's seq kept once (narrow keys), then counted, the newest picked and the newest ranked. */
async function surveyAll(db: TDb, expression: string, request: TSurveyRequest): Promise<TSurvey> {
  const result = await inBitmapPlan(db, (trx) =>
    sql<TSurveyRow & { total: number }>`
      with matches as materialized (
        select seq from search_vectors where tsv @@ ${expression}::tsquery
      ),
      newest as materialized (
        select seq from matches order by seq desc limit ${request.newest}
      ),
      ${rankedNewest(expression, request)}
      select n.seq, r.score,
        (select count(*) from (select 1 from matches limit ${request.upTo}) c)::int as total
      from newest n left join ranked r on r.seq = n.seq
      order by n.seq desc`.execute(trx),
  );
  return toSurvey(result.rows, request, Number(result.rows[0]?.total ?? 0));
}
