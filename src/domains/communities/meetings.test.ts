import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { visibleText } from '../../../test/support/accounts.ts';
import { auditEntries } from '../../../test/support/audit-entries.ts';
import { approveCommunity, createCommunity, joinCommunity } from '../../../test/support/communities.ts';
import { draftEvent, publishedEvent } from '../../../test/support/events.ts';
import { usePeople } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';

/**
 * A community's meetings are events of the events domain: a facilitator attaches a published event,
 * the community page lists it under "Upcoming meetings" (past ones below) with its time in the event's
 * own zone and a link to the event page; a private community's meetings stay with its members.
 */
describe(`community meetings (${testDialect})`, () => {
  const t = useTestApp({ clock: { now: () => new Date('2026-06-01T10:00:00Z') } });
  const { curator, facilitator, member, outsider } = usePeople(t, {
    curator: { roles: ['curator'] },
    facilitator: { name: 'Fiona Facilitator' },
    member: { name: 'Mo Member' },
    outsider: {},
  });
  const base = '/en/communities/care-circles';
  const privateBase = '/en/communities/quiet-room';
  let upcomingSlug = '';
  let upcomingId = '';
  let pastSlug = '';
  let draftSlug = '';

  before(async () => {
    // A member proposes the community, the secretariat approves: the proposer facilitates it.
    await createCommunity(facilitator, { name: 'Care circles' });
    await approveCommunity(curator, base);
    await createCommunity(curator, { name: 'Quiet room', visibility: 'private' });
    for (const path of [base, privateBase]) {
      await joinCommunity(path, member);
    }
    const upcoming = await publishedEvent(t.deps, {
      title: 'Circle call on respite care',
      timeZone: 'America/Mexico_City',
      start: '2026-07-15T09:00',
      end: '2026-07-15T10:30',
    });
    upcomingSlug = upcoming.event.slug;
    upcomingId = upcoming.event.id;
    pastSlug = (await publishedEvent(t.deps, { title: 'Winter evening on maternal health' })).event.slug;
    draftSlug = (await draftEvent(t.deps, { title: 'Unannounced planning session' })).slug;
  });

  it('lets the facilitator attach a published event by its address; everyone sees it with its time zone', async () => {
    await facilitator.get(base);
    const res = await facilitator.post(`${base}/meetings`, {
      event: `http://localhost/es/events/${upcomingSlug}`,
    });
    assert.equal(res.status, 303);
    const page = await t.client().get(base);
    const text = visibleText(page.html);
    assert.ok(text.includes('Upcoming meetings') && text.includes('Circle call on respite care'), text);
    assert.ok(text.includes('America/Mexico_City'), 'the event’s own zone');
    assert.ok(page.html.includes(`href="/en/events/${upcomingSlug}"`));
    assert.ok(!text.includes('Past meetings'));
    const audit = await auditEntries(t.deps, { actions: ['communities.meeting_added'] });
    assert.equal(audit.length, 1);
    assert.ok(String(audit[0]?.details).includes(upcomingSlug));
  });

  it('lists a past event below the upcoming ones; attaching twice changes nothing', async () => {
    await curator.get(base);
    assert.equal((await curator.post(`${base}/meetings`, { event: pastSlug })).status, 303);
    await facilitator.get(base);
    assert.equal(
      (await facilitator.post(`${base}/meetings`, { event: `/en/events/${upcomingSlug}` })).status,
      303,
    );
    const text = visibleText((await t.client().get(base)).html);
    const upcomingAt = text.indexOf('Circle call on respite care');
    const pastAt = text.indexOf('Winter evening on maternal health');
    assert.ok(upcomingAt > 0 && text.indexOf('Past meetings') < pastAt && upcomingAt < pastAt, text);
    assert.equal(text.split('Circle call on respite care').length, 2, 'listed once');
  });

  it('refuses a draft, an unknown address or an empty field with a message that keeps the input', async () => {
    await facilitator.get(base);
    for (const event of [draftSlug, '/en/practices/not-an-event', '<b>x</b>', '', 'x'.repeat(100_000)]) {
      const res = await facilitator.post(`${base}/meetings`, { event });
      assert.equal(res.status, 422, event.slice(0, 20));
      const html = await res.text();
      assert.ok(
        /not the address of a published event|Please fill in this field|This is too long/.test(
          visibleText(html),
        ),
        event.slice(0, 20),
      );
      if (event === draftSlug) assert.ok(html.includes(draftSlug));
    }
    assert.ok(!visibleText((await t.client().get(base)).html).includes('Unannounced planning session'));
  });

  it('lets only facilitators and the secretariat attach or remove meetings', async () => {
    for (const client of [member, outsider]) {
      await client.get(base);
      assert.equal((await client.post(`${base}/meetings`, { event: pastSlug })).status, 403);
    }
    const anonymous = t.client();
    await anonymous.get(base);
    assert.notEqual((await anonymous.post(`${base}/meetings`, { event: pastSlug })).status, 303);
    const memberPage = visibleText((await member.get(base)).html);
    assert.ok(!memberPage.includes('Add as a meeting of this community'));
    const link = await t.deps.db
      .selectFrom('community_meetings')
      .selectAll()
      .where('event_id', '=', upcomingId)
      .executeTakeFirstOrThrow();
    await member.get(base);
    assert.equal((await member.post(`${base}/meetings/${link.id}/remove`, {})).status, 403);
    await facilitator.get(base);
    assert.equal((await facilitator.post(`${base}/meetings/${link.id}/remove`, {})).status, 303);
    assert.ok(!visibleText((await t.client().get(base)).html).includes('Circle call on respite care'));
    const removed = await auditEntries(t.deps, { actions: ['communities.meeting_removed'] });
    assert.equal(removed.length, 1);
  });

  it('shows a private community’s meetings to its members only', async () => {
    await curator.get(privateBase);
    assert.equal((await curator.post(`${privateBase}/meetings`, { event: upcomingSlug })).status, 303);
    for (const client of [t.client(), outsider]) {
      const page = await client.get(privateBase);
      assert.equal(page.response.status, 200);
      assert.ok(!visibleText(page.html).includes('Circle call on respite care'));
    }
    assert.ok(visibleText((await member.get(privateBase)).html).includes('Circle call on respite care'));
  });

  it('shows the meeting in the reader’s language on the Spanish page', async () => {
    const text = visibleText((await t.client().get('/es/communities/quiet-room')).html);
    assert.ok(!text.includes('Próximas reuniones'));
    const es = visibleText((await member.get('/es/communities/quiet-room')).html);
    assert.ok(es.includes('Próximas reuniones') && es.includes('Circle call on respite care'));
  });

  const plan = {
    title: 'Respite care circle, July',
    summary: 'Carers swap what helped them take a break.',
    timeZone: 'America/Mexico_City',
    startDate: '2026-07-20',
    startTime: '17:00',
    endDate: '',
    endTime: '18:30',
    onlineUrl: 'https://meet.example.org/respite',
    venue: '',
    address: '',
    capacity: '40',
    languages: ['es', 'en'],
  };

  it('plans a meeting in one step: a published event of the calendar, listed in the community, audited', async () => {
    await facilitator.get(base);
    const res = await facilitator.post(`${base}/meetings/new`, plan);
    assert.equal(res.status, 303);
    const location = res.headers.get('location') ?? '';
    assert.match(location, /^\/en\/events\/respite-care-circle-july/);
    const event = await t.deps.db
      .selectFrom('events')
      .selectAll()
      .where('title', '=', plan.title)
      .executeTakeFirstOrThrow();
    assert.equal(event.status, 'published');
    assert.equal(event.kind, 'meeting');
    assert.equal(event.format, 'online');
    assert.equal(event.language, 'es', 'the first language ticked');
    assert.equal(event.capacity, 40);
    assert.equal(event.registration_mode, 'platform');
    assert.equal(event.starts_at, '2026-07-20T23:00:00.000Z', '17:00 in Mexico City');
    const eventPage = visibleText((await t.client().get(location)).html);
    assert.ok(eventPage.includes(plan.title), 'the event page is public');
    const text = visibleText((await t.client().get(base)).html);
    assert.ok(text.includes('Upcoming meetings') && text.includes(plan.title), text);
    const actions = (
      await t.deps.db.selectFrom('audit_log').select('action').where('subject_id', 'in', [event.id]).execute()
    ).map((a) => a.action);
    assert.deepEqual(actions, ['events.created']);
    const added = await auditEntries(t.deps, { actions: ['communities.meeting_added'] });
    assert.ok(
      added.some((a) => String(a.details).includes(event.slug) && String(a.details).includes('planned')),
    );
    // The facilitator manages the event they created (edit page of the events domain).
    assert.equal((await facilitator.get(`/en/events/${event.slug}/edit`)).response.status, 200);
  });

  it('starts the form in the facilitator’s zone and refuses bad input with messages, keeping what was typed', async () => {
    const form = (await facilitator.get(base)).html;
    assert.ok(
      /<option value="UTC" selected=""/.test(form) || form.includes('value="UTC" selected'),
      'no zone set: UTC',
    );
    const bad = [
      { ...plan, onlineUrl: '', venue: '' },
      { ...plan, title: '' },
      { ...plan, startTime: '25:99' },
      { ...plan, endTime: '16:00' },
      { ...plan, capacity: 'many' },
      { ...plan, onlineUrl: 'javascript:alert(1)' },
      { ...plan, timeZone: 'Mars/Olympus' },
      { ...plan, summary: 'x'.repeat(100_000) },
    ];
    const before = await t.deps.db.selectFrom('events').select('id').execute();
    for (const fields of bad) {
      await facilitator.get(base);
      const res = await facilitator.post(`${base}/meetings/new`, fields);
      assert.equal(res.status, 422, JSON.stringify(fields).slice(0, 120));
      const html = await res.text();
      assert.ok(html.includes('plan-meeting-errors'), 'an error summary');
      if (fields.title) assert.ok(html.includes('Respite care circle, July'), 'keeps the title');
    }
    const after = await t.deps.db.selectFrom('events').select('id').execute();
    assert.equal(after.length, before.length, 'nothing written');
    await member.get(base);
    assert.equal((await member.post(`${base}/meetings/new`, plan)).status, 403);
    assert.ok(!visibleText((await member.get(base)).html).includes('Plan the meeting'));
  });

  it('puts the community’s meetings in its Atom feed and its API, in the feed’s language', async () => {
    const feed = await t.app.request('/feeds/communities/care-circles.atom?lang=es');
    assert.equal(feed.status, 200);
    const xml = await feed.text();
    assert.ok(xml.includes('<category term="meeting"/>') && xml.includes('Respite care circle, July'), xml);
    assert.ok(xml.includes('/es/events/respite-care-circle-july'));
    assert.ok(xml.includes('Reunión:'), 'described in the feed’s language');
    const api = await t.app.request('/api/v1/communities/care-circles/meetings');
    assert.equal(api.status, 200);
    const body = (await api.json()) as { items: { title: string; timeZone: string; isUpcoming: boolean }[] };
    const planned = body.items.find((m) => m.title === 'Respite care circle, July');
    assert.ok(planned && planned.timeZone === 'America/Mexico_City' && planned.isUpcoming);
    const doc = (await (await t.app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    assert.ok(doc.paths['/api/v1/communities/{slug}/meetings'] ?? doc.paths['/communities/{slug}/meetings']);
  });

  it('never lets a private community’s meetings reach its feed or the API', async () => {
    await curator.get(privateBase);
    const planned = await curator.post(`${privateBase}/meetings/new`, {
      ...plan,
      title: 'Quiet room check-in',
      onlineUrl: 'https://meet.example.org/quiet',
      isOnlineUrlPrivate: 'on',
    });
    assert.equal(planned.status, 303);
    assert.ok(visibleText((await member.get(privateBase)).html).includes('Quiet room check-in'));
    assert.equal((await t.app.request('/feeds/communities/quiet-room.atom')).status, 404);
    assert.equal((await t.app.request('/api/v1/communities/quiet-room/meetings')).status, 404);
    assert.equal((await t.app.request('/api/v1/communities/quiet-room/threads')).status, 404);
    const publicFeed = await (await t.app.request('/feeds/communities/care-circles.atom')).text();
    assert.ok(!publicFeed.includes('Quiet room check-in'));
    const publicApi = await (await t.app.request('/api/v1/communities/care-circles/meetings')).text();
    assert.ok(!publicApi.includes('Quiet room check-in'));
    const list = await (await t.app.request('/api/v1/communities')).text();
    assert.ok(!list.includes('quiet-room'));
    // The form says the meeting stays with the members; the event itself answers only them (ADR 0070).
    const curatorPage = visibleText((await curator.get(privateBase)).html);
    assert.ok(curatorPage.includes('only its members will see the meeting'));
    assert.equal((await t.client().get('/en/events/quiet-room-check-in')).response.status, 404);
    const eventPage = visibleText((await member.get('/en/events/quiet-room-check-in')).html);
    assert.ok(eventPage.includes('Quiet room check-in'));
    assert.ok(!eventPage.includes('meet.example.org/quiet'), 'the link only for registered people');
  });
});
