import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser, signedInClient, visibleText } from '../../../test/support/accounts.ts';
import { publishedEvent } from '../../../test/support/events.ts';
import { startSmtpPeer, type TSmtpPeer } from '../../../test/support/smtp-peer.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { translator } from '../../i18n/translator.ts';
import { countRegistrationsByStatus } from './event-registrations.repository.ts';

/**
 * Registering answers the same page whether the address is new or already registered, and the link
 * that sees or cancels a registration goes only to the registered address (issue 17).
 */
describe(`event registration tells nobody who registered (${testDialect})`, () => {
  let peer: TSmtpPeer;
  let t: TTestApp;
  before(async () => {
    peer = await startSmtpPeer();
    t = await createTestApp({
      env: { SMTP_URL: peer.url },
      clock: { now: () => new Date('2026-01-10T12:00:00Z') },
    });
  });
  after(async () => {
    await t.close();
    await peer.close();
  });

  const mailsTo = (address: string) =>
    peer.received.filter((r) => r.envelopeTo.includes(address)).map((r) => r.mail);
  const delivered = async (address: string, count: number) => {
    for (let i = 0; i < 100 && mailsTo(address).length < count; i += 1) {
      await t.deps.mailer.dispatchPending();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return mailsTo(address);
  };

  async function register(client: TestClient, slug: string, fields: Record<string, string>) {
    await client.get(`/pl/events/${slug}`);
    const res = await client.post(`/pl/events/${slug}/register`, fields);
    const location = res.headers.get('location') ?? '';
    const page = await client.get(location);
    return { status: res.status, location, text: visibleText(page.html), html: page.html };
  }

  it('answers a repeat registration like a first one and mails the link to the registered address only', async () => {
    const { event } = await publishedEvent(t.deps, { capacity: 5 });
    const first = await register(t.client(), event.slug, { name: 'Ola Nowak', email: 'ola@example.org' });
    const stranger = t.client();
    const repeat = await register(stranger, event.slug, { name: 'Ktoś Inny', email: 'OLA@example.org' });

    assert.equal(first.status, 303);
    assert.deepEqual(
      { status: repeat.status, location: repeat.location },
      { status: first.status, location: first.location },
    );
    assert.equal(first.location, `/pl/events/${event.slug}`);
    assert.ok(repeat.text.includes(translator('pl').t('events.flash.registrationMailed')));
    assert.doesNotMatch(repeat.html, /\/registration\/[\w-]{43}/, 'no registration link on the page');
    assert.deepEqual(await countRegistrationsByStatus(t.deps.db, event.id), {
      confirmed: 1,
      waiting: 0,
      cancelled: 0,
    });

    const [confirmation, reminder] = await delivered('ola@example.org', 2);
    assert.ok(confirmation && reminder, 'the registered address gets both mails');
    assert.match(reminder.subject ?? '', /^Twoje zgłoszenie: /);
    assert.match(reminder.text ?? '', /Ktoś, prawdopodobnie Ty, ponownie zgłosił ten adres/);
    assert.match(reminder.text ?? '', /Dzień dobry, Ola Nowak/, 'the registration is unchanged');
    const link = /http:\/\/localhost(\/pl\/events\/[^\s]+\/registration\/[\w-]{43})/.exec(
      reminder.text ?? '',
    )?.[1];
    assert.ok(link, 'the repeat mail carries the link');
    assert.ok(confirmation.text?.includes(link), 'the same link as the first mail');
    assert.equal(peer.received.filter((r) => r.mail.text?.includes(link)).length, 2, 'sent nowhere else');
    const page = await t.client().get(link);
    assert.equal(page.response.status, 200);
  });

  it('answers new and repeat registrations alike, with a seat or on the waiting list', async () => {
    const { event } = await publishedEvent(t.deps, { capacity: 1 });
    const answers = [];
    for (const email of ['seat@example.org', 'queue@example.org', 'seat@example.org', 'queue@example.org']) {
      const { status, location, text } = await register(t.client(), event.slug, { name: 'X', email });
      answers.push({
        status,
        location,
        flash: text.includes(translator('pl').t('events.flash.registrationMailed')),
      });
    }
    assert.equal(new Set(answers.map((a) => JSON.stringify(a))).size, 1, JSON.stringify(answers));
    assert.deepEqual(await countRegistrationsByStatus(t.deps.db, event.id), {
      confirmed: 1,
      waiting: 1,
      cancelled: 0,
    });
    const actions = await t.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', event.id)
      .where('action', 'like', 'events.registration%')
      .execute();
    assert.deepEqual(actions.map((a) => a.action).sort(), [
      'events.registration_confirmed',
      'events.registration_repeated',
      'events.registration_repeated',
      'events.registration_waiting',
    ]);
  });

  it('takes a signed-in person registering their own confirmed address straight to the registration', async () => {
    const { event } = await publishedEvent(t.deps, { capacity: 5 });
    const person = await createUser(t.deps, { email: 'own@example.org' });
    const client = await signedInClient(t.client(), person);
    const first = await register(client, event.slug, { name: person.name, email: person.email });
    assert.match(first.location, new RegExp(`^/pl/events/${event.slug}/registration/[\\w-]{43}$`));
    assert.ok(first.text.includes(translator('pl').t('events.flash.registered')));
    const again = await register(client, event.slug, { name: person.name, email: person.email });
    assert.equal(again.location, first.location);
    assert.ok(again.text.includes(translator('pl').t('events.flash.alreadyRegistered')));

    // Someone else's address, even when signed in, gets the neutral answer.
    const other = await register(client, event.slug, { name: 'Inna', email: 'someone-else@example.org' });
    assert.equal(other.location, `/pl/events/${event.slug}`);
  });
});
