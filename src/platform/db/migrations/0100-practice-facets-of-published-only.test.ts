import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import {
  createTestDatabase,
  type TTestDatabase,
  testDialect,
} from '../../../../test/support/test-database.ts';
import { migrateTo, migrateToLatest } from '../migrator.ts';

/** The upgrade through 0100 keeps the facet rows of published practices and drops every other's. */
describe(`0100-practice-facets-of-published-only upgrade on ${testDialect}`, () => {
  let t: TTestDatabase;
  const at = '2026-03-01T00:00:00.000Z';

  before(async () => {
    t = await createTestDatabase();
    const db = t.handle.db;
    await migrateTo(db, '0099-search-facets-by-document-only');
    for (const [id, status] of [
      ['p1', 'published'],
      ['p2', 'draft'],
      ['p3', 'unpublished'],
    ]) {
      await sql`insert into practices (id, slug, status, kind, language, title, summary, body, created_at, updated_at)
        values (${id}, ${`practice-${id}`}, ${status}, 'programme', 'pl', 'Opieka', '', '', ${at}, ${at})`.execute(
        db,
      );
      await sql`insert into practice_facets (practice_id, facet, value)
        values (${id}, 'country', 'PL'), (${id}, 'theme', 'theme:long_term_care')`.execute(db);
    }
    await migrateToLatest(db);
  });
  after(async () => {
    await t.drop();
  });

  it('keeps only the published practice’s rows', async () => {
    const rows = await sql<{ practice_id: string; facet: string }>`
      select practice_id, facet from practice_facets order by practice_id, facet`.execute(t.handle.db);
    assert.deepEqual(rows.rows, [
      { practice_id: 'p1', facet: 'country' },
      { practice_id: 'p1', facet: 'theme' },
    ]);
  });
});
