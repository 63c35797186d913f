import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import {
  createTestDatabase,
  type TTestDatabase,
  testDialect,
} from '../../../../test/support/test-database.ts';
import { migrateTo, migrateToLatest } from '../migrator.ts';

/**
 * The upgrade through 0098 on a hub that holds practices: every facet row is kept, the value index still
 * answers, a practice's removal still takes its facets, and on SQLite the table has no rowid any more.
 */
describe(`0098-practice-facets-without-rowid upgrade on ${testDialect}`, () => {
  let t: TTestDatabase;
  const at = '2026-03-01T00:00:00.000Z';

  before(async () => {
    t = await createTestDatabase();
    await migrateTo(t.handle.db, '0095-more-care-words');
    const db = t.handle.db;
    for (const [id, slug, country] of [
      ['p1', 'respite-krakow', 'PL'],
      ['p2', 'care-leave-bogota', 'CO'],
    ]) {
      await sql`insert into practices (id, slug, status, kind, language, title, summary, body, created_at, updated_at)
        values (${id}, ${slug}, 'published', 'programme', 'pl', ${slug}, '', '', ${at}, ${at})`.execute(db);
      await sql`insert into practice_facets (practice_id, facet, value)
        values (${id}, 'country', ${country}), (${id}, 'theme', 'respite')`.execute(db);
    }
    await migrateToLatest(db);
  });
  after(async () => {
    await t.drop();
  });

  it('keeps every facet row and finds practices by a value', async () => {
    const db = t.handle.db;
    const rows = await sql<{ practice_id: string; facet: string; value: string }>`
      select practice_id, facet, value from practice_facets order by practice_id, facet`.execute(db);
    assert.deepEqual(rows.rows, [
      { practice_id: 'p1', facet: 'country', value: 'PL' },
      { practice_id: 'p1', facet: 'theme', value: 'respite' },
      { practice_id: 'p2', facet: 'country', value: 'CO' },
      { practice_id: 'p2', facet: 'theme', value: 'respite' },
    ]);
    const inColombia = await sql<{ practice_id: string }>`
      select practice_id from practice_facets where facet = 'country' and value = 'CO'`.execute(db);
    assert.deepEqual(
      inColombia.rows.map((r) => r.practice_id),
      ['p2'],
    );
  });

  it('still refuses a facet twice and removes a practice with its facets', async () => {
    const db = t.handle.db;
    await assert.rejects(
      sql`insert into practice_facets (practice_id, facet, value) values ('p1', 'country', 'PL')`.execute(db),
    );
    await sql`delete from practices where id = 'p2'`.execute(db);
    const left = await sql<{
      n: number;
    }>`select count(*) as n from practice_facets where practice_id = 'p2'`.execute(db);
    assert.equal(Number(left.rows[0]?.n), 0);
  });

  if (testDialect === 'sqlite')
    it('keeps the rows by their key alone on SQLite', async () => {
      await assert.rejects(sql`select rowid from practice_facets`.execute(t.handle.db), /rowid/);
    });
});
