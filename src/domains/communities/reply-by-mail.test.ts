import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import { createUser, signedInClient, type TTestUser, visibleText } from '../../../test/support/accounts.ts';
import { createCommunity, joinCommunity } from '../../../test/support/communities.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import type { TInboundSmtp } from '../../platform/inbound-smtp.ts';
import { replyAddressFor } from './reply-address.ts';
import { startReplyListener } from './reply-listener.ts';

/**
 * Replies by e-mail through the real listener, sent by a real SMTP client (nodemailer): what is
 * posted, what is refused and what the member is told.
 */
describe(`replies by e-mail (${testDialect})`, () => {
  let t: TTestApp;
  let listener: TInboundSmtp;
  let smtp: Transporter;
  let facilitator: TestClient;
  let ana: TTestUser;
  let ben: TTestUser;
  let anaClient: TestClient;
  let threadId = '';
  let now = new Date('2026-07-01T10:00:00Z');
  const base = '/en/communities/home-care-circle';

  before(async () => {
    t = await createTestApp({
      clock: { now: () => now },
      env: { SMTP_REPLY_DOMAIN: 'reply.care.test', SMTP_INBOUND_MAX_BYTES: '200000' },
    });
    const listening = await startReplyListener(t.deps, { port: 0, host: '127.0.0.1' });
    assert.ok(listening);
    listener = listening;
    smtp = nodemailer.createTransport({
      host: '127.0.0.1',
      port: listener.port,
      secure: false,
      ignoreTLS: true,
    });
    facilitator = await signedInClient(
      t.client(),
      await createUser(t.deps, { roles: ['curator'], name: 'Fay' }),
    );
    await createCommunity(facilitator, {
      name: 'Home care circle',
      description: 'Carers compare notes.',
      visibility: 'private',
    });
    ana = await createUser(t.deps, { name: 'Ana Ruiz', locale: 'es', email: 'ana@example.org' });
    ben = await createUser(t.deps, { name: 'Ben Okoro', email: 'ben@example.org' });
    // Accounts older than a week: the new-account posting limit does not apply to them.
    await t.deps.db
      .updateTable('users')
      .set({ created_at: '2026-06-01T10:00:00.000Z' })
      .where('id', 'in', [ana.id, ben.id])
      .execute();
    anaClient = await signedInClient(t.client(), ana);
    for (const client of [anaClient, await signedInClient(t.client(), ben)]) {
      await joinCommunity(base, client);
    }
    await facilitator.get(base);
    const res = await facilitator.post(`${base}/threads`, {
      title: 'Night shifts at home',
      kind: 'discussion',
      body: 'How do you organise nights?',
    });
    threadId = (res.headers.get('location') ?? '').split('/threads/')[1] ?? '';
    assert.ok(threadId);
  });
  after(async () => {
    smtp?.close();
    await listener?.close();
    await t.close();
  });

  const addressOf = (user: TTestUser, thread = threadId) =>
    replyAddressFor(t.deps, { userId: user.id, threadId: thread });

  async function postBodies(): Promise<string[]> {
    const rows = await t.deps.db
      .selectFrom('community_posts')
      .select('body')
      .where('thread_id', '=', threadId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => r.body);
  }

  async function noticesTo(email: string) {
    return t.deps.db
      .selectFrom('outbox')
      .select(['subject', 'text_body'])
      .where('to_address', '=', email)
      .where('subject', 'not like', '%onfirm%')
      .execute();
  }

  async function send(mail: SendMailOptions) {
    // A minute between mails, so posts sort in the order they were sent.
    now = new Date(now.getTime() + 60_000);
    return smtp.sendMail({ from: ana.email, ...mail });
  }

  it('posts a reply from the member, without the quoted notification and the signature', async () => {
    const info = await send({
      to: addressOf(ana),
      subject: 'Re: Night shifts at home',
      messageId: '<first-reply@example.org>',
      text: [
        'We take turns: one night each, and a neighbour on Sundays.',
        '',
        'El vie, 1 jul 2026 a las 10:00, Hub <notifications@care.test> escribió:',
        '> How do you organise nights?',
        '> Reply to this mail to answer.',
        '',
        '-- ',
        'Ana, carer since 2019',
      ].join('\r\n'),
    });
    assert.match(String(info.response), /^250 .*posted/);
    const bodies = await postBodies();
    assert.equal(bodies.at(-1), 'We take turns: one night each, and a neighbour on Sundays.');
    const page = visibleText((await anaClient.get(`${base}/threads/${threadId}`)).html);
    assert.ok(page.includes('one night each'), page.slice(0, 300));
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select(['actor_id', 'details'])
      .where('action', '=', 'communities.replied')
      .orderBy('at', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(audit.actor_id, ana.id);
    assert.match(audit.details, /"via":"mail"/);
  });

  it('posts a second delivery of the same message once', async () => {
    const before = (await postBodies()).length;
    const info = await send({ to: addressOf(ana), messageId: '<first-reply@example.org>', text: 'Again?' });
    assert.match(String(info.response), /^250 .*already/);
    assert.equal((await postBodies()).length, before);
  });

  it('turns an HTML-only mail into text, quote and Outlook header block left out', async () => {
    await send({
      to: addressOf(ana),
      messageId: '<html-reply@example.org>',
      html: [
        '<p>A <b>rota</b> on the fridge helps.</p>',
        '<p>Second line &amp; more.</p>',
        '<hr><p><b>From:</b> Hub &lt;notifications@care.test&gt;<br><b>Sent:</b> Friday<br>',
        '<b>Subject:</b> Night shifts</p><p>How do you organise nights?</p>',
      ].join(''),
    });
    const last = (await postBodies()).at(-1) ?? '';
    assert.ok(
      last.includes('A ROTA on the fridge helps.') || last.includes('A rota on the fridge helps.'),
      last,
    );
    assert.ok(last.includes('Second line & more.'), last);
    assert.ok(!last.includes('organise nights'), last);
    assert.ok(!last.includes('<p>'), last);
  });

  it('refuses a mail whose sender is not the member the address was made for, posting nothing', async () => {
    const before = (await postBodies()).length;
    // Ben sends with Ana's address; then someone forges Ana's From but not the envelope.
    await assert.rejects(
      smtp.sendMail({ from: ben.email, to: addressOf(ana), text: 'Not mine to send' }),
      (error: Error & { responseCode?: number }) => error.responseCode === 550,
    );
    await assert.rejects(
      smtp.sendMail({
        from: ana.email,
        envelope: { from: 'mallory@example.net', to: addressOf(ana) },
        to: addressOf(ana),
        text: 'Pretending',
      }),
      (error: Error & { responseCode?: number }) => error.responseCode === 550,
    );
    await assert.rejects(
      smtp.sendMail({ from: 'stranger@example.net', to: addressOf(ana), text: 'Hello' }),
      (error: Error & { responseCode?: number }) => error.responseCode === 550,
    );
    assert.equal((await postBodies()).length, before);
  });

  it('refuses forged, altered and expired addresses, and unknown recipients at RCPT', async () => {
    const before = (await postBodies()).length;
    const good = addressOf(ana);
    const [local = '', domain = ''] = good.split('@');
    const forged = `${local.slice(0, -2)}${local.endsWith('aa') ? 'bb' : 'aa'}@${domain}`;
    for (const to of [
      forged,
      'reply+aaaa.bbbb@reply.care.test',
      'someone@reply.care.test',
      good.replace(domain, 'x.test'),
    ]) {
      await assert.rejects(
        send({ to, text: 'Should not land' }),
        (error: Error & { responseCode?: number }) => error.responseCode === 550,
        to,
      );
    }
    const old = addressOf(ana);
    const today = now;
    now = new Date('2026-12-01T10:00:00Z');
    try {
      await assert.rejects(
        send({ to: old, text: 'Late answer' }),
        (error: Error & { responseCode?: number }) =>
          error.responseCode === 550 && /has expired/.test(error.message),
      );
      // Someone else sending to Ana's expired address learns nothing about it.
      await assert.rejects(
        send({ to: old, text: 'Late answer', from: ben.email }),
        (error: Error & { responseCode?: number }) =>
          error.responseCode === 550 && !/expired/.test(error.message),
      );
    } finally {
      now = today;
    }
    assert.equal((await postBodies()).length, before);
  });

  it('does not post to a locked thread, and tells the member why in their language, with their text', async () => {
    const path = `${base}/threads/${threadId}`;
    await facilitator.get(path);
    assert.equal((await facilitator.post(`${path}/moderate`, { what: 'lock', reason: 'Pause' })).status, 303);
    const before = (await postBodies()).length;
    const info = await send({ to: addressOf(ana), messageId: '<locked@example.org>', text: 'Una idea más.' });
    assert.match(String(info.response), /^250 /);
    assert.equal((await postBodies()).length, before);
    const notices = await noticesTo(ana.email);
    const notice = notices.find((n) => n.text_body.includes('Una idea más.'));
    assert.ok(notice, JSON.stringify(notices));
    assert.match(notice.subject, /no se ha publicado/);
    assert.match(notice.text_body, /cerrada/);
    await facilitator.post(`${path}/moderate`, { what: 'unlock', reason: 'Open again' });
  });

  it('ignores automatic replies, and says in a confirmation that attached files were not added', async () => {
    const before = (await postBodies()).length;
    const auto = await send({
      to: addressOf(ana),
      text: 'I am away until Monday.',
      headers: { 'Auto-Submitted': 'auto-replied' },
    });
    assert.match(String(auto.response), /^250 .*automatic/);
    assert.equal((await postBodies()).length, before);
    await send({
      to: addressOf(ana),
      messageId: '<with-file@example.org>',
      text: 'Our rota is attached.',
      attachments: [{ filename: 'rota.txt', content: 'Mon: Ana\nTue: Ben\n' }],
    });
    assert.equal((await postBodies()).at(-1), 'Our rota is attached.');
    const notices = await noticesTo(ana.email);
    assert.ok(
      notices.some((n) => /sin sus archivos/.test(n.subject) && n.text_body.includes('El archivo adjunto')),
    );
  });

  it('refuses a mail larger than the limit with 552', async () => {
    await assert.rejects(
      send({ to: addressOf(ana), text: 'x'.repeat(300_000) }),
      (error: Error & { responseCode?: number }) => error.responseCode === 552,
    );
  });

  it('does not post for a member removed from the community, and tells them why', async () => {
    const before = (await postBodies()).length;
    await facilitator.get(base);
    const removed = await facilitator.post(`${base}/members/${ben.id}/remove`, { reason: 'Left the team' });
    assert.equal(removed.status, 303);
    const info = await smtp.sendMail({
      from: ben.email,
      to: addressOf(ben),
      messageId: '<ben@example.org>',
      text: 'Still here?',
    });
    assert.match(String(info.response), /^250 .*not posted/);
    assert.equal((await postBodies()).length, before);
    const notice = (await noticesTo(ben.email)).find((n) => n.text_body.includes('Still here?'));
    assert.ok(notice?.text_body.includes('no longer a member'));
  });

  it('keeps listening after a client drops the connection mid-message', async () => {
    const { connect } = await import('node:net');
    await new Promise<void>((resolve) => {
      const socket = connect(listener.port, '127.0.0.1', () => {
        socket.write(
          `EHLO x\r\nMAIL FROM:<${ana.email}>\r\nRCPT TO:<${addressOf(ana)}>\r\nDATA\r\nSubject: half\r\n`,
        );
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 100);
      });
    });
    const info = await send({
      to: addressOf(ana),
      messageId: '<after-drop@example.org>',
      text: 'Still works.',
    });
    assert.match(String(info.response), /^250 .*posted/);
  });
});
