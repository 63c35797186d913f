import type { TDb } from '../db/database.ts';
import type { TAnalyser } from './analyser.ts';
import { analyseSearchText } from './document-analysis.ts';
import type { TSearchDocument, TSearchEngine } from './search-types.ts';

const BATCH = 500;
/** Facets whose values are concept ids (documents indexed before 0007 did not keep their concepts). */
const CONCEPT_FACETS = new Set(['theme', 'population', 'five_r', 'sdg_target']);

/** search_state keys: a migration's request ("required"), and the fingerprint the index was analysed by. */
const REBUILD_KEY = 'rebuild';
const ANALYSER_KEY = 'analyser';

/**
 * Rebuilds the engine's index from search_documents and search_facets, batch by batch in seq order,
 * when a migration asks for it (search_state "rebuild") or when the analyser's fingerprint is not the
 * one the index was analysed by (search_state "analyser", ADR 0126: a lexicon, place name, stop word,
 * stemmer or code change); then clears the request and keeps the fingerprint. An empty index only keeps
 * the fingerprint. Safe to interrupt: both stay as they were until every document is done, and
 * re-writing a document is idempotent.
 */
export async function rebuildIfRequired(
  db: TDb,
  engine: TSearchEngine,
  analyser: TAnalyser,
  onProgress?: (done: number) => void,
): Promise<number> {
  const state = await db
    .selectFrom('search_state')
    .select(['key', 'value'])
    .where('key', 'in', [REBUILD_KEY, ANALYSER_KEY])
    .execute();
  const isRequested = state.some((s) => s.key === REBUILD_KEY && s.value === 'required');
  const fingerprint = analyser.fingerprint;
  const isStale =
    fingerprint !== undefined && state.find((s) => s.key === ANALYSER_KEY)?.value !== fingerprint;
  if (!isRequested && !isStale) return 0;
  let done = 0;
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('search_documents')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) break;
    const facets = await db
      .selectFrom('search_facets')
      .select(['seq', 'facet', 'value'])
      .where(
        'seq',
        'in',
        rows.map((r) => r.seq),
      )
      .execute();
    await db.transaction().execute(async (trx) => {
      for (const row of rows) {
        const own = facets.filter((f) => f.seq === row.seq);
        const kept = JSON.parse(row.concepts) as string[];
        const concepts =
          kept.length > 0
            ? kept
            : own.flatMap((f) =>
                CONCEPT_FACETS.has(f.facet)
                  ? [f.value]
                  : f.facet === 'country'
                    ? [`country:${f.value.toLowerCase()}`]
                    : [],
              );
        const doc: TSearchDocument = {
          id: row.id,
          type: row.type,
          slug: row.slug,
          language: row.language,
          title: row.title,
          summary: row.summary,
          body: row.body,
          publishedAt: row.published_at,
          facets: own.map(({ facet, value }) => ({ facet, value })),
          concepts,
          places: JSON.parse(row.places) as string[],
        };
        // The same analysis as when the document was first written (analyseSearchText).
        const analysis = analyseSearchText(analyser, doc);
        await engine.write(trx, doc, analysis);
      }
    });
    done += rows.length;
    after = rows[rows.length - 1]?.seq ?? after;
    onProgress?.(done);
  }
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('search_state').where('key', '=', REBUILD_KEY).execute();
    if (fingerprint === undefined) return;
    await trx
      .insertInto('search_state')
      .values({ key: ANALYSER_KEY, value: fingerprint })
      .onConflict((c) => c.column('key').doUpdateSet({ value: fingerprint }))
      .execute();
  });
  return done;
}
