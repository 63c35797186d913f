import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { startSmtpPeer, type TSmtpPeer } from '../../test/support/smtp-peer.ts';
import { createTestDatabase, type TTestDatabase, testDialect } from '../../test/support/test-database.ts';
import { addMinutes, type TClock } from './clock.ts';
import { migrateToLatest } from './db/migrator.ts';
import { createLogger } from './logger.ts';
import { Mailer } from './mail.ts';

/** A clock the test moves by hand. */
function manualClock(start: string): TClock & { set(iso: string): void; advanceMinutes(m: number): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (iso) => {
      current = new Date(iso);
    },
    advanceMinutes: (m) => {
      current = addMinutes(current, m);
    },
  };
}

const arabicSubject = 'تأكيد بريدك الإلكتروني — التحالف العالمي للرعاية';
const arabicText = 'مرحباً! يرجى تأكيد عنوان بريدك الإلكتروني.';
const polishText = 'Zażółć gęślą jaźń — partnerstwo lokalne w Krakowie.';

describe(`mail over real SMTP (${testDialect})`, () => {
  let database: TTestDatabase;
  let peer: TSmtpPeer;
  const logger = createLogger('silent');
  const mailers: Mailer[] = [];

  const makeMailer = (clock: TClock, options: { isSmtp: boolean } = { isSmtp: true }) => {
    const mailer = new Mailer(database.handle.db, {
      smtpUrl: options.isSmtp ? peer.url : undefined,
      from: 'Carehub <hub@example.org>',
      clock,
      logger,
    });
    mailers.push(mailer);
    return mailer;
  };
  const rows = () => database.handle.db.selectFrom('outbox').selectAll().orderBy('created_at').execute();

  before(async () => {
    database = await createTestDatabase();
    await migrateToLatest(database.handle.db);
  });
  after(async () => {
    await database.drop();
  });
  beforeEach(async () => {
    peer = await startSmtpPeer();
    await database.handle.db.deleteFrom('outbox').execute();
  });
  afterEach(async () => {
    for (const mailer of mailers.splice(0)) await mailer.stop();
    await peer.close();
  });

  it('delivers mail enqueued in a transaction, with Arabic and Polish text intact, and marks it sent', async () => {
    const clock = manualClock('2026-03-08T10:00:00.000Z');
    const mailer = makeMailer(clock);
    assert.equal(mailer.isSmtp, true);
    await database.handle.db.transaction().execute(async (trx) => {
      await mailer.enqueue(trx, {
        to: 'amina@example.org',
        subject: arabicSubject,
        text: `${arabicText}\n\n${polishText}`,
        html: `<p dir="rtl">${arabicText}</p><p lang="pl">${polishText}</p>`,
      });
    });
    const [queued] = await rows();
    assert.equal(queued?.status, 'pending');

    const duringDelivery: { status: string; nextAttemptAt: string | null }[] = [];
    peer.onRecipient = async () => {
      const row = await database.handle.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
      duringDelivery.push({ status: row.status, nextAttemptAt: row.next_attempt_at });
    };
    clock.advanceMinutes(1);
    assert.equal(await mailer.dispatchPending(), 1);

    assert.equal(peer.received.length, 1);
    const [{ envelopeTo, mail }] = peer.received as [(typeof peer.received)[number]];
    assert.deepEqual(envelopeTo, ['amina@example.org']);
    assert.equal(mail.subject, arabicSubject);
    assert.equal(mail.text?.trim(), `${arabicText}\n\n${polishText}`);
    assert.match(String(mail.html), new RegExp(polishText));
    assert.match(String(mail.html), new RegExp(arabicText));
    assert.equal(mail.from?.value[0]?.address, 'hub@example.org');
    assert.equal(mail.messageId, `<${queued?.id}@carehub>`);

    // While it was on the wire the row was claimed, with the time of the claim.
    assert.deepEqual(duringDelivery, [{ status: 'sending', nextAttemptAt: '2026-03-08T10:01:00.000Z' }]);
    const [sent] = await rows();
    assert.equal(sent?.status, 'sent');
    assert.equal(sent?.sent_at, '2026-03-08T10:01:00.000Z');
    assert.equal(sent?.attempts, 1);
    assert.equal(sent?.last_error, null);

    assert.equal(await mailer.dispatchPending(), 0, 'a sent row is not sent again');
    assert.equal(peer.received.length, 1);
  });

  it('keeps no mail from a transaction that rolled back', async () => {
    const mailer = makeMailer(manualClock('2026-03-08T10:00:00.000Z'));
    await assert.rejects(
      database.handle.db.transaction().execute(async (trx) => {
        await mailer.enqueue(trx, { to: 'x@example.org', subject: 'S', text: 'T' });
        throw new Error('the change failed');
      }),
      /the change failed/,
    );
    assert.deepEqual(await rows(), []);
    assert.equal(await mailer.dispatchPending(), 0);
    assert.equal(peer.received.length, 0);
  });

  it('sends a message once when its dedupe key is enqueued twice', async () => {
    const mailer = makeMailer(manualClock('2026-03-08T10:00:00.000Z'));
    const message = {
      to: 'jan@example.org',
      subject: 'Witamy',
      text: polishText,
      dedupeKey: 'verify:user-1',
    };
    await database.handle.db.transaction().execute((trx) => mailer.enqueue(trx, message));
    await database.handle.db.transaction().execute(async (trx) => {
      await mailer.enqueue(trx, message);
      await mailer.enqueue(trx, message);
    });
    assert.equal((await rows()).length, 1);
    assert.equal(await mailer.dispatchPending(), 1);
    assert.equal(await mailer.dispatchPending(), 0);
    await database.handle.db.transaction().execute((trx) => mailer.enqueue(trx, message));
    assert.equal(await mailer.dispatchPending(), 0);
    assert.equal(peer.received.length, 1);
    assert.equal(peer.received[0]?.mail.text?.trim(), polishText);
  });

  it('leaves mail pending with the error and a later attempt time when the peer refuses it (550)', async () => {
    const clock = manualClock('2026-03-08T10:00:00.000Z');
    const mailer = makeMailer(clock);
    await mailer.enqueue(database.handle.db, { to: 'nobody@example.org', subject: 'S', text: 'T' });
    peer.isRefusing = true;

    assert.equal(await mailer.dispatchPending(), 0);
    const [refused] = await rows();
    assert.equal(refused?.status, 'pending');
    assert.equal(refused?.attempts, 1);
    assert.match(refused?.last_error ?? '', /550/);
    assert.equal(refused?.next_attempt_at, '2026-03-08T10:02:00.000Z', 'retried after 2 minutes');
    assert.equal(peer.received.length, 0);

    // Not due yet: nothing is tried.
    clock.advanceMinutes(1);
    assert.equal(await mailer.dispatchPending(), 0);
    assert.equal((await rows())[0]?.attempts, 1);

    // A second refusal waits longer (4 minutes).
    clock.advanceMinutes(1);
    assert.equal(await mailer.dispatchPending(), 0);
    const [again] = await rows();
    assert.equal(again?.attempts, 2);
    assert.equal(again?.next_attempt_at, '2026-03-08T10:06:00.000Z');

    // When the peer accepts again, the message goes out.
    peer.isRefusing = false;
    clock.set('2026-03-08T10:06:00.000Z');
    assert.equal(await mailer.dispatchPending(), 1);
    const [sent] = await rows();
    assert.equal(sent?.status, 'sent');
    assert.equal(sent?.attempts, 3);
    assert.equal(sent?.last_error, null);
    assert.equal(peer.received.length, 1);
  });

  it("keeps mail in the outbox ('kept') and sends nothing without SMTP", async () => {
    const mailer = makeMailer(manualClock('2026-03-08T10:00:00.000Z'), { isSmtp: false });
    assert.equal(mailer.isSmtp, false);
    await database.handle.db
      .transaction()
      .execute((trx) =>
        mailer.enqueue(trx, { to: 'amina@example.org', subject: arabicSubject, text: arabicText }),
      );
    await mailer.start();
    assert.equal(await mailer.dispatchPending(), 0);
    const [kept] = await rows();
    assert.equal(kept?.status, 'kept');
    assert.equal(kept?.subject, arabicSubject);
    assert.equal(kept?.text_body, arabicText);
    assert.equal(peer.received.length, 0);
  });

  it('on start, retries mail a crashed process left "sending", and leaves a send in progress alone', async () => {
    const clock = manualClock('2026-03-08T10:00:00.000Z');
    const mailer = makeMailer(clock);
    await mailer.enqueue(database.handle.db, { to: 'stranded@example.org', subject: 'Stranded', text: 'A' });
    clock.advanceMinutes(1);
    await mailer.enqueue(database.handle.db, {
      to: 'in-flight@example.org',
      subject: 'In flight',
      text: 'B',
    });
    // What a process leaves behind when it dies after claiming a row: 'sending', claimed at 10:00 and
    // 10:14 (it records the claim time in next_attempt_at, as dispatchPending does).
    const [stranded, inFlight] = await rows();
    await database.handle.db
      .updateTable('outbox')
      .set({ status: 'sending', attempts: 1, next_attempt_at: '2026-03-08T10:00:00.000Z' })
      .where('id', '=', stranded?.id ?? '')
      .execute();
    await database.handle.db
      .updateTable('outbox')
      .set({ status: 'sending', attempts: 1, next_attempt_at: '2026-03-08T10:14:00.000Z' })
      .where('id', '=', inFlight?.id ?? '')
      .execute();

    clock.set('2026-03-08T10:16:00.000Z');
    const restarted = makeMailer(clock);
    await restarted.start(60_000);

    assert.deepEqual(
      peer.received.map((r) => r.envelopeTo),
      [['stranded@example.org']],
      'the stranded mail is sent once; the one claimed 2 minutes ago is not',
    );
    const after = await rows();
    assert.equal(after[0]?.status, 'sent');
    assert.equal(after[0]?.attempts, 2);
    assert.equal(after[1]?.status, 'sending');

    // recoverInterrupted() on its own: nothing more to do until the second claim is 15 minutes old.
    assert.equal(await restarted.recoverInterrupted(), 0);
    clock.set('2026-03-08T10:29:00.000Z');
    assert.equal(await restarted.recoverInterrupted(), 1);
    const [, recovered] = await rows();
    assert.equal(recovered?.status, 'pending');
    assert.match(recovered?.last_error ?? '', /interrupted/);
    assert.equal(recovered?.next_attempt_at, '2026-03-08T10:29:00.000Z');
  });
  it('delivers the List-Unsubscribe, List-Unsubscribe-Post and Reply-To headers kept with the row', async () => {
    const mailer = makeMailer(manualClock('2026-03-08T10:00:00.000Z'));
    const url = 'https://hub.example.org/pl/unsubscribe/abc.def';
    await mailer.enqueue(database.handle.db, {
      to: 'jan@example.org',
      subject: 'Nowy wpis',
      text: polishText,
      headers: {
        'List-Unsubscribe': `<${url}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        'Reply-To': 'reply+abc.def@reply.example.org',
      },
    });
    const [queued] = await rows();
    assert.deepEqual(JSON.parse(queued?.headers ?? 'null'), {
      'List-Unsubscribe': `<${url}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Reply-To': 'reply+abc.def@reply.example.org',
    });
    assert.equal(await mailer.dispatchPending(), 1);
    const mail = peer.received[0]?.mail;
    assert.ok(mail);
    // The lines as they arrived (the parser folds List-* headers into one "list" object).
    const lines = mail.headerLines.map((h) => h.line);
    assert.ok(lines.includes(`List-Unsubscribe: <${url}>`), lines.join('\n'));
    assert.ok(lines.includes('List-Unsubscribe-Post: List-Unsubscribe=One-Click'), lines.join('\n'));
    assert.equal(mail.replyTo?.value[0]?.address, 'reply+abc.def@reply.example.org');
    assert.equal(mail.from?.value[0]?.address, 'hub@example.org');
  });

  it('sends mail without headers as before, and refuses a header that could start another one', async () => {
    const mailer = makeMailer(manualClock('2026-03-08T10:00:00.000Z'));
    await mailer.enqueue(database.handle.db, { to: 'a@example.org', subject: 'S', text: 'T' });
    assert.equal((await rows())[0]?.headers, null);
    await assert.rejects(
      mailer.enqueue(database.handle.db, {
        to: 'b@example.org',
        subject: 'S',
        text: 'T',
        headers: { 'Reply-To': 'a@example.org\r\nBcc: everyone@example.org' },
      }),
      /unusable value/,
    );
    await assert.rejects(
      mailer.enqueue(database.handle.db, {
        to: 'b@example.org',
        subject: 'S',
        text: 'T',
        headers: { Bcc: 'everyone@example.org' } as never,
      }),
      /not allowed/,
    );
    assert.equal(await mailer.dispatchPending(), 1);
    assert.equal(
      peer.received[0]?.mail.headerLines.some((h) => h.key.startsWith('list-')),
      false,
    );
    assert.equal(peer.received[0]?.mail.replyTo, undefined);
  });
});
