import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { TTestUser } from '../../../test/support/accounts.ts';
import {
  chooseCommunityMail,
  createCommunity,
  joinCommunity,
  replyInThread,
  startThread,
  watchCommunity,
} from '../../../test/support/communities.ts';
import { outboxRows } from '../../../test/support/mail.ts';
import { usePeople } from '../../../test/support/people.ts';
import { type TestClient, useTestApp } from '../../../test/support/test-app.ts';
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
  let now = new Date('2026-05-04T08:00:00Z'); // a Monday
  const clock = { now: () => now };
  const t = useTestApp({ clock });
  const { writer, rosa, omar } = usePeople(t, {
    writer: { roles: ['curator'], name: 'Wanda' },
    rosa: { name: 'Rosa', locale: 'es' },
    omar: { name: 'Omar', locale: 'ar' },
  });
  const circle = (slug: string) => `/en/communities/${slug}`;
  const threads: Record<string, string> = {};

  /** Wanda starts a thread in the community `slug`; the test finds it again by its title. */
  const writeThread = async (slug: string, title: string, body: string) => {
    const id = await startThread(writer, circle(slug), { title, body });
    threads[title] = id;
    return id;
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
    t.deps.jobs.kick = () => {};
    t.deps.mailer.kick = () => {};
    for (const name of ['Budgets', 'Cities', 'Archive']) {
      await createCommunity(writer, { name });
    }
    for (const [client, slugs] of [
      [rosa, ['budgets', 'cities']],
      [omar, ['cities']],
    ] as const) {
      for (const slug of slugs) await joinCommunity(circle(slug), client);
      await chooseCommunityMail(client, 'weekly');
    }
    // Rosa watches one thread of Budgets (not the community) and all of Cities but one muted thread.
    // Omar watches Cities.
    now = new Date('2026-05-04T09:00:00Z');
    const watched = await writeThread('budgets', 'Watched budget', 'Budget line one.');
    await writeThread('budgets', 'Unwatched budget', 'Budget line two, not followed.');
    const open = await writeThread('cities', 'City blocks', 'Care blocks open at seven.');
    const muted = await writeThread('cities', 'Muted city', 'A thread Rosa muted.');
    for (const client of [rosa, omar]) await watchCommunity(client, circle('cities'));
    await setThreadWatch(rosa, 'budgets', watched, '1');
    await setThreadWatch(rosa, 'cities', muted, '0');
    now = new Date('2026-05-05T09:00:00Z');
    await replyInThread(writer, circle('budgets'), watched, {
      body: 'A reply in the watched budget thread.',
    });
    await replyInThread(rosa, circle('cities'), open, { body: 'Rosa’s own reply.' });
    const hidden = await replyInThread(writer, circle('cities'), open, {
      body: 'A reply a facilitator hides.',
    });
    await writer.get(`${circle('cities')}/threads/${open}`);
    const res = await writer.post(`${circle('cities')}/threads/${open}/posts/${hidden}/hide`, {
      reason: 'Off topic',
    });
    assert.equal(res.status, 303);
    await replyInThread(writer, circle('cities'), muted, { body: 'A reply in the muted thread.' });
  });

  it('gives each reader of a batch what they watch where they are a member, not muted, not their own, not hidden', async () => {
    const bodies = await bodiesOf([rosa.user, omar.user]);
    assert.deepEqual(bodies(rosa.user), [
      'A reply in the watched budget thread.',
      'Budget line one.',
      'Care blocks open at seven.',
    ]);
    assert.deepEqual(bodies(omar.user), [
      'A reply in the muted thread.',
      'A thread Rosa muted.',
      'Care blocks open at seven.',
      'Rosa’s own reply.',
    ]);
  });

  it('keeps each reader’s own window, and drops a watched thread moved where the reader is not a member', async () => {
    const posts = await readDigestPosts(
      t.deps.db,
      [{ userId: rosa.user.id, from: '2026-05-05T00:00:00.000Z', to: week.to }],
      500,
    );
    assert.deepEqual(
      (posts.get(rosa.user.id) ?? []).map((p) => p.body),
      ['A reply in the watched budget thread.'],
    );
    await writer.get(`${circle('budgets')}/threads/${threads['Watched budget']}`);
    const res = await writer.post(`${circle('budgets')}/threads/${threads['Watched budget']}/move`, {
      target: 'archive',
      reason: 'Closed topic',
    });
    assert.equal(res.status, 303);
    const bodies = await bodiesOf([rosa.user]);
    assert.deepEqual(bodies(rosa.user), ['Care blocks open at seven.']);
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
    const omarMail = rows.find((r) => r.to_address === omar.user.email)?.text_body ?? '';
    assert.match(omarMail, /Rosa’s own reply/);
    assert.doesNotMatch(omarMail, /facilitator hides/);
    const rosaMail = rows.find((r) => r.to_address === rosa.user.email)?.text_body ?? '';
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
