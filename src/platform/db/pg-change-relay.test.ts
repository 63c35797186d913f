import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { createTestDatabase, type TTestDatabase, testDialect } from '../../../test/support/test-database.ts';
import { announceChange, onChange, type TChange } from '../change-feed.ts';
import { currentContentVersion } from '../content-version.ts';
import { createLogger } from '../logger.ts';
import { changeChannel, startPgChangeRelay, type TPgChangeRelay } from './pg-change-relay.ts';

function nextChange(predicate: (change: TChange) => boolean, withinMs = 3000): Promise<TChange> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no matching change within ${withinMs} ms`));
    }, withinMs);
    const stop = onChange((change) => {
      if (!predicate(change)) return;
      clearTimeout(timer);
      stop();
      resolve(change);
    });
  });
}

describe(`changes announced across nodes (${testDialect})`, () => {
  let t: TTestDatabase;
  let relay: TPgChangeRelay | undefined;
  let other: pg.Client | undefined;
  before(async () => {
    t = await createTestDatabase();
    const native = t.handle.native;
    if (native.dialect === 'postgres') {
      relay = startPgChangeRelay({ url: native.url, pool: native.pool, logger: createLogger('silent') });
      await relay.ready;
      // Another node, as the database sees it: its own connection, its own origin.
      other = new pg.Client({ connectionString: native.url });
      await other.connect();
      await other.query(`LISTEN ${changeChannel}`);
    }
  });
  after(async () => {
    await other?.end();
    await relay?.close();
    await t.drop();
  });

  it('a change announced here reaches this process at once (the page cache version moves)', () => {
    const before = currentContentVersion();
    announceChange({ topic: 'content' });
    assert.equal(currentContentVersion(), before + 1);
  });

  if (testDialect === 'postgres') {
    it('a change announced here reaches the other nodes through NOTIFY', async () => {
      const heard = new Promise<string>((resolve) => {
        other?.on('notification', (m) => {
          if (m.payload?.includes('commitment-figures')) resolve(m.payload);
        });
      });
      announceChange({ topic: 'commitment-figures' });
      const payload = JSON.parse(await heard) as { origin: string; change: TChange };
      assert.deepEqual(payload.change, { topic: 'commitment-figures' });
    });

    it("another node's change reaches this process within a second, its own echo is ignored", async () => {
      const started = Date.now();
      const heard = nextChange((c) => c.topic === 'search-documents');
      const payload = JSON.stringify({
        origin: 'another-node',
        change: { topic: 'search-documents', seqs: [7] },
      });
      await other?.query('select pg_notify($1, $2)', [changeChannel, payload]);
      assert.deepEqual(await heard, { topic: 'search-documents', seqs: [7] });
      assert.ok(Date.now() - started < 1000);
      // Garbage on the channel is ignored rather than fatal.
      await other?.query('select pg_notify($1, $2)', [changeChannel, '{not json']);
    });

    it('after its connection is cut the node listens again and forgets everything it may have missed', async () => {
      const forgotten = nextChange((c) => c.topic === 'search-documents' && c.seqs === undefined, 8000);
      const name = new URL(t.databaseUrl ?? '').pathname.slice(1);
      await other?.query(
        `select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid() and query ilike 'LISTEN%'`,
        [name],
      );
      await forgotten;
      const heard = nextChange((c) => c.topic === 'content');
      await other?.query('select pg_notify($1, $2)', [
        changeChannel,
        JSON.stringify({ origin: 'another-node', change: { topic: 'content' } }),
      ]);
      await heard;
    });
  }
});
