import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { actorOf } from '../../../test/support/accounts.ts';
import { outboxTo, storedListing } from '../../../test/support/connections.ts';
import { createMemberOrganization, createOrganizationPerson } from '../../../test/support/events.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { expiryJob, runConnectionExpiry, scheduleConnectionExpiry } from './connection-expiry.service.ts';
import { publishListing } from './connections.service.ts';

/**
 * Expiry (ADR 0049): a reminder to the owners and editors, in their language, seven days before a
 * listing's last day, exactly once however often and wherever the job runs; the listing closes once its
 * last day (UTC) has passed. The clock is moved to awkward instants: the last millisecond of a day, the
 * first of the next, a leap day.
 */
describe(`connections: reminders and closing on expiry (${testDialect})`, () => {
  let now = new Date('2028-02-01T12:00:00Z');
  const t = useTestApp({ clock: { now: () => now } });
  let listingId = '';
  const emails = { owner: 'ola@hospicjum.example.pl', editor: 'mariam@hospice.example.om' };
  const at = (iso: string) => {
    now = new Date(iso);
  };
  const reminders = async (email: string) =>
    (await outboxTo(t.deps, email)).filter((m) => m.dedupe_key?.startsWith('connections:expiry:'));
  const statusOf = async () => (await storedListing(t.deps, { id: listingId })).status;

  before(async () => {
    const org = await createMemberOrganization(t.deps, { name: 'Hospicjum Domowe', countries: ['PL'] });
    const owner = await createOrganizationPerson(t.deps, org.id, 'owner', {
      email: emails.owner,
      name: 'Ola',
      locale: 'pl',
    });
    await createOrganizationPerson(t.deps, org.id, 'editor', {
      email: emails.editor,
      name: 'مريم',
      locale: 'ar',
    });
    listingId = await publishListing(t.deps, await actorOf(t.deps, owner), 'offer', {
      organizationId: org.id,
      helpKind: 'volunteers',
      title: 'Wolontariusze do opieki wytchnieniowej',
      description: 'Nasi wolontariusze zastąpią opiekunów rodzinnych na kilka godzin w tygodniu.',
      language: 'pl',
      countries: ['PL'],
      workingLanguages: ['pl'],
      openUntil: '2028-02-29',
    });
  });

  it('reminds nobody before seven days ahead, to the millisecond', async () => {
    at('2028-02-21T23:59:59.999Z');
    assert.deepEqual(await runConnectionExpiry(t.deps), { reminded: 0, closed: 0 });
    assert.equal((await reminders(emails.owner)).length, 0);
  });

  it('reminds the owner and the editor once, each in their language, however many runs and nodes', async () => {
    at('2028-02-22T00:00:00.000Z');
    // Two nodes (or a restarted one) run the same slot at the same moment, then once more.
    await Promise.all([runConnectionExpiry(t.deps), runConnectionExpiry(t.deps)]);
    await runConnectionExpiry(t.deps);
    const toOwner = await reminders(emails.owner);
    const toEditor = await reminders(emails.editor);
    assert.equal(toOwner.length, 1);
    assert.equal(toEditor.length, 1);
    assert.match(toOwner[0]?.subject ?? '', /Wolontariusze do opieki wytchnieniowej.*29 lutego 2028/);
    assert.match(toOwner[0]?.text_body ?? '', /Oferta Twojej organizacji/);
    assert.match(toOwner[0]?.text_body ?? '', new RegExp(`/pl/connections/offers/${listingId}/edit`));
    assert.match(toEditor[0]?.subject ?? '', /يُغلق في/);
    assert.equal(await statusOf(), 'open');
  });

  it('reminds again when the organisation moves the date, and keeps it listed through its last day', async () => {
    await t.deps.db
      .updateTable('connection_listings')
      .set({ open_until: '2028-03-10' })
      .where('id', '=', listingId)
      .execute();
    at('2028-03-02T23:59:59.999Z');
    assert.equal((await runConnectionExpiry(t.deps)).reminded, 0);
    at('2028-03-03T00:00:00.000Z');
    assert.equal((await runConnectionExpiry(t.deps)).reminded, 1);
    assert.equal((await reminders(emails.owner)).length, 2);
    at('2028-03-10T23:59:59.999Z');
    assert.deepEqual(await runConnectionExpiry(t.deps), { reminded: 0, closed: 0 });
    assert.equal(await statusOf(), 'open');
    const offers = (await (await t.client().request('/api/v1/offers?limit=100')).json()) as {
      items: { id: string }[];
    };
    assert.ok(offers.items.some((o) => o.id === listingId));
  });

  it('closes it the first millisecond after its last day, once, audited, out of the API', async () => {
    at('2028-03-11T00:00:00.000Z');
    assert.deepEqual(await runConnectionExpiry(t.deps), { reminded: 0, closed: 1 });
    assert.deepEqual(await runConnectionExpiry(t.deps), { reminded: 0, closed: 0 });
    assert.equal(await statusOf(), 'expired');
    const entries = await t.deps.db
      .selectFrom('audit_log')
      .select(['actor_id'])
      .where('action', '=', 'connections.expired')
      .where('subject_id', '=', listingId)
      .execute();
    assert.deepEqual(entries, [{ actor_id: null }]);
    const offers = (await (await t.client().request('/api/v1/offers?limit=100')).json()) as {
      items: { id: string }[];
    };
    assert.ok(!offers.items.some((o) => o.id === listingId));
    assert.equal((await reminders(emails.owner)).length, 2, 'no mail on closing');
  });

  it('books the next hourly run once, whichever node asks', async () => {
    at('2028-03-11T10:59:59.999Z');
    await scheduleConnectionExpiry(t.deps);
    await scheduleConnectionExpiry(t.deps);
    const jobs = await t.deps.db
      .selectFrom('jobs')
      .select(['run_at'])
      .where('kind', '=', expiryJob)
      .execute();
    assert.deepEqual(
      jobs.map((j) => j.run_at),
      ['2028-03-11T11:00:00.000Z'],
    );
  });
});
