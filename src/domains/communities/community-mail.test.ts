import assert from 'node:assert/strict';
import { before, beforeEach, describe, it } from 'node:test';
import { visibleText } from '../../../test/support/accounts.ts';
import {
  createCommunity,
  followCommunity,
  joinCommunity,
  replyInThread,
  startThread,
} from '../../../test/support/communities.ts';
import { outboxRow, outboxRows } from '../../../test/support/mail.ts';
import { useMailingTestApp } from '../../../test/support/mail-peer.ts';
import { usePeople } from '../../../test/support/people.ts';
import { testDialect } from '../../../test/support/test-database.ts';

/**
 * Watching and immediate notifications, end to end: pages, the durable job, the outbox and a real SMTP
 * peer. Leak tests: nobody outside a private community gets its content, even when they lost their
 * membership after the mail was queued, or the thread was moved into the private community.
 */
describe(`community notifications (${testDialect})`, () => {
  const open = '/en/communities/care-in-towns';
  const closed = '/en/communities/quiet-room';
  const clock = { now: () => new Date('2026-05-04T10:00:00Z') };
  const { t, peer } = useMailingTestApp({ clock });
  const { curator, starter, watcher, outsider } = usePeople(t, {
    curator: { roles: ['curator'], name: 'Cora' },
    starter: { name: 'Sami Starter', roles: ['curator'] },
    watcher: { name: 'Wiktoria', locale: 'es' },
    outsider: { name: 'Otto Outsider' },
  });

  const deliver = async () => {
    await t.deps.jobs.runDue();
    await t.deps.mailer.dispatchPending();
  };
  const mailTo = (email: string) => peer.received.filter((r) => r.envelopeTo.includes(email));

  before(async () => {
    for (const [name, visibility] of [
      ['Care in towns', 'public'],
      ['Quiet room', 'private'],
    ] as const) {
      await createCommunity(curator, { name, visibility });
    }
    for (const client of [starter, watcher]) {
      for (const base of [open, closed]) {
        await joinCommunity(base, client);
      }
    }
  });
  beforeEach(async () => {
    await deliver();
    peer.received.length = 0;
  });

  it('offers the watch button to members only, and refuses it to others', async () => {
    const page = await watcher.get(open);
    assert.match(visibleText(page.html), /Seguir esta comunidad|Watch this community/);
    assert.match(page.html, /action="\/en\/communities\/care-in-towns\/watch"/);
    const strangerPage = await outsider.get(open);
    assert.doesNotMatch(strangerPage.html, /\/watch"/);
    assert.equal((await outsider.post(`${open}/watch`, { watch: '1' })).status, 403);
    assert.equal((await t.client().post(`${open}/watch`, { watch: '1' })).status, 401);
  });

  it('mails a new thread to a community watcher, in their language, with one-click unsubscribe; never to its author', async () => {
    await watcher.get(open);
    assert.equal((await watcher.post(`${open}/watch`, { watch: '1' })).status, 303);
    assert.match(visibleText((await watcher.get(open)).html), /Watch|Dejar de seguir|Stop watching/);
    const threadId = await startThread(starter, open, {
      title: 'Night shifts',
      body: 'How do **you** plan night shifts?',
    });
    await deliver();
    const [mail, ...more] = mailTo(watcher.user.email);
    assert.ok(mail, 'the watcher got a mail');
    assert.equal(more.length, 0);
    assert.equal(mailTo(starter.user.email).length, 0, 'the author is not told of their own post');
    assert.match(String(mail.mail.subject), /Nuevo hilo en/);
    const text = mail.mail.text ?? '';
    assert.match(text, /Sami Starter/);
    assert.match(text, /How do you plan night shifts\?/, 'an excerpt, without Markdown');
    assert.ok(
      text.includes(
        `https://hub.example.org/es/communities/care-in-towns/threads/${threadId}#post-${threadId}`,
      ),
    );
    assert.match(text, /porque sigue la comunidad/);
    const lines = mail.mail.headerLines.map((h) => h.line.replace(/\r?\n[ \t]+/g, ' '));
    assert.ok(lines.includes('List-Unsubscribe-Post: List-Unsubscribe=One-Click'));
    const unsubscribe =
      /<(https:[^>]+)>/.exec(lines.find((l) => l.startsWith('List-Unsubscribe:')) ?? '')?.[1] ?? '';
    assert.ok(unsubscribe.includes('/es/unsubscribe/'));
    assert.equal(mail.mail.replyTo, undefined, 'no Reply-To without the inbound listener');

    // The one-click POST stops the community's mail; the next thread reaches nobody.
    const path = new URL(unsubscribe).pathname;
    const page = await t.client().get(path);
    assert.match(visibleText(page.html), /Care in towns/);
    const res = await t.app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    assert.equal(res.status, 200);
    await startThread(starter, open, { title: 'Day care', body: 'Opening hours?' });
    await deliver();
    assert.equal(mailTo(watcher.user.email).length, 1, 'no mail after unsubscribing');
  });

  it('the starter watches their thread and is told of replies, once per reply even if the job runs twice', async () => {
    const threadId = await startThread(starter, open, { title: 'Respite', body: 'Who offers respite care?' });
    const page = await starter.get(`${open}/threads/${threadId}`);
    assert.match(visibleText(page.html), /because you started it/);
    const replyId = await replyInThread(watcher, open, threadId, { body: 'Our town hall does, on Fridays.' });
    await t.deps.jobs.runDue();
    // The job again (as after a crash before it was marked done): the outbox keeps one mail.
    const { notifyPost } = await import('./notifications.service.ts');
    await notifyPost(t.deps, replyId);
    await t.deps.mailer.dispatchPending();
    const mails = mailTo(starter.user.email);
    assert.equal(mails.length, 1);
    assert.equal(String(mails[0]?.mail.subject), '\u2068Wiktoria\u2069 replied in \u2068Respite\u2069');
    assert.match(mails[0]?.mail.text ?? '', /because you watch this thread/);
    // The replier now watches it too, and says so.
    assert.match(
      visibleText((await watcher.get(`${open}/threads/${threadId}`)).html),
      /porque respondió|because you replied/,
    );

    // Unwatching the thread stops it for the starter.
    await starter.get(`${open}/threads/${threadId}`);
    assert.equal((await starter.post(`${open}/threads/${threadId}/watch`, { watch: '0' })).status, 303);
    await replyInThread(watcher, open, threadId, { body: 'And on Saturdays.' });
    await deliver();
    assert.equal(mailTo(starter.user.email).length, 1);
  });

  it('sends no hidden post, and cancels a queued mail when the post is hidden before it goes out', async () => {
    const threadId = await startThread(starter, open, { title: 'Carers’ pay', body: 'What do carers earn?' });
    const replyId = await replyInThread(watcher, open, threadId, { body: 'It depends on the city.' });
    await t.deps.jobs.runDue();
    const queued = await outboxRow(t.deps, { dedupeKey: `communities.post:${replyId}:${starter.user.id}` });
    assert.equal(queued?.status, 'pending');
    await t.deps.db
      .updateTable('community_posts')
      .set({ hidden_reason: 'off topic' })
      .where('id', '=', replyId)
      .execute();
    await t.deps.mailer.dispatchPending();
    assert.equal(mailTo(starter.user.email).length, 0);
    const cancelled = await outboxRow(t.deps, { id: queued.id });
    assert.equal(cancelled?.status, 'cancelled');
  });

  it('private community: a watcher removed after the mail was queued gets nothing, and leaving ends their watches', async () => {
    await watcher.get(closed);
    assert.equal((await watcher.post(`${closed}/watch`, { watch: '1' })).status, 303);
    await startThread(starter, closed, { title: 'Budget secrets', body: 'Our confidential budget draft.' });
    await t.deps.jobs.runDue(); // queued for the watcher while a member
    const pending = await outboxRows(t.deps, { to: watcher.user.email, status: 'pending' });
    assert.equal(pending.length, 1);
    // Removed before the mail goes out: it is cancelled at send time.
    const closedRow = await t.deps.db
      .selectFrom('communities')
      .select('id')
      .where('slug', '=', 'quiet-room')
      .executeTakeFirstOrThrow();
    await t.deps.db
      .deleteFrom('community_members')
      .where('community_id', '=', closedRow.id)
      .where('user_id', '=', watcher.user.id)
      .execute();
    await t.deps.mailer.dispatchPending();
    assert.equal(mailTo(watcher.user.email).length, 0);
    assert.ok(
      !peer.received.some((r) => (r.mail.text ?? '').includes('confidential budget')),
      'the private post reached no one outside',
    );

    // Join again, watch, then leave through the page: the watch is gone and no mail follows.
    await watcher.get(closed);
    await watcher.post(`${closed}/join`, {});
    await watcher.get(closed);
    await watcher.post(`${closed}/watch`, { watch: '1' });
    await watcher.get(closed);
    assert.equal((await watcher.post(`${closed}/leave`, {})).status, 303);
    const watches = await t.deps.db
      .selectFrom('community_watches')
      .select('target_id')
      .where('user_id', '=', watcher.user.id)
      .where('target_id', '=', closedRow.id)
      .execute();
    assert.equal(watches.length, 0);
    await startThread(starter, closed, { title: 'More secrets', body: 'Second confidential note.' });
    await deliver();
    assert.equal(mailTo(watcher.user.email).length, 0);
  });

  it('a thread moved into a private community reaches only that community’s members', async () => {
    // The outsider joins the public community only and watches a thread there.
    await outsider.get(open);
    await outsider.post(`${open}/join`, {});
    const threadId = await startThread(starter, open, { title: 'Moving soon', body: 'This will move.' });
    await outsider.get(`${open}/threads/${threadId}`);
    assert.equal((await outsider.post(`${open}/threads/${threadId}/watch`, { watch: '1' })).status, 303);
    // A facilitator of both moves it into the private community.
    await starter.get(`${open}/threads/${threadId}`);
    const moved = await starter.post(`${open}/threads/${threadId}/move`, {
      target: 'quiet-room',
      reason: 'Belongs there',
    });
    assert.equal(moved.status, 303);
    await replyInThread(starter, closed, threadId, { body: 'Private follow-up about the move.' });
    await deliver();
    const told = peer.received.filter((r) => (r.mail.text ?? '').includes('Private follow-up'));
    assert.deepEqual(
      told.map((r) => r.envelopeTo),
      [],
      'nobody outside the private community is told',
    );
  });

  it('keeps a person’s mail settings, refusing an unknown time zone with the choice kept', async () => {
    await watcher.get('/en/communities/mail');
    const bad = await watcher.post('/en/communities/mail', { frequency: 'daily', timeZone: 'Mars/Olympus' });
    assert.equal(bad.status, 422);
    const html = await bad.text();
    assert.match(html, /Choose a time zone from the list/);
    assert.match(html, /value="daily" checked/);
    await watcher.get('/en/communities/mail');
    const good = await watcher.post('/en/communities/mail', {
      frequency: 'weekly',
      timeZone: 'Europe/Warsaw',
    });
    assert.equal(good.status, 303);
    // The zones read as people know them, in their language and grouped by region, with the choice kept.
    const page = await (await watcher.get('/pl/communities/mail')).html;
    assert.match(page, /<optgroup label="[^"]+">/);
    assert.match(
      page,
      /<option value="Europe\/Warsaw" selected=""[^>]*>\u2068UTC\+0[12]:00\u2069 · Warsaw · czas środkowoeuropejski/,
    );
    const settings = await t.deps.db
      .selectFrom('community_mail_settings')
      .selectAll()
      .where('user_id', '=', watcher.user.id)
      .executeTakeFirst();
    assert.equal(settings?.frequency, 'weekly');
    assert.equal(settings?.time_zone, 'Europe/Warsaw');
    assert.equal((await t.client().get('/en/communities/mail')).response.status, 302);
  });
});

describe(`notification Reply-To when replies by mail are on (${testDialect})`, () => {
  const { t, peer } = useMailingTestApp({
    clock: { now: () => new Date('2026-05-04T10:00:00Z') },
    env: { SMTP_INBOUND_PORT: '0', SMTP_REPLY_DOMAIN: 'reply.example.org' },
  });
  const { author, reader } = usePeople(t, { author: { roles: ['curator'] }, reader: { locale: 'fr' } });

  it('carries the reader’s own signed reply address for the thread, and says the mail can be answered', async () => {
    const base = '/en/communities/replies-by-mail';
    await createCommunity(author, { name: 'Replies by mail', description: 'Mail.' });
    await followCommunity(base, reader);
    const threadId = await startThread(author, base, { title: 'Hello', body: 'Answer by mail.' });
    await t.deps.jobs.runDue();
    await t.deps.mailer.dispatchPending();
    const mail = peer.received.find((r) => r.envelopeTo.includes(reader.user.email))?.mail;
    const replyTo = mail?.replyTo?.value[0]?.address ?? '';
    assert.match(replyTo, /^reply\+[a-z2-7]+\.[a-z2-7]+@reply\.example\.org$/);
    const { verifyReplyAddress } = await import('./reply-address.ts');
    const check = verifyReplyAddress(t.deps, replyTo, reader.user.id);
    assert.deepEqual(check.ok && check.threadId, threadId);
    assert.match(mail?.text ?? '', /Vous pouvez aussi répondre à ce courriel/);
  });
});
