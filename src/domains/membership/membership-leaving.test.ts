import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { visibleText } from '../../../test/support/accounts.ts';
import { auditEntries } from '../../../test/support/audit-entries.ts';
import { demoOrganizationPerson, organizationIdBySlug, outboxTo } from '../../../test/support/connections.ts';
import { createOrganizationPerson } from '../../../test/support/events.ts';
import { usePeople } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { loadDemoIfEmpty } from '../../demo/load-demo.ts';

/**
 * Leaving the alliance (ADR 0048): only the organisation's owners or the secretariat; a confirmation
 * first; one transaction makes it a former member, closes its open offers, needs and waiting requests,
 * and tells both sides of every request and conversation by mail in their language; a second submit
 * changes nothing.
 */
describe(`membership: leaving the alliance (${testDialect})`, () => {
  const t = useTestApp({ clock: { now: () => now } });
  const now = new Date('2026-03-31T23:59:30Z');
  const emails = {
    owner: 'owner@lab.example.org',
    editor: 'editor@lab.example.org',
    oman: 'salim@planning.example.om',
    unWomen: 'grace@unwomen.example.org',
  };
  before(() => loadDemoIfEmpty(t.deps).then(() => {}));
  const { owner, editor, oman, secretariat } = usePeople(t, {
    owner: demoOrganizationPerson('time-use-lab-krakow', 'owner', {
      email: emails.owner,
      name: 'Anna',
      locale: 'pl',
    }),
    editor: demoOrganizationPerson('time-use-lab-krakow', 'editor', {
      email: emails.editor,
      name: 'Piotr',
      locale: 'pl',
    }),
    oman: demoOrganizationPerson('oman-social-planning-directorate', 'editor', {
      email: emails.oman,
      name: 'سالم',
      locale: 'ar',
    }),
    secretariat: { roles: ['reviewer'] },
  });
  const labPath = '/members/time-use-lab-krakow';
  const orgIdOf = (slug: string) => organizationIdBySlug(t.deps, slug);
  const organizationOf = (slug: string) =>
    t.deps.db
      .selectFrom('organizations')
      .select(['id', 'version', 'membership_status'])
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();
  const statusOf = async (slug: string) => (await organizationOf(slug)).membership_status;
  const introductionStatus = async (column: 'id' | 'receiver_organization_id', value: string) =>
    (
      await t.deps.db
        .selectFrom('connection_introductions')
        .select('status')
        .where(column, '=', value)
        .executeTakeFirstOrThrow()
    ).status;
  const endedEntries = (organizationId: string) =>
    auditEntries(t.deps, { subjectId: organizationId, actions: ['membership.ended'] });
  let requestId = '';

  before(async () => {
    // Oman asks the lab about its time-use offer: a request waiting for an answer.
    const offer = await t.deps.db
      .selectFrom('connection_listings')
      .select('id')
      .where('title', '=', 'Pomożemy zaprojektować badanie budżetu czasu')
      .executeTakeFirstOrThrow();
    const offerPath = `/ar/connections/offers/${offer.id}/introduction`;
    await oman.get(offerPath);
    const asked = await oman.post(offerPath, {
      organizationId: await orgIdOf('oman-social-planning-directorate'),
      message: 'نودّ أن نتعلم منكم تصميم مسح استخدام الوقت.',
    });
    assert.equal(asked.status, 303);
    requestId = (asked.headers.get('location') ?? '').split('/').pop() ?? '';
  });

  it('lets neither an editor, another organisation, nor a visitor end the membership', async () => {
    assert.equal((await editor.request(`/en${labPath}/leave`)).status, 404);
    assert.equal((await oman.request(`/en${labPath}/leave`)).status, 404);
    assert.equal((await t.client().request(`/en${labPath}/leave`)).status, 302);
    // A forged POST from the editor (with a valid CSRF token from another page) changes nothing.
    await editor.get(`/en${labPath}/edit`);
    const forged = await editor.post(`/en${labPath}/leave`, { version: '1', confirm: 'on' });
    assert.equal(forged.status, 404);
    assert.equal(await statusOf('time-use-lab-krakow'), 'member');
    // The profile editor links to the page for owners only.
    assert.ok(!(await editor.get(`/en${labPath}/edit`)).html.includes(`${labPath}/leave`));
    assert.ok((await owner.get(`/en${labPath}/edit`)).html.includes(`${labPath}/leave`));
  });

  it('says what happens and asks for a confirmation, keeping everything as it was without it', async () => {
    const page = await owner.get(`/pl${labPath}/leave`);
    assert.equal(page.response.status, 200);
    assert.match(visibleText(page.html), /Wystąp z sojuszu/);
    assert.match(visibleText(page.html), /zostaje w historii sojuszu/);
    const unconfirmed = await owner.post(`/pl${labPath}/leave`, { version: '1' });
    assert.equal(unconfirmed.status, 422);
    assert.match(visibleText(await unconfirmed.text()), /Zaznacz pole, aby potwierdzić/);
    assert.equal(await statusOf('time-use-lab-krakow'), 'member');
    assert.equal((await outboxTo(t.deps, emails.oman)).filter((m) => /غادرت/.test(m.subject)).length, 0);
  });

  it('the owner leaves: listings and the waiting request close, both sides are told in their language', async () => {
    const { id: lab, version } = await organizationOf('time-use-lab-krakow');
    const left = await owner.post(`/pl${labPath}/leave`, { version: String(version), confirm: 'on' });
    assert.equal(left.status, 303);
    assert.equal(left.headers.get('location'), '/pl/members');
    assert.equal(await statusOf('time-use-lab-krakow'), 'former');

    const listings = await t.deps.db
      .selectFrom('connection_listings')
      .select(['status', 'closed_at'])
      .where('organization_id', '=', lab)
      .execute();
    assert.ok(listings.length > 0);
    for (const l of listings) assert.deepEqual(l, { status: 'left', closed_at: now.toISOString() });
    assert.equal(await introductionStatus('id', requestId), 'closed');

    const toOman = (await outboxTo(t.deps, emails.oman)).filter((m) => m.subject.includes('غادرت'));
    assert.equal(toOman.length, 1);
    assert.match(toOman[0]?.text_body ?? '', /Time-Use|Pracownia|budżetu|لأن/);
    assert.ok(!(toOman[0]?.text_body ?? '').includes(emails.owner), 'no address of the other side');
    const toOwner = (await outboxTo(t.deps, emails.owner)).filter((m) =>
      /wystąpiła z sojuszu/.test(m.subject),
    );
    assert.equal(toOwner.length, 1);
    assert.equal(
      (await outboxTo(t.deps, emails.editor)).filter((m) => /wystąpiła/.test(m.subject)).length,
      1,
    );

    const entries = await endedEntries(lab);
    assert.equal(entries.length, 1);
    const details = JSON.parse(entries[0]?.details ?? '{}');
    assert.equal(details.isBySecretariat, false);
    assert.equal(details.connections.requestsClosed, 1);
    assert.equal(details.connections.listingsClosed, listings.length);

    // Gone from the directory, the offers and the API; the thread reads "closed" to Oman.
    assert.ok(!visibleText((await t.client().get('/en/members')).html).includes('Time-Use'));
    const offers = (await (await t.client().request('/api/v1/offers?limit=100')).json()) as {
      items: { organization: { slug: string } }[];
    };
    assert.ok(!offers.items.some((o) => o.organization.slug === 'time-use-lab-krakow'));
    const thread = await oman.get(`/en/workspace/connections/introductions/${requestId}`);
    assert.match(visibleText(thread.html), /Closed/);
  });

  it('a second submit changes nothing and sends nothing more', async () => {
    const mailsBefore = (await outboxTo(t.deps, emails.oman)).length;
    const again = await owner.post(`/pl${labPath}/leave`, { version: '1', confirm: 'on' });
    assert.equal(again.status, 303);
    const page = await owner.get('/pl/members');
    assert.match(visibleText(page.html), /już wcześniej wystąpiła z sojuszu/);
    assert.equal((await endedEntries(await orgIdOf('time-use-lab-krakow'))).length, 1);
    assert.equal((await outboxTo(t.deps, emails.oman)).length, mailsBefore);
  });

  it('the secretariat ends a membership: conversations already accepted are told too', async () => {
    // The demo's UN Women and INMUJERES talked after an accepted introduction.
    await createOrganizationPerson(t.deps, await orgIdOf('un-women'), 'owner', {
      email: emails.unWomen,
      name: 'Grace',
      locale: 'en',
    });
    const { id: inmujeres, version } = await organizationOf('inmujeres');
    const page = await secretariat.get(`/en/members/inmujeres/leave`);
    assert.match(visibleText(page.html), /End this organisation’s membership/);
    const ended = await secretariat.post('/en/members/inmujeres/leave', {
      version: String(version),
      confirm: 'on',
    });
    assert.equal(ended.status, 303);
    assert.equal(await statusOf('inmujeres'), 'former');
    const told = (await outboxTo(t.deps, emails.unWomen)).filter((m) => /left the alliance/.test(m.subject));
    assert.equal(told.length, 1);
    assert.match(told[0]?.text_body ?? '', /because INMUJERES|because Instituto/);
    const details = JSON.parse((await endedEntries(inmujeres))[0]?.details ?? '{}');
    assert.equal(details.isBySecretariat, true);
    assert.equal(details.connections.conversationsClosed, 1);
    // The conversation stays, as history: accepted, and no longer takes messages.
    assert.equal(await introductionStatus('receiver_organization_id', inmujeres), 'accepted');
  });
});
