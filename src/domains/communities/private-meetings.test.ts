import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { manualClock, visibleText } from '../../../test/support/accounts.ts';
import { auditEntries } from '../../../test/support/audit-entries.ts';
import { createCommunity, joinCommunity } from '../../../test/support/communities.ts';
import { outboxRows } from '../../../test/support/mail.ts';
import { usePeople } from '../../../test/support/people.ts';
import { type TestClient, useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';

/**
 * A meeting planned by a private community is for its readers only (ADR 0070): nobody else finds it on
 * the calendar, in search, the .ics feed, the sitemap, the API or the home page, and its page, .ics
 * and registration answer them the same not-found as an address that does not exist. When the
 * community turns public the meeting joins the calendar, and leaves it again when it turns private.
 */
describe(`a private community's meetings stay with its members (${testDialect})`, () => {
  const clock = manualClock(new Date('2026-03-02T09:00:00Z'));
  const t = useTestApp({ clock });
  const { curator, member, outsider } = usePeople(t, {
    curator: { roles: ['curator'] },
    member: { name: 'Mara Member' },
    outsider: { name: 'Otto Outsider' },
  });
  const base = '/en/communities/harbour-circle';
  const word = 'lanternfishmeet';
  let slug = '';

  before(async () => {
    await createCommunity(curator, {
      name: 'Harbour circle',
      description: 'Carers of seafarers’ families.',
      visibility: 'private',
    });
    await joinCommunity(base, member);
    await curator.get(base);
    const planned = await curator.post(`${base}/meetings/new`, {
      title: 'Harbour evening',
      summary: `A ${word} among carers.`,
      timeZone: 'Europe/Lisbon',
      startDate: '2026-03-20',
      startTime: '18:00',
      endDate: '',
      endTime: '19:30',
      onlineUrl: 'https://meet.example.org/harbour',
      venue: '',
      address: '',
      capacity: '',
      languages: ['en'],
    });
    assert.equal(planned.status, 303);
    slug = decodeURIComponent((planned.headers.get('location') ?? '').split('/events/')[1] ?? '');
    assert.ok(slug);
  });

  /** Where the meeting shows for this client, surface by surface. */
  async function whereFound(client: TestClient): Promise<Record<string, boolean | number>> {
    const text = async (path: string) => {
      const res = await client.request(path);
      return { status: res.status, body: await res.text() };
    };
    const ics = await text(`/events/${slug}.ics`);
    const apiOne = await text(`/api/v1/events/${slug}`);
    return {
      calendar: (await text('/en/events')).body.includes(slug),
      month: (await text('/en/events?view=month&month=2026-03')).body.includes(slug),
      search: (await text(`/en/search?q=${word}`)).body.includes(slug),
      searchApi: (await text(`/api/v1/search?q=${word}`)).body.includes(slug),
      calendarFeed: (await text('/calendar.ics')).body.includes('Harbour evening'),
      sitemap: (await text('/sitemap.xml')).body.includes(slug),
      apiList: (await text('/api/v1/events')).body.includes(slug),
      apiOne: apiOne.status,
      home: (await text('/en/')).body.includes(slug),
      page: (await client.get(`/en/events/${slug}`)).response.status,
      ics: ics.status,
    };
  }

  const nowhere = {
    calendar: false,
    month: false,
    search: false,
    searchApi: false,
    calendarFeed: false,
    sitemap: false,
    apiList: false,
    apiOne: 404,
    home: false,
    page: 404,
    ics: 404,
  };

  it('shows the meeting to no one outside the community, on any surface', async () => {
    assert.deepEqual(await whereFound(t.client()), nowhere);
    assert.deepEqual(await whereFound(outsider), nowhere);
    const unknown = await t.client().get('/en/events/no-such-meeting-at-all');
    const hidden = await outsider.get(`/en/events/${slug}`);
    assert.equal(visibleText(hidden.html), visibleText(unknown.html), 'the same neutral not-found');
    const row = await t.deps.db
      .selectFrom('search_documents')
      .select('id')
      .where('slug', '=', slug)
      .execute();
    assert.equal(row.length, 0, 'never in the search index');
  });

  it('lets members read the page (saying who it is for) and its .ics, kept out of shared caches', async () => {
    const page = await member.get(`/en/events/${slug}`);
    assert.equal(page.response.status, 200);
    const text = visibleText(page.html);
    assert.ok(text.includes('Harbour evening'));
    assert.ok(text.includes('Only members of the community that holds this meeting see it'));
    assert.ok(!text.includes('public calendar of the hub'), 'no warning left');
    const ics = await member.request(`/events/${slug}.ics`);
    assert.equal(ics.status, 200);
    assert.equal(ics.headers.get('cache-control'), 'private, no-store');
    assert.ok((await ics.text()).includes('SUMMARY:Harbour evening'));
    assert.ok(visibleText((await member.get(base)).html).includes('Harbour evening'));
    const form = visibleText((await curator.get(base)).html);
    assert.ok(!form.includes('its meetings are events of the public calendar'), 'the old warning is gone');
  });

  it('takes registrations only from members, for their own confirmed address', async () => {
    await outsider.get('/en/events');
    const refused = await outsider.post(`/en/events/${slug}/register`, {
      name: 'Otto',
      email: 'otto@example.org',
    });
    assert.equal(refused.status, 404);
    await member.get(`/en/events/${slug}`);
    const other = await member.post(`/en/events/${slug}/register`, {
      name: 'Mara',
      email: 'someone-else@example.org',
    });
    assert.equal(other.status, 422);
    const html = await other.text();
    assert.ok(visibleText(html).includes('register with your account’s confirmed address'));
    assert.ok(html.includes('someone-else@example.org'), 'keeps what was typed');
    const own = await member.post(`/en/events/${slug}/register`, { name: 'Mara', email: member.user.email });
    assert.equal(own.status, 303);
    const mails = await outboxRows(t.deps, { to: ['someone-else@example.org', 'otto@example.org'] });
    assert.equal(mails.length, 0, 'no mail to anyone outside');
  });

  it('sends no reminder to someone who left the community, and one to those who stay', async () => {
    await curator.get(`/en/events/${slug}`);
    const stays = await curator.post(`/en/events/${slug}/register`, {
      name: 'Cu',
      email: curator.user.email,
    });
    assert.equal(stays.status, 303);
    await member.get(base);
    assert.equal((await member.post(`${base}/leave`, {})).status, 303);
    clock.advanceMinutes((Date.parse('2026-03-19T18:30:00Z') - clock.now().getTime()) / 60_000);
    await t.deps.jobs.runDue();
    await t.deps.jobs.runDue();
    const reminders = await outboxRows(t.deps, { to: member.user.email });
    assert.ok(!reminders.some((r) => r.subject.startsWith('Tomorrow')), JSON.stringify(reminders));
    const kept = await outboxRows(t.deps, { to: curator.user.email });
    assert.ok(
      kept.some((r) => r.subject === 'Tomorrow: Harbour evening'),
      JSON.stringify(kept),
    );
    assert.equal((await member.get(`/en/events/${slug}`)).response.status, 404, 'no longer theirs');
    await joinCommunity(base, member);
  });

  it('follows the community to the public calendar and back, in the same change', async () => {
    await curator.get(base);
    const opened = await curator.post(`${base}/settings`, { visibility: 'public', joinPolicy: 'open' });
    assert.equal(opened.status, 303);
    const everywhere = {
      calendar: true,
      month: true,
      search: true,
      searchApi: true,
      calendarFeed: true,
      sitemap: true,
      apiList: true,
      apiOne: 200,
      home: true,
      page: 200,
      ics: 200,
    };
    assert.deepEqual(await whereFound(t.client()), everywhere);
    await curator.get(base);
    const closed = await curator.post(`${base}/settings`, { visibility: 'private', joinPolicy: 'open' });
    assert.equal(closed.status, 303);
    assert.deepEqual(await whereFound(t.client()), nowhere);
    assert.deepEqual(await whereFound(outsider), nowhere);
    assert.equal((await member.get(`/en/events/${slug}`)).response.status, 200);
    const audit = await auditEntries(t.deps, { actions: ['events.audience_changed'] });
    assert.equal(audit.length, 2);
    assert.match(audit[1]?.details ?? '', /"to":"community"/);
  });
});
