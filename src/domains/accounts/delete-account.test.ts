import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser, signedInClient, signInAs, visibleText } from '../../../test/support/accounts.ts';
import { actorOf, createPersonIn, publishedCommitment } from '../../../test/support/commitments.ts';
import { publishedEvent } from '../../../test/support/events.ts';
import { startSmtpPeer, type TSmtpPeer } from '../../../test/support/smtp-peer.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { anonymousActor } from '../../core/actor.ts';
import { translator } from '../../i18n/translator.ts';
import { fileReport } from '../commitments/commitment-reporting.service.ts';
import { listDeliverables } from '../commitments/commitments.repository.ts';
import { registerForEvent } from '../events/event-registrations.service.ts';

/**
 * "Delete my account" (issue 17): what is the person's own goes, what they made for organisations
 * stays as the work of "a former member"; sole owners and the last administrator hand over first.
 */
describe(`accounts: delete my account (${testDialect})`, () => {
  let peer: TSmtpPeer;
  let t: TTestApp;
  // Registration for the 28 January event opens on 10 January; the account goes on 1 February.
  let current = new Date('2026-01-10T12:00:00Z');
  const en = translator('en');

  before(async () => {
    peer = await startSmtpPeer();
    t = await createTestApp({ env: { SMTP_URL: peer.url }, clock: { now: () => current } });
  });
  after(async () => {
    await t.close();
    await peer.close();
  });

  const register = (slug: string, person: { name: string; email: string }, userId: string | null) =>
    registerForEvent(t.deps, anonymousActor, slug, person, { userId, locale: 'en' });
  const deleteThrough = async (client: TestClient, password: string) => {
    await client.get('/en/account');
    return client.post('/en/account/delete', { password });
  };
  const registrationsOf = (eventId: string) =>
    t.deps.db
      .selectFrom('event_registrations')
      .select(['name', 'email', 'status', 'user_id', 'answers'])
      .where('event_id', '=', eventId)
      .orderBy('created_at')
      .execute();

  it('deletes what is the person’s own and keeps their report for the organisation, by “a former member”', async () => {
    const { organization, commitment } = await publishedCommitment(t.deps);
    const leaver = await createPersonIn(t.deps, organization.id, 'owner');
    const deliverables = await listDeliverables(t.deps.db, commitment.id);
    await fileReport(t.deps, await actorOf(t.deps, leaver), commitment.slug, {
      narrative: 'Forty nurseries opened in the second year.',
      isFinal: false,
      items: deliverables.map((d) => ({
        deliverableId: d.id,
        status: 'on_track',
        percentText: '40',
        narrative: '',
        evidence: [],
      })),
    });
    const past = await publishedEvent(t.deps, { capacity: 5 });
    const upcoming = await publishedEvent(t.deps, {
      capacity: 1,
      start: '2026-03-10T10:00',
      end: '2026-03-10T12:00',
    });
    await register(past.event.slug, { name: leaver.name, email: leaver.email }, leaver.id);
    await register(upcoming.event.slug, { name: leaver.name, email: leaver.email }, leaver.id);
    await register(upcoming.event.slug, { name: 'Next In Line', email: 'next@example.org' }, null);

    current = new Date('2026-02-01T09:00:00Z');
    const client = await signedInClient(t.client(), leaver);
    const page = await client.get('/en/account');
    assert.ok(visibleText(page.html).includes(en.t('accounts.account.deleteTitle')));
    assert.match(
      page.html,
      /<form novalidate="" class="stack" method="post" action="\/en\/account\/delete">/,
    );

    const wrong = await deleteThrough(client, 'not my password at all');
    assert.equal(wrong.status, 422);
    assert.ok(visibleText(await wrong.text()).includes(en.t('accounts.errors.currentPasswordWrong')));
    const empty = await deleteThrough(client, '');
    assert.equal(empty.status, 422, 'an empty form is a message, not an error');
    assert.ok(
      await t.deps.db.selectFrom('users').select('id').where('id', '=', leaver.id).executeTakeFirst(),
    );

    const done = await deleteThrough(client, leaver.password);
    assert.equal(done.status, 303);
    assert.equal(done.headers.get('location'), '/en/');
    const home = await client.get('/en/');
    assert.ok(visibleText(home.html).includes(en.t('accounts.flash.accountDeleted')));
    assert.equal((await client.get('/en/account')).response.status, 302, 'signed out');
    assert.equal((await signInAs(t.client(), leaver)).status, 422, 'the password opens nothing');

    // The person's own rows are gone.
    const left = async (table: 'users' | 'sessions' | 'organization_members', column: 'id' | 'user_id') =>
      (await t.deps.db.selectFrom(table).select(column).where(column, '=', leaver.id).execute()).length;
    assert.equal(await left('users', 'id'), 0);
    assert.equal(await left('sessions', 'user_id'), 0);
    assert.equal(await left('organization_members', 'user_id'), 0);

    // The seat at the coming event went to the next in line; the past one still counts, anonymously.
    const coming = await registrationsOf(upcoming.event.id);
    assert.deepEqual(
      coming.map((r) => [r.name, r.email, r.status, r.user_id]),
      [
        ['', '', 'cancelled', null],
        ['Next In Line', 'next@example.org', 'confirmed', null],
      ],
    );
    const before = await registrationsOf(past.event.id);
    assert.deepEqual(
      before.map((r) => [r.name, r.email, r.status, r.user_id, r.answers]),
      [['', '', 'confirmed', null, '[]']],
    );

    // The report stays with the organisation's commitment, by a former member.
    const reports = await t.deps.db
      .selectFrom('commitment_reports')
      .select(['reported_by', 'narrative'])
      .where('commitment_id', '=', commitment.id)
      .execute();
    assert.deepEqual(reports, [
      { reported_by: null, narrative: 'Forty nurseries opened in the second year.' },
    ]);
    const commitmentPage = await t.client().get(`/en/commitments/${encodeURIComponent(commitment.slug)}`);
    const text = visibleText(commitmentPage.html);
    assert.ok(text.includes(en.t('commitments.timeline.byFormerMember')));
    assert.ok(!text.includes(leaver.name));

    // Audited by id, with nothing personal; a last mail to the address says it is done.
    const entry = await t.deps.db
      .selectFrom('audit_log')
      .select(['actor_id', 'subject_id', 'details'])
      .where('action', '=', 'accounts.deleted')
      .executeTakeFirstOrThrow();
    assert.equal(entry.subject_id, leaver.id);
    assert.ok(!entry.details.includes(leaver.email) && !entry.details.includes(leaver.name));
    const outbox = await t.deps.db
      .selectFrom('outbox')
      .select('subject')
      .where('to_address', '=', leaver.email)
      .execute();
    assert.deepEqual(
      outbox.map((m) => m.subject),
      [translator('en').t('mail.accountDeleted.subject')],
      'only the last mail is kept for the address',
    );
    const goodbyeTo = () =>
      peer.received.find(
        (r) => r.envelopeTo.includes(leaver.email) && r.mail.subject === 'Your account has been deleted',
      )?.mail;
    for (let i = 0; i < 100 && !goodbyeTo(); i += 1) {
      await t.deps.mailer.dispatchPending();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const goodbye = goodbyeTo();
    assert.ok(goodbye, 'the last mail reaches the address');
    assert.match(goodbye?.text ?? '', new RegExp(`Hello ${leaver.name}`));
  });

  it('asks the sole owner of an organisation to hand it over first, and then lets them go', async () => {
    const { organization, owner } = await publishedCommitment(t.deps);
    const client = await signedInClient(t.client(), owner);
    const page = await client.get('/en/account');
    assert.ok(visibleText(page.html).includes(en.t('accounts.account.deleteHandOver')));
    assert.ok(page.html.includes(`/en/members/${organization.slug}/people`));
    const refused = await deleteThrough(client, owner.password);
    assert.equal(refused.status, 422);
    assert.ok(visibleText(await refused.text()).includes(en.t('accounts.errors.soleOwner')));
    assert.ok(await t.deps.db.selectFrom('users').select('id').where('id', '=', owner.id).executeTakeFirst());

    // An editor does not count: only another owner takes the organisation over.
    await createPersonIn(t.deps, organization.id, 'editor');
    assert.equal((await deleteThrough(client, owner.password)).status, 422);
    const successor = await createPersonIn(t.deps, organization.id, 'owner');
    assert.equal((await deleteThrough(client, owner.password)).status, 303);
    const owners = await t.deps.db
      .selectFrom('organization_members')
      .select('user_id')
      .where('organization_id', '=', organization.id)
      .where('role', '=', 'owner')
      .execute();
    assert.deepEqual(owners, [{ user_id: successor.id }]);
  });

  it('keeps the hub’s last administrator, and lets one of two go', async () => {
    const own = await createTestApp({ clock: { now: () => current } });
    try {
      const first = await createUser(own.deps, { roles: ['admin'] });
      const client = await signedInClient(own.client(), first);
      const refused = await deleteThrough(client, first.password);
      assert.equal(refused.status, 422);
      assert.ok(visibleText(await refused.text()).includes(en.t('accounts.errors.lastAdmin')));
      const second = await createUser(own.deps, { roles: ['admin'] });
      assert.equal((await deleteThrough(client, first.password)).status, 303);
      const admins = await own.deps.db
        .selectFrom('user_roles')
        .select('user_id')
        .where('role', '=', 'admin')
        .execute();
      assert.deepEqual(admins, [{ user_id: second.id }]);
    } finally {
      await own.close();
    }
  });
});
