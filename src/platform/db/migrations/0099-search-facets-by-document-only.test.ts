import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import {
  createTestDatabase,
  type TTestDatabase,
  testDialect,
} from '../../../../test/support/test-database.ts';
import { migrateTo, migrateToLatest } from '../migrator.ts';

/** 0099 drops the (facet, value, seq) index of search_facets that no query read; undoing it restores it. */
describe(`0099-search-facets-by-document-only on ${testDialect}`, () => {
  let t: TTestDatabase;
  const indexes = async () => {
    const db = t.handle.db;
    const rows =
      testDialect === 'postgres'
        ? await sql<{ name: string }>`select indexname as name from pg_indexes
            where tablename = 'search_facets' order by 1`.execute(db)
        : await sql<{ name: string }>`select name from sqlite_master
            where type = 'index' and tbl_name = 'search_facets' order by 1`.execute(db);
    return rows.rows.map((r) => r.name);
  };

  before(async () => {
    t = await createTestDatabase();
    await migrateToLatest(t.handle.db);
  });
  after(async () => {
    await t.drop();
  });

  it('keeps search_facets by its key alone, and can go back', async () => {
    assert.ok(!(await indexes()).includes('search_facets_value_seq_idx'));
    await migrateTo(t.handle.db, '0098-practice-facets-without-rowid');
    assert.ok((await indexes()).includes('search_facets_value_seq_idx'));
    await migrateToLatest(t.handle.db);
    assert.ok(!(await indexes()).includes('search_facets_value_seq_idx'));
  });
});
