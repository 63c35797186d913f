import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ICAL from 'ical.js';
import {
  createUser,
  latestMailTo,
  linkPathIn,
  signedInClient,
  visibleText,
} from '../../../test/support/accounts.ts';
import {
  createMemberOrganization,
  createOrganizationPerson,
  useOrganisers,
} from '../../../test/support/events.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { formatRangeIn } from './event-display.ts';
import { findEventBySlug } from './events.repository.ts';

/** Parses with ical.js, registering the file's own VTIMEZONEs, and returns its events. */
function parseCalendar(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

/** The form fields of an event, as an organiser types them. */
function eventForm(organizer: string, overrides: Record<string, string | string[]> = {}) {
  return {
    title: 'Maternal mental health: a public conversation',
    summary: 'Policymakers, clinicians, researchers and campaigners on maternal mental health.',
    description: 'At the London School of Economics, with a live broadcast.',
    language: 'en',
    kind: 'meeting',
    format: 'hybrid',
    timeZone: 'Europe/London',
    startDate: '2026-01-28',
    startTime: '15:15',
    endDate: '2026-01-28',
    endTime: '17:30',
    venue: 'London School of Economics and Political Science',
    place: JSON.stringify({ name: 'London', country: 'GB', latitude: 51.51, longitude: -0.13 }),
    onlineUrl: 'https://example.org/live',
    isOnlineUrlPrivate: 'on',
    registrationMode: 'platform',
    capacity: '2',
    question: ['Which session will you attend?'],
    themes: ['theme:caregiver_health'],
    organizers: [organizer],
    ...overrides,
  };
}

describe(`events with time zones (${testDialect})`, () => {
  const t = useTestApp({ clock: { now: () => new Date('2026-01-10T12:00:00Z') } });
  const { organiser } = useOrganisers(t, {
    organiser: { slug: 'make-mothers-matter', name: 'Make Mothers Matter' },
  });

  async function createThroughForm(fields: Record<string, string | string[]>): Promise<string> {
    await organiser.get('/en/events/new');
    const res = await organiser.post('/en/events/new', fields);
    assert.equal(res.status, 303, `created: ${res.status} ${visibleText(await res.text()).slice(0, 400)}`);
    const slug = decodeURIComponent((res.headers.get('location') ?? '').split('/events/')[1] ?? '');
    await organiser.get(`/en/events/${slug}`);
    const published = await organiser.post(`/en/events/${slug}/publish`, {});
    assert.equal(published.status, 303);
    return slug;
  }

  it('takes the LSE evening as written (15:15 – 17:30 GMT) and reads it in Kraków, New York and Muscat time', async () => {
    const slug = await createThroughForm(eventForm(organiser.organization.slug));
    const event = await findEventBySlug(t.deps.db, slug);
    assert.equal(event?.startsAt, '2026-01-28T15:15:00.000Z');
    assert.equal(event?.endsAt, '2026-01-28T17:30:00.000Z');
    assert.equal(event?.timeZone, 'Europe/London');

    const krakow = formatRangeIn(event.startsAt, event.endsAt, 'pl', 'Europe/Warsaw');
    assert.match(krakow, /28 stycznia 2026/);
    assert.match(krakow, /16:15.+18:30/);
    const newYork = formatRangeIn(event.startsAt, event.endsAt, 'en', 'America/New_York');
    assert.match(newYork, /January 28, 2026/);
    assert.match(newYork, /10:15.+12:30\sPM/);
    const muscat = formatRangeIn(event.startsAt, event.endsAt, 'en', 'Asia/Muscat');
    assert.match(muscat, /7:15.+9:30\sPM/);

    // The page names the event's zone and offset, and adds the reader's chosen zone.
    const reader = t.client();
    await reader.get('/pl/time-zone');
    assert.equal(
      (await reader.post('/pl/time-zone', { zone: 'Europe/Warsaw', back: `/pl/events/${slug}` })).status,
      303,
    );
    const page = visibleText((await reader.get(`/pl/events/${slug}`)).html);
    assert.ok(page.includes('Europe/London, UTC+00:00'), 'the event zone with its offset');
    assert.ok(page.includes(formatRangeIn(event.startsAt, event.endsAt, 'pl', 'Europe/London')));
    assert.ok(page.includes(krakow), `the Kraków reading: ${krakow}`);
    assert.ok(page.includes('Europe/Warsaw, UTC+01:00'));
  });

  it('takes a two-day conference in Oman and shows the right days elsewhere', async () => {
    const slug = await createThroughForm(
      eventForm(organiser.organization.slug, {
        title: 'Social care policies and programmes and the SDGs',
        kind: 'conference',
        format: 'in_person',
        timeZone: 'Asia/Muscat',
        startDate: '2024-12-16',
        startTime: '09:00',
        endDate: '2024-12-17',
        endTime: '15:00',
        place: JSON.stringify({ name: 'Muscat', country: 'OM', latitude: 23.59, longitude: 58.41 }),
        onlineUrl: '',
        isOnlineUrlPrivate: '',
        registrationMode: 'none',
        capacity: '',
      }),
    );
    const event = await findEventBySlug(t.deps.db, slug);
    assert.ok(event);
    assert.equal(event.startsAt, '2024-12-16T05:00:00.000Z');
    assert.match(
      formatRangeIn(event.startsAt, event.endsAt, 'en', 'America/New_York'),
      /December 16, 2024.+12:00\sAM.+December 17, 2024.+6:00\sAM/,
    );
    assert.match(
      formatRangeIn(event.startsAt, event.endsAt, 'pl', 'Europe/Warsaw'),
      /16 grudnia 2024.+06:00.+17 grudnia 2024.+12:00/,
    );
    assert.match(
      formatRangeIn(event.startsAt, event.endsAt, 'en', 'Asia/Muscat'),
      /December 16, 2024.+9:00\sAM.+December 17, 2024.+3:00\sPM/,
    );
  });

  /** An event in Warsaw on a day its clocks change, sent once from the form: refused (422), with the page. */
  async function refusedInWarsaw(day: string, startTime: string, endTime: string) {
    await organiser.get('/en/events/new');
    const times = { startDate: day, startTime, endDate: day, endTime };
    const fields = eventForm(organiser.organization.slug, { timeZone: 'Europe/Warsaw', ...times });
    const refused = await organiser.post('/en/events/new', fields);
    assert.equal(refused.status, 422);
    return { fields, html: await refused.text() };
  }

  it('explains a time skipped by the spring change and offers the valid times', async () => {
    const { fields, html } = await refusedInWarsaw('2026-03-29', '02:30', '05:00');
    const text = visibleText(html);
    assert.ok(text.includes('does not exist'), text.slice(0, 500));
    assert.match(html, /name="startFix" value="2026-03-29T03:30"/);
    assert.match(html, /name="startFix" value="2026-03-29T01:30"/);
    assert.ok(text.includes('03:30 on 2026-03-29 (UTC+02:00)'));
    const accepted = await organiser.post('/en/events/new', { ...fields, startFix: '2026-03-29T03:30' });
    assert.equal(accepted.status, 303);
  });

  it('asks which of the two times is meant when the clocks go back', async () => {
    const { fields, html } = await refusedInWarsaw('2026-10-25', '02:30', '04:00');
    assert.ok(visibleText(html).includes('happens twice'));
    assert.match(html, /name="startOccurrence" value="earlier"/);
    const accepted = await organiser.post('/en/events/new', { ...fields, startOccurrence: 'later' });
    assert.equal(accepted.status, 303);
    const slug = decodeURIComponent((accepted.headers.get('location') ?? '').split('/events/')[1] ?? '');
    assert.equal((await findEventBySlug(t.deps.db, slug))?.startsAt, '2026-10-25T01:30:00.000Z');
  });

  it('links the error summary to the inputs of a date and time that are wrong, and ties the error to them', async () => {
    await organiser.get('/en/events/new');
    const res = await organiser.post(
      '/en/events/new',
      eventForm(organiser.organization.slug, { endTime: '15:00' }),
    );
    assert.equal(res.status, 422);
    const html = await res.text();
    const summary =
      /<div class="notice error error-summary" role="alert"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';
    const targets = [...summary.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(targets, ['event-endDate']);
    for (const id of targets) assert.match(html, new RegExp(`<input id="${id}"`), `#${id} is an input`);
    const errorId = /<p class="field-error" id="([^"]+)">The end must come after the start/.exec(html)?.[1];
    assert.ok(errorId, 'the error has an id');
    for (const input of ['endDate', 'endTime']) {
      assert.match(html, new RegExp(`<input id="event-${input}"[^>]*aria-describedby="${errorId}"`));
    }
  });

  it('refuses an unknown zone, an end before the start and no seats, saying why', async () => {
    await organiser.get('/en/events/new');
    const cases: [Record<string, string>, string][] = [
      [{ timeZone: 'Europe/Atlantis' }, 'This is not a time zone we know'],
      [{ endTime: '15:00' }, 'The end must come after the start'],
      [{ capacity: '0' }, 'The number of seats must be a whole number'],
      [{ capacity: '-5' }, 'The number of seats must be a whole number'],
    ];
    for (const [change, message] of cases) {
      const res = await organiser.post('/en/events/new', eventForm(organiser.organization.slug, change));
      assert.equal(res.status, 422, JSON.stringify(change));
      assert.ok(visibleText(await res.text()).includes(message), message);
    }
  });

  it('lets only organisers create and edit', async () => {
    const anonymous = t.client();
    const res = await anonymous.request('/en/events/new');
    assert.equal(res.status, 302);
    assert.match(res.headers.get('location') ?? '', /\/en\/sign-in/);

    const other = await createMemberOrganization(t.deps);
    const plainMember = await createOrganizationPerson(t.deps, other.id, 'member');
    const member = await signedInClient(t.client(), plainMember);
    assert.equal((await member.get('/en/events/new')).response.status, 403);

    const otherEditor = await createOrganizationPerson(t.deps, other.id, 'editor');
    const stranger = await signedInClient(t.client(), otherEditor);
    const slug = await createThroughForm(
      eventForm(organiser.organization.slug, { title: 'Only ours to edit' }),
    );
    assert.equal((await stranger.get(`/en/events/${slug}/edit`)).response.status, 403);
    // Naming an organisation one does not belong to is refused.
    await stranger.get('/en/events/new');
    const refused = await stranger.post('/en/events/new', eventForm(organiser.organization.slug));
    assert.equal(refused.status, 422);
  });

  it('serves .ics files with VTIMEZONE and TZID, stable UIDs, SEQUENCE bumps and STATUS:CANCELLED; drafts are 404', async () => {
    await organiser.get('/en/events/new');
    const created = await organiser.post(
      '/en/events/new',
      eventForm(organiser.organization.slug, { title: 'Draft then public' }),
    );
    const slug = decodeURIComponent((created.headers.get('location') ?? '').split('/events/')[1] ?? '');
    assert.equal(
      (await t.app.request(`/events/${slug}.ics`)).status,
      404,
      'an unpublished event has no .ics',
    );

    await organiser.get(`/en/events/${slug}`);
    await organiser.post(`/en/events/${slug}/publish`, {});
    const first = await t.app.request(`/events/${slug}.ics`);
    assert.equal(first.status, 200);
    assert.match(first.headers.get('content-type') ?? '', /^text\/calendar/);
    const firstText = await first.text();
    assert.match(firstText, /BEGIN:VTIMEZONE\r\nTZID:Europe\/London/);
    const [one] = parseCalendar(firstText);
    assert.ok(one);
    assert.equal(one.startDate.zone?.tzid, 'Europe/London');
    assert.equal(one.startDate.toJSDate().toISOString(), '2026-01-28T15:15:00.000Z');
    const uid = one.uid;

    await organiser.get(`/en/events/${slug}/edit`);
    const edited = await organiser.post(
      `/en/events/${slug}/edit`,
      eventForm(organiser.organization.slug, { title: 'Draft then public', startTime: '15:30' }),
    );
    assert.equal(edited.status, 303);
    const [two] = parseCalendar(await (await t.app.request(`/events/${slug}.ics`)).text());
    assert.equal(two?.uid, uid, 'the UID stays');
    assert.ok((two?.sequence ?? 0) > one.sequence, 'SEQUENCE goes up');
    assert.equal(two?.startDate.toJSDate().toISOString(), '2026-01-28T15:30:00.000Z');

    await organiser.get(`/en/events/${slug}`);
    await organiser.post(`/en/events/${slug}/cancel`, {});
    const [three] = parseCalendar(await (await t.app.request(`/events/${slug}.ics`)).text());
    assert.equal(three?.component.getFirstPropertyValue('status'), 'CANCELLED');
    assert.ok((three?.sequence ?? 0) > (two?.sequence ?? 0));

    const feed = await t.app.request('/calendar.ics?kind=meeting');
    assert.equal(feed.status, 200);
    const events = parseCalendar(await feed.text());
    assert.ok(events.some((e) => e.uid === uid));
    assert.ok(
      events.every((e) => e.startDate.zone?.tzid === 'Europe/London'),
      'events keep their TZID',
    );
    const conferences = parseCalendar(await (await t.app.request('/calendar.ics?kind=conference')).text());
    assert.ok(!conferences.some((e) => e.uid === uid), 'the filter applies to the feed');
  });

  it('registers, refuses a second registration, mails a cancel link that works, and lists attendees as CSV', async () => {
    const slug = await createThroughForm(
      eventForm(organiser.organization.slug, { title: 'Registration evening' }),
    );
    const visitor = t.client();
    await visitor.get(`/en/events/${slug}`);
    const fields = { name: 'Ana Pérez', email: 'ana@example.org', answer0: '=The morning one' };
    const registered = await visitor.post(`/en/events/${slug}/register`, fields);
    assert.equal(registered.status, 303);
    assert.equal(registered.headers.get('location'), `/en/events/${slug}`, 'the link goes by mail only');
    const again = await visitor.post(`/en/events/${slug}/register`, fields);
    assert.equal(again.status, 303, 'a second registration is answered like the first');
    assert.equal(again.headers.get('location'), `/en/events/${slug}`);

    const mail = await latestMailTo(t.deps, 'ana@example.org');
    assert.ok(mail);
    assert.ok(mail.text_body.includes('Europe/London'), 'the mail gives the time zone');
    assert.ok(mail.text_body.includes(`/events/${slug}.ics`), 'and the calendar file');
    assert.ok(mail.text_body.includes('https://example.org/live'), 'and the private online link');
    const link = linkPathIn(mail.text_body.split('To see or cancel')[1] ?? '');
    const page = await visitor.get(link);
    assert.equal(page.response.status, 200);
    assert.ok(visibleText(page.html).includes('your seat is confirmed'));

    assert.equal(
      (await visitor.get(`/en/events/${slug}/registration/${'x'.repeat(43)}`)).response.status,
      404,
    );

    const csv = await organiser.request(`/en/events/${slug}/attendees.csv`);
    assert.equal(csv.status, 200);
    const csvText = await csv.text();
    assert.ok(csvText.includes('"Ana Pérez","ana@example.org","Confirmed"'));
    assert.ok(csvText.includes(`"'=The morning one"`), 'a formula-looking answer is defused');
    assert.equal((await visitor.request(`/en/events/${slug}/attendees.csv`)).status, 401);

    // Someone else, signed in, cannot cancel Ana's registration: they have none of their own.
    const other = await signedInClient(t.client(), await createUser(t.deps));
    await other.get(`/en/events/${slug}`);
    assert.equal((await other.post(`/en/events/${slug}/unregister`, {})).status, 404);
    assert.ok(visibleText((await visitor.get(link)).html).includes('your seat is confirmed'));

    const cancelled = await visitor.post(`${link}/cancel`, {});
    assert.equal(cancelled.status, 303);
    assert.ok(visibleText((await visitor.get(link)).html).includes('this registration is cancelled'));
  });

  it('shows the calendar as a list and a month, with filters', async () => {
    const list = await t.client().get('/en/events?when=past');
    assert.equal(list.response.status, 200);
    const month = await t.client().get('/en/events?view=month&month=2026-01');
    assert.equal(month.response.status, 200);
    assert.ok(visibleText(month.html).includes('January 2026'));
    assert.ok(month.html.includes('Maternal mental health'));
    const filtered = await t.client().get('/en/events?view=month&month=2026-01&kind=training');
    assert.ok(!filtered.html.includes('Maternal mental health'));
  });

  it('keeps the time-zone choice safe: unknown zones are refused and "back" stays on the site', async () => {
    const reader = t.client();
    await reader.get('/en/time-zone');
    assert.equal(
      (await reader.post('/en/time-zone', { zone: 'Nowhere/Land', back: '/en/events' })).status,
      422,
    );
    const res = await reader.post('/en/time-zone', {
      zone: 'America/New_York',
      back: 'https://evil.example/',
    });
    assert.equal(res.headers.get('location'), '/en/events');
    assert.ok(await createUser(t.deps));
  });
});
