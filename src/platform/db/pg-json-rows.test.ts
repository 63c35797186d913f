import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TTestDatabase, testDialect } from '../../../test/support/test-database.ts';
import { migrateToLatest } from './migrator.ts';
import { insertJsonRows, jsonRowColumns, rowsJson } from './pg-json-rows.ts';

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
    const isJson = await insertJsonRows(t.handle.db, 'audit_log', viaJson);
    assert.equal(isJson, testDialect === 'postgres');
    if (!isJson) await t.handle.db.insertInto('audit_log').values(viaJson).execute();
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

  it('leaves rows that set different columns, or values that are not plain, to the caller', () => {
    if (testDialect !== 'postgres') {
      assert.equal(jsonRowColumns(t.handle.db, [{ a: 1 }]), undefined);
      return;
    }
    assert.deepEqual(
      jsonRowColumns(t.handle.db, [
        { a: 1, b: null, c: undefined },
        { a: 2, b: 'x' },
      ]),
      ['a', 'b'],
    );
    assert.equal(jsonRowColumns(t.handle.db, [{ a: 1 }, { a: 2, b: 'x' }]), undefined);
    assert.equal(jsonRowColumns(t.handle.db, [{ a: 1, b: 2 }, { a: 2 }]), undefined);
    assert.equal(jsonRowColumns(t.handle.db, [{ a: new Date() }]), undefined);
    assert.equal(jsonRowColumns(t.handle.db, []), undefined);
  });

  it('sends half a surrogate pair as U+FFFD, as pg does, and leaves an escaped backslash alone', () => {
    const json = rowsJson([{ a: 'x\ud800y', b: '\\ud800', c: '😀' }]);
    assert.deepEqual(JSON.parse(json), [{ a: 'x\ufffdy', b: '\\ud800', c: '😀' }]);
  });
});
