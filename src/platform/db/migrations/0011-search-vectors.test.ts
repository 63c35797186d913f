import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { TEST_CORPUS, TEST_LEXICON } from '../../../../test/support/search-fixtures.ts';
import {
  createTestDatabase,
  type TTestDatabase,
  testDialect,
} from '../../../../test/support/test-database.ts';
import { createAnalyser } from '../../search/analyser.ts';
import { createConceptLexicon } from '../../search/concept-lexicon.ts';
import { facetTokens } from '../../search/index-rows.ts';
import { createSearchIndex } from '../../search/search-index.ts';
import { tsvectorLiteral } from '../../search/tsvector-index.ts';
import { migrateTo, migrateToLatest } from '../migrator.ts';

/**
 * The upgrade through 0011-search-vectors on a database that already holds an index: on PostgreSQL
 * the vectors move out of search_documents into search_vectors and stay searchable; on SQLite
 * nothing changes and the FTS5 index is still found.
 */
describe(`0011-search-vectors upgrade on ${testDialect}`, () => {
  let t: TTestDatabase;
  const analyser = createAnalyser({ lexicon: createConceptLexicon(TEST_LEXICON) });
  const partnership = TEST_CORPUS.find((d) => d.id === 'pl-partnership');

  before(async () => {
    t = await createTestDatabase();
    await migrateTo(t.handle.db, '0010-commitments-accountability');
  });
  after(async () => {
    await t.drop();
  });

  it('keeps every indexed document searchable', async () => {
    assert.ok(partnership);
    const db = t.handle.db;
    if (testDialect === 'postgres') {
      // A document indexed the 0010 way: its vectors in search_documents.
      const a = analyser.analyseDocument({ ...partnership, concepts: [] });
      const vector = (tokens: string[], weight: string) =>
        sql`setweight(${tsvectorLiteral(tokens)}::tsvector, ${sql.raw(`'${weight}'`)})`;
      const facets = sql`${facetTokens(partnership)
        .map((f) => `'${f}'`)
        .join(' ')}::tsvector`;
      await sql`
        insert into search_documents (id, type, slug, language, title, summary, body, published_at, tsv, tsv_head)
        values (${partnership.id}, ${partnership.type}, ${partnership.slug}, ${partnership.language},
          ${partnership.title}, ${partnership.summary}, ${partnership.body}, ${partnership.publishedAt},
          ${vector(a.fields.title, 'A')} || ${vector(a.conceptTokens, 'B')} || ${vector(a.fields.summary, 'C')}
            || ${vector(a.fields.body, 'D')} || ${facets},
          ${vector(a.fields.title, 'A')} || ${facets})`.execute(db);
    } else {
      // A document indexed the 0010 way (today's writer needs later columns).
      const a = analyser.analyseDocument({ ...partnership, concepts: [] });
      const saved = await sql<{ seq: number }>`
        insert into search_documents (id, type, slug, language, title, summary, body, published_at)
        values (${partnership.id}, ${partnership.type}, ${partnership.slug}, ${partnership.language},
          ${partnership.title}, ${partnership.summary}, ${partnership.body}, ${partnership.publishedAt})
        returning seq`.execute(db);
      await sql`insert into search_fts (rowid, title, summary, body, concepts, facets)
        values (${saved.rows[0]?.seq}, ${a.fields.title.join(' ')}, ${a.fields.summary.join(' ')},
          ${a.fields.body.join(' ')}, ${a.conceptTokens.join(' ')}, ${facetTokens(partnership).join(' ')})`.execute(
        db,
      );
    }

    await migrateToLatest(db);
    const index = createSearchIndex(t.handle, analyser);
    const found = await index.search({ query: 'żłobki Kraków', locale: 'pl', filters: {} });
    assert.deepEqual(
      found.items.map((i) => i.id),
      ['pl-partnership'],
    );
    const filtered = await index.search({ query: 'Krakowa', locale: 'pl', filters: { country: ['PL'] } });
    assert.equal(filtered.total, 1, 'the facet tokens came along');

    const tables = await db.introspection.getTables();
    const vectors = tables.find((table) => table.name === 'search_vectors');
    const documents = tables.find((table) => table.name === 'search_documents');
    if (testDialect === 'postgres') {
      assert.deepEqual(vectors?.columns.map((c) => c.name).sort(), ['seq', 'tsv']);
      assert.ok(!documents?.columns.some((c) => c.name === 'tsv'), 'the wide copy is gone');
      await index.removeDocument('pl-partnership');
      const left = await sql<{ n: number }>`select count(*)::int as n from search_vectors`.execute(db);
      assert.equal(left.rows[0]?.n, 0, 'removing a document removes its vectors');
    } else {
      assert.equal(vectors, undefined, 'SQLite keeps its FTS5 index');
    }
  });
});
