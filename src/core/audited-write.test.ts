import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TTestDatabase } from '../../test/support/test-database.ts';
import { migrateToLatest } from '../platform/db/migrator.ts';
import { AppError } from '../platform/errors.ts';
import { auditedWrite } from './audited-write.ts';

describe('core: a service write and its audit in one transaction', () => {
  let database: TTestDatabase;
  const clock = { now: () => new Date('2026-12-07T10:30:00.000Z') };
  before(async () => {
    database = await createTestDatabase();
    await migrateToLatest(database.handle.db);
  });
  after(async () => {
    await database.drop();
  });
  const entriesOf = (action: string) =>
    database.handle.db.selectFrom('audit_log').selectAll().where('action', '=', action).execute();

  it('records the entry with the writer, the request and the time of the write, and returns the result', async () => {
    const deps = { db: database.handle.db, clock };
    const result = await auditedWrite(deps, { userId: 'u-1' }, { requestId: 'r-1' }, async (step) => {
      await step.audit('core.written', { type: 'thing', id: 't-1' }, { n: 1 });
      return step.at;
    });
    assert.equal(result, '2026-12-07T10:30:00.000Z');
    const [entry] = await entriesOf('core.written');
    assert.equal(entry?.actor_id, 'u-1');
    assert.equal(entry?.request_id, 'r-1');
    assert.equal(entry?.at, '2026-12-07T10:30:00.000Z');
    assert.equal(entry?.subject_id, 't-1');
    assert.deepEqual(JSON.parse(entry?.details ?? '{}'), { n: 1 });
  });

  it('keeps a time the verb read already, and a system write has no actor', async () => {
    const deps = { db: database.handle.db, clock };
    await auditedWrite(deps, { userId: null }, { at: '2026-01-02T03:04:05.000Z' }, (step) =>
      step.audit('core.by_system', { type: 'thing', id: null }),
    );
    const [entry] = await entriesOf('core.by_system');
    assert.equal(entry?.actor_id, null);
    assert.equal(entry?.request_id, null);
    assert.equal(entry?.at, '2026-01-02T03:04:05.000Z');
  });

  it('leaves no entry when the write fails after auditing', async () => {
    const deps = { db: database.handle.db, clock };
    await assert.rejects(
      auditedWrite(deps, { userId: 'u-1' }, {}, async (step) => {
        await step.audit('core.rolled_back', { type: 'thing', id: 't-2' });
        throw new AppError('conflict');
      }),
      (error: unknown) => error instanceof AppError && error.code === 'conflict',
    );
    assert.deepEqual(await entriesOf('core.rolled_back'), []);
  });
});
