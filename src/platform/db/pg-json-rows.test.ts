import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TTestDatabase, testDialect } from '../../../test/support/test-database.ts';
import { insertRows } from './bulk-insert.ts';
import { migrateToLatest } from './migrator.ts';
import { insertJsonRows, rowsJson } from './pg-json-rows.ts';

/** Rows written as one JSON parameter on PostgreSQL are the rows a multi-row insert writes (issue 12). */
describe(`rows as one JSON parameter on ${testDialect}`, () => {
  let t: TTestDatabase;
  before(async () => {
    t = await createTestDatabase();
    await migrateToLatest(t.handle.db);
  });
  after(async () => t.drop());

  const entry = (id: string, details: string, requestId: string | null) => ({
    id,
    at: '2026-12-07T20:00:00.000Z',
    actor_id: null,
    action: 'practices.imported',
    subject_type: 'practice',
    subject_id: `p-${id}`,
    details,
    request_id: requestId,
  });

  it('writes the same rows as a multi-row insert, quotes, backslashes and all scripts included', async () => {
    const odd = ['{"slug":"a\\\\b \\"c\\""}', 'żłobki · رعاية · уход', "it's\ttab\nline", '😀'];
    const viaJson = odd.map((details, k) => entry(`j${k}`, details, k % 2 ? null : `r${k}`));
    const viaKysely = odd.map((details, k) => entry(`k${k}`, details, k % 2 ? null : `r${k}`));
    const columns = Object.keys(viaJson[0] ?? {});
    // On SQLite the multi-row VALUES path (insertRows) is checked against Kysely's builder instead.
    if (testDialect === 'postgres')
      assert.ok(await insertJsonRows(t.handle.db, 'audit_log', columns, viaJson));
    else await insertRows(t.handle.db, 'audit_log', viaJson);
    await t.handle.db.insertInto('audit_log').values(viaKysely).execute();
    const read = async (prefix: string) =>
      (
        await t.handle.db
          .selectFrom('audit_log')
          .select(['id', 'at', 'actor_id', 'details', 'request_id', 'subject_id'])
          .where('id', 'like', `${prefix}%`)
          .orderBy('id')
          .execute()
      ).map((r) => ({ ...r, id: r.id.slice(1), subject_id: r.subject_id?.slice(3) }));
    assert.deepEqual(await read('j'), await read('k'));
    assert.equal((await read('j')).length, odd.length);
  });

  it('leaves rows that set other columns, or values that are not plain, to the caller', async () => {
    const db = t.handle.db;
    const columns = ['id', 'at', 'action', 'subject_type', 'details'];
    const row = { id: 'x1', at: 'now', action: 'a', subject_type: 's', details: '{}' };
    assert.equal(
      await insertJsonRows(db, 'audit_log', columns, [row, { ...row, id: 'x2', extra: 1 }]),
      false,
    );
    assert.equal(await insertJsonRows(db, 'audit_log', [...columns, 'actor_id'], [row]), false);
    assert.equal(await insertJsonRows(db, 'audit_log', columns, [{ ...row, at: new Date() }]), false);
    assert.equal(await insertJsonRows(db, 'audit_log', columns, []), false);
    const none = await db.selectFrom('audit_log').select('id').where('id', 'like', 'x%').execute();
    assert.deepEqual(none, []);
  });

  it('sends half a surrogate pair as U+FFFD, as pg does, and leaves an escaped backslash alone', () => {
    const json = rowsJson([{ a: 'x\ud800y', b: '\\ud800', c: '😀' }]);
    assert.deepEqual(JSON.parse(json), [{ a: 'x\ufffdy', b: '\\ud800', c: '😀' }]);
  });
});
