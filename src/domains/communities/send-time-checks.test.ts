import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import {
  chooseCommunityMail,
  createCommunity,
  followCommunity,
  startThread,
} from '../../../test/support/communities.ts';
import { useMailingTestApp } from '../../../test/support/mail-peer.ts';
import { usePeople } from '../../../test/support/people.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { runDigests } from './notifications.service.ts';

/**
 * Mail is checked again just before it goes out (docs/adr/0058): a digest queued with posts that were
 * hidden, or moved where its reader is not a member, afterwards goes out without them, written again in
 * the reader's language; with nothing left it is not sent at all. A mail about one post is cancelled the
 * same way. Everything runs through the pages, the outbox and a real SMTP peer.
 */
describe(`community mail checked at send time (${testDialect})`, () => {
  let now = new Date('2026-05-04T10:00:00Z');
  const clock = { now: () => now };
  const { t, peer } = useMailingTestApp({ clock });
  // Rita (daily digest, French) and Ivan (at once) are members of A and B, never of C.
  const { writer, rita, ivan } = usePeople(t, {
    writer: { roles: ['curator'], name: 'Wanda' },
    rita: { name: 'Rita', locale: 'fr' },
    ivan: { name: 'Ivan', locale: 'en' },
  });
  const circle = (slug: string) => `/en/communities/${slug}`;

  const hidePost = async (slug: string, threadId: string, postId: string) => {
    await writer.get(`${circle(slug)}/threads/${threadId}`);
    const res = await writer.post(`${circle(slug)}/threads/${threadId}/posts/${postId}/hide`, {
      reason: 'Shares a private phone number',
    });
    assert.equal(res.status, 303);
  };
  const moveThread = async (slug: string, threadId: string, target: string) => {
    await writer.get(`${circle(slug)}/threads/${threadId}`);
    const res = await writer.post(`${circle(slug)}/threads/${threadId}/move`, {
      target,
      reason: 'Belongs with the budget group',
    });
    assert.equal(res.status, 303);
  };
  const outboxFor = (email: string, keyPrefix: string) =>
    t.deps.db
      .selectFrom('outbox')
      .select(['id', 'status', 'subject', 'text_body'])
      .where('to_address', '=', email)
      .where('dedupe_key', 'like', `${keyPrefix}%`)
      .orderBy('created_at')
      .execute();
  const deliveredTo = (email: string) => peer.received.filter((r) => r.envelopeTo.includes(email));

  before(async () => {
    for (const [name, visibility] of [
      ['Circle A', 'private'],
      ['Circle B', 'public'],
      ['Circle C', 'private'],
    ] as const) {
      await createCommunity(writer, { name, visibility });
    }
    for (const [client, frequency] of [
      [rita, 'daily'],
      [ivan, 'immediately'],
    ] as const) {
      for (const slug of ['circle-a', 'circle-b']) {
        await followCommunity(circle(slug), client);
      }
      await chooseCommunityMail(client, frequency);
    }
  });

  it('a queued digest goes out without the posts hidden or moved away since, written again', async () => {
    now = new Date('2026-05-04T10:00:00Z');
    const hidden = await startThread(writer, circle('circle-a'), {
      title: 'Alpha thread',
      body: 'Secret alpha: call me on this number.',
    });
    const moved = await startThread(writer, circle('circle-a'), {
      title: 'Beta thread',
      body: 'Secret beta budget lines.',
    });
    await startThread(writer, circle('circle-b'), {
      title: 'Gamma thread',
      body: 'Open gamma notes for everyone.',
    });
    now = new Date('2026-05-05T00:10:00Z');
    assert.equal((await runDigests(t.deps, 'daily')).mailed, 1);
    const [queued] = await outboxFor(rita.user.email, 'communities.digest:');
    assert.equal(queued?.status, 'pending');
    assert.match(queued?.text_body ?? '', /Secret alpha/);
    assert.match(queued?.text_body ?? '', /Secret beta/);

    // After it was queued: a facilitator hides one post and moves another thread where Rita is not.
    await hidePost('circle-a', hidden, hidden);
    await moveThread('circle-a', moved, 'circle-c');
    await t.deps.mailer.dispatchPending();

    const [mail] = deliveredTo(rita.user.email);
    assert.ok(mail, 'the digest still goes out: one post is left');
    assert.match(mail.mail.text ?? '', /Open gamma/);
    assert.doesNotMatch(mail.mail.text ?? '', /Secret alpha|Secret beta|Alpha thread|Beta thread/);
    assert.match(mail.mail.subject ?? '', /1 nouveau message/);
    const [sent] = await outboxFor(rita.user.email, 'communities.digest:');
    assert.equal(sent?.status, 'sent');
    assert.match(sent?.text_body ?? '', /Open gamma/);
    assert.doesNotMatch(sent?.text_body ?? '', /Secret alpha|Secret beta/, 'the outbox shows what was sent');
  });

  it('a queued digest whose every post became unreadable is not sent at all', async () => {
    peer.received.length = 0;
    now = new Date('2026-05-05T10:00:00Z');
    const threadId = await startThread(writer, circle('circle-a'), {
      title: 'Delta thread',
      body: 'Secret delta minutes.',
    });
    now = new Date('2026-05-06T00:10:00Z');
    assert.equal((await runDigests(t.deps, 'daily')).mailed, 1);
    await writer.get(`${circle('circle-a')}/threads/${threadId}`);
    const res = await writer.post(`${circle('circle-a')}/threads/${threadId}/moderate`, {
      what: 'hide',
      reason: 'Posted by mistake',
    });
    assert.equal(res.status, 303);
    await t.deps.mailer.dispatchPending();
    assert.equal(deliveredTo(rita.user.email).length, 0);
    const rows = await outboxFor(rita.user.email, 'communities.digest:');
    assert.equal(rows.at(-1)?.status, 'cancelled');
  });

  it('a digest keeps the posts of a community its reader is still in when they left another one', async () => {
    peer.received.length = 0;
    now = new Date('2026-05-06T10:00:00Z');
    await startThread(writer, circle('circle-a'), { title: 'Epsilon thread', body: 'Secret epsilon plan.' });
    await startThread(writer, circle('circle-b'), { title: 'Zeta thread', body: 'Open zeta summary.' });
    now = new Date('2026-05-07T00:10:00Z');
    assert.equal((await runDigests(t.deps, 'daily')).mailed, 1);
    await rita.get(circle('circle-a'));
    assert.equal((await rita.post(`${circle('circle-a')}/leave`, {})).status, 303);
    await t.deps.mailer.dispatchPending();
    const [mail] = deliveredTo(rita.user.email);
    assert.match(mail?.mail.text ?? '', /Open zeta/);
    assert.doesNotMatch(mail?.mail.text ?? '', /Secret epsilon/);
  });

  it('a mail at once is cancelled when its thread moved, after queueing, where the reader is not a member', async () => {
    peer.received.length = 0;
    now = new Date('2026-05-07T10:00:00Z');
    const threadId = await startThread(writer, circle('circle-b'), {
      title: 'Eta thread',
      body: 'Eta: about to move.',
    });
    await t.deps.jobs.runDue();
    const [queued] = await outboxFor(ivan.user.email, `communities.post:${threadId}:`);
    assert.equal(queued?.status, 'pending');
    await moveThread('circle-b', threadId, 'circle-c');
    await t.deps.mailer.dispatchPending();
    assert.ok(!deliveredTo(ivan.user.email).some((r) => (r.mail.text ?? '').includes('about to move')));
    const [after] = await outboxFor(ivan.user.email, `communities.post:${threadId}:`);
    assert.equal(after?.status, 'cancelled');
  });
});
