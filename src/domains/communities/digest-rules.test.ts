import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser, signedInClient, type TTestUser } from '../../../test/support/accounts.ts';
import { createCommunity } from '../../../test/support/communities.ts';
import { outboxRows } from '../../../test/support/mail.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { readDigestPosts } from './digest-posts.ts';
import { runDigests, type TDigestWrite, writeChunks } from './notifications.service.ts';

/**
 * The digest's rules, read the same way on both databases (docs/adr/0080): a reader gets the posts of
 * the communities they watch and of the threads they watch, only where they are a member now, never
 * from a thread they muted, never their own, never a hidden one; a post read once for a batch goes to
 * each reader it is for. Everything is set up through the pages.
 */
describe(`digest rules for a batch of readers (${testDialect})`, () => {
  let t: TTestApp;
  let writer: TestClient;
  let rosa: TTestUser;
  let rosaClient: TestClient;
  let omar: TTestUser;
  let now = new Date('2026-05-04T08:00:00Z'); // a Monday
  const clock = { now: () => now };
  const circle = (slug: string) => `/en/communities/${slug}`;
  const threads: Record<string, string> = {};

  const startThread = async (slug: string, title: string, body: string) => {
    await writer.get(circle(slug));
    const res = await writer.post(`${circle(slug)}/threads`, { title, kind: 'discussion', body });
    assert.equal(res.status, 303);
    const id = (res.headers.get('location') ?? '').split('/threads/')[1]?.split(/[?#]/)[0] ?? '';
    threads[title] = id;
    return id;
  };
  const reply = async (client: TestClient, slug: string, threadId: string, body: string) => {
    await client.get(`${circle(slug)}/threads/${threadId}`);
    const res = await client.post(`${circle(slug)}/threads/${threadId}/replies`, { body });
    assert.equal(res.status, 303);
    return /#post-([0-9a-f-]+)/.exec(res.headers.get('location') ?? '')?.[1] ?? '';
  };
  const setThreadWatch = async (client: TestClient, slug: string, threadId: string, watch: '1' | '0') => {
    await client.get(`${circle(slug)}/threads/${threadId}`);
    const res = await client.post(`${circle(slug)}/threads/${threadId}/watch`, { watch });
    assert.equal(res.status, 303);
  };
  const week = { from: '2026-05-04T00:00:00.000Z', to: '2026-05-11T00:00:00.000Z' };
  const bodiesOf = async (users: readonly TTestUser[]) => {
    const posts = await readDigestPosts(
      t.deps.db,
      users.map((u) => ({ userId: u.id, ...week })),
      500,
    );
    return (user: TTestUser) => (posts.get(user.id) ?? []).map((p) => p.body).sort();
  };

  before(async () => {
    t = await createTestApp({ clock });
    t.deps.jobs.kick = () => {};
    t.deps.mailer.kick = () => {};
    writer = await signedInClient(
      t.client(),
      await createUser(t.deps, { roles: ['curator'], name: 'Wanda' }),
    );
    for (const name of ['Budgets', 'Cities', 'Archive']) {
      await createCommunity(writer, { name });
    }
    rosa = await createUser(t.deps, { name: 'Rosa', locale: 'es' });
    omar = await createUser(t.deps, { name: 'Omar', locale: 'ar' });
    rosaClient = await signedInClient(t.client(), rosa);
    const omarClient = await signedInClient(t.client(), omar);
    for (const [client, slugs] of [
      [rosaClient, ['budgets', 'cities']],
      [omarClient, ['cities']],
    ] as const) {
      for (const slug of slugs) {
        await client.get(circle(slug));
        assert.equal((await client.post(`${circle(slug)}/join`, {})).status, 303);
      }
      await client.get('/en/communities/mail');
      assert.equal(
        (await client.post('/en/communities/mail', { frequency: 'weekly', timeZone: '' })).status,
        303,
      );
    }
    // Rosa watches one thread of Budgets (not the community) and all of Cities but one muted thread.
    // Omar watches Cities.
    now = new Date('2026-05-04T09:00:00Z');
    const watched = await startThread('budgets', 'Watched budget', 'Budget line one.');
    await startThread('budgets', 'Unwatched budget', 'Budget line two, not followed.');
    const open = await startThread('cities', 'City blocks', 'Care blocks open at seven.');
    const muted = await startThread('cities', 'Muted city', 'A thread Rosa muted.');
    for (const [client, slug] of [
      [rosaClient, 'cities'],
      [omarClient, 'cities'],
    ] as const) {
      await client.get(circle(slug));
      assert.equal((await client.post(`${circle(slug)}/watch`, { watch: '1' })).status, 303);
    }
    await setThreadWatch(rosaClient, 'budgets', watched, '1');
    await setThreadWatch(rosaClient, 'cities', muted, '0');
    now = new Date('2026-05-05T09:00:00Z');
    await reply(writer, 'budgets', watched, 'A reply in the watched budget thread.');
    await reply(rosaClient, 'cities', open, 'Rosa’s own reply.');
    const hidden = await reply(writer, 'cities', open, 'A reply a facilitator hides.');
    await writer.get(`${circle('cities')}/threads/${open}`);
    const res = await writer.post(`${circle('cities')}/threads/${open}/posts/${hidden}/hide`, {
      reason: 'Off topic',
    });
    assert.equal(res.status, 303);
    await reply(writer, 'cities', muted, 'A reply in the muted thread.');
  });
  after(async () => {
    await t.close();
  });

  it('gives each reader of a batch what they watch where they are a member, not muted, not their own, not hidden', async () => {
    const bodies = await bodiesOf([rosa, omar]);
    assert.deepEqual(bodies(rosa), [
      'A reply in the watched budget thread.',
      'Budget line one.',
      'Care blocks open at seven.',
    ]);
    assert.deepEqual(bodies(omar), [
      'A reply in the muted thread.',
      'A thread Rosa muted.',
      'Care blocks open at seven.',
      'Rosa’s own reply.',
    ]);
  });

  it('keeps each reader’s own window, and drops a watched thread moved where the reader is not a member', async () => {
    const posts = await readDigestPosts(
      t.deps.db,
      [{ userId: rosa.id, from: '2026-05-05T00:00:00.000Z', to: week.to }],
      500,
    );
    assert.deepEqual(
      (posts.get(rosa.id) ?? []).map((p) => p.body),
      ['A reply in the watched budget thread.'],
    );
    await writer.get(`${circle('budgets')}/threads/${threads['Watched budget']}`);
    const res = await writer.post(`${circle('budgets')}/threads/${threads['Watched budget']}/move`, {
      target: 'archive',
      reason: 'Closed topic',
    });
    assert.equal(res.status, 303);
    const bodies = await bodiesOf([rosa]);
    assert.deepEqual(bodies(rosa), ['Care blocks open at seven.']);
  });

  it('writes the batch’s digests in short writes, one mail per reader, none twice after a crash between two', async () => {
    now = new Date('2026-05-11T00:30:00Z');
    // A write holds at most one reader's mail here (docs/adr/0085): the run dies right after its first.
    const writes: TDigestWrite[] = [];
    await assert.rejects(
      runDigests(t.deps, 'weekly', {
        batchSize: 10,
        writeChars: 1,
        onWrite: (write) => {
          writes.push(write);
          throw new Error('killed');
        },
      }),
      /killed/,
    );
    assert.deepEqual(
      writes.map((w) => w.mails),
      [1],
    );
    const afterCrash = await outboxRows(t.deps, { dedupeKey: 'communities.digest:weekly:%' });
    assert.equal(afterCrash.length, 1, 'the first reader’s mail was written with their progress');
    const resumedWrites: TDigestWrite[] = [];
    const run = await runDigests(t.deps, 'weekly', { batchSize: 10, onWrite: (w) => resumedWrites.push(w) });
    assert.equal(run.mailed, 1, 'the resumed run writes only the other reader’s mail');
    // What the bench holds to 100 ms: a write's lock, from its first statement to the end of its commit.
    for (const write of resumedWrites) {
      const parts = write.statementMs.reduce((sum, ms) => sum + ms, 0) + write.commitMs;
      assert.ok(Math.abs(write.lockMs - parts) < 0.01 && write.lockMs <= write.totalMs);
    }
    assert.equal(run.longestLockMs, Math.max(...resumedWrites.map((w) => w.lockMs)));
    assert.equal((await runDigests(t.deps, 'weekly')).mailed, 0);
    const rows = await outboxRows(t.deps, { dedupeKey: 'communities.digest:weekly:%' });
    const omarMail = rows.find((r) => r.to_address === omar.email)?.text_body ?? '';
    assert.match(omarMail, /Rosa’s own reply/);
    assert.doesNotMatch(omarMail, /facilitator hides/);
    const rosaMail = rows.find((r) => r.to_address === rosa.email)?.text_body ?? '';
    assert.match(rosaMail, /Care blocks open at seven/);
    assert.doesNotMatch(rosaMail, /muted thread|own reply|budget/i);
  });

  it('splits a batch’s writes by the characters of mail they hold, a long mail alone', () => {
    const mail = (chars: number) => ({ to: 'a@example.org', subject: '', text: 'x'.repeat(chars) });
    const due = [
      { userId: 'a', periodEnd: 'e', mail: mail(30) },
      { userId: 'b', periodEnd: 'e' },
      { userId: 'c', periodEnd: 'e', mail: mail(30) },
      { userId: 'd', periodEnd: 'e', mail: mail(200) },
      { userId: 'e', periodEnd: 'e', mail: mail(10) },
    ];
    assert.deepEqual(
      writeChunks(due, 100).map((chunk) => chunk.map((item) => item.userId).join('')),
      ['abc', 'd', 'e'],
    );
    assert.deepEqual(writeChunks([], 100), []);
  });
});
