import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { visibleText } from '../../../test/support/accounts.ts';
import { outboxRows } from '../../../test/support/mail.ts';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { loadDemoIfEmpty } from '../../demo/load-demo.ts';
import { notifyPost, runDigests } from './notifications.service.ts';

/**
 * The demo's watches and mail settings in use: Katarzyna's weekly digest of Long-term care financing
 * (in Polish, on Warsaw's clock) and Lucía's immediate mail about the Arabic thread she watches (in
 * Spanish), each with its one-click unsubscribe. The demo is loaded on a Wednesday; any day would do.
 */
describe(`demo watches and digests (${testDialect})`, () => {
  let t: TTestApp;
  const loadedAt = new Date('2026-03-18T09:00:00Z');
  before(async () => {
    t = await createTestApp({ clock: { now: () => loadedAt } });
    assert.equal(await loadDemoIfEmpty(t.deps), true);
  });
  after(async () => {
    await t.close();
  });

  const outboxTo = (address: string) => outboxRows(t.deps, { to: address });

  it('sends Katarzyna her weekly digest in Polish, quoting Olga’s Russian reply, with one-click unsubscribe', async () => {
    const run = await runDigests(t.deps, 'weekly', { now: new Date(loadedAt.getTime() + 3_600_000) });
    assert.equal(run.mailed, 1);
    const [digest, ...others] = await outboxTo('kasia.demo@carehub.invalid');
    assert.equal(others.length, 0);
    assert.ok(digest?.subject.startsWith('Twoje tygodniowe podsumowanie'), digest?.subject);
    assert.ok(digest?.text_body.includes('муниципалитеты заключают соглашения'), digest?.text_body);
    const headers = JSON.parse(digest?.headers ?? '{}') as Record<string, string>;
    assert.match(headers['List-Unsubscribe'] ?? '', /^<http:\/\/localhost\/pl\/unsubscribe\//);
    assert.equal(headers['List-Unsubscribe-Post'], 'List-Unsubscribe=One-Click');
    assert.equal((await runDigests(t.deps, 'weekly')).mailed, 0, 'never twice for one week');
  });

  it('mails Lucía each new reply in the Arabic thread she watches, in Spanish', async () => {
    const thread = await t.deps.db
      .selectFrom('community_threads')
      .select('id')
      .where('title', '=', 'كيف نقيس العمل غير المأجور في الرعاية داخل الأسرة؟')
      .executeTakeFirstOrThrow();
    const last = await t.deps.db
      .selectFrom('community_posts')
      .select('id')
      .where('thread_id', '=', thread.id)
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    await notifyPost(t.deps, last.id);
    const [mail] = await outboxTo('lucia.demo@carehub.invalid');
    assert.ok(mail?.subject.includes('respondió en'), mail?.subject);
    assert.ok(JSON.parse(mail?.headers ?? '{}')['List-Unsubscribe']);
  });

  it('has the people who wrote in a thread watch it, as on the hub', async () => {
    const watches = await t.deps.db
      .selectFrom('community_watches')
      .select(['target_type', 'reason'])
      .execute();
    assert.ok(watches.filter((w) => w.target_type === 'thread' && w.reason === 'started').length >= 5);
    assert.ok(watches.some((w) => w.target_type === 'community' && w.reason === 'chosen'));
    // The demo pages still read as before.
    assert.ok(
      visibleText((await t.client().get('/pl/communities/long-term-care-financing')).html).length > 0,
    );
  });
});
