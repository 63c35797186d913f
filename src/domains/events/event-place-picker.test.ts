import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { signedInClient } from '../../../test/support/accounts.ts';
import {
  createMemberOrganization,
  createOrganizationPerson,
  muscatEveningForm,
  useOrganisers,
} from '../../../test/support/events.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { findEventBySlug } from './events.repository.ts';

/** The event's place is picked from the gazetteer (ADR 0060): no city, latitude or longitude typed. */
describe(`event place picker (${testDialect})`, () => {
  const t = useTestApp({ clock: { now: () => new Date('2026-01-10T12:00:00Z') } });
  const { omani } = useOrganisers(t, { omani: { countries: ['OM'] } });

  it('has no coordinate or free city inputs, only the place search', async () => {
    const { html } = await omani.get('/ar/events/new');
    assert.doesNotMatch(html, /name="(latitude|longitude|city)"/);
    assert.match(html, /<input type="search" id="event-place-query" name="placeQuery"/);
    assert.match(html, /<input type="radio" id="event-place-none" name="place" value="" checked=""\/>/);
  });

  it('without a script, finds the city typed in Arabic and offers it as a radio button, keeping the form', async () => {
    await omani.get('/ar/events/new');
    const res = await omani.post(
      '/ar/events/new',
      muscatEveningForm(omani.organization.slug, { language: 'ar', placeQuery: 'مسقط', _find: 'place' }),
    );
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /value="Carers’ evening in Muscat"/);
    assert.match(
      html,
      /<input type="radio" id="event-place-0" name="place" value="[^"]*58.41[^"]*" data-zone="Asia\/Muscat"\/>/,
    );
    assert.match(html, /<bdi>مسقط \(عُمان\)<\/bdi>/);
  });

  it('saves the picked place with its country and position', async () => {
    await omani.get('/ar/events/new');
    // Typed the way people type Arabic (ه for ة, no hamza on the alef): still found.
    const cairo = (await (
      await t.app.request(`/ar/places/find?q=${encodeURIComponent('القاهره')}`)
    ).json()) as {
      places: { label: string }[];
    };
    assert.match(cairo.places[0]?.label ?? '', /القاهرة/);
    const found = (await (await t.app.request('/ar/places/find?q=muscat')).json()) as {
      places: { value: string }[];
    };
    const res = await omani.post(
      '/ar/events/new',
      muscatEveningForm(omani.organization.slug, { language: 'ar', place: found.places[0]?.value ?? '' }),
    );
    assert.equal(res.status, 303);
    const slug = decodeURIComponent((res.headers.get('location') ?? '').split('/events/')[1] ?? '');
    const event = await findEventBySlug(t.deps.db, slug);
    assert.equal(event?.city, 'مسقط');
    assert.equal(event?.countryCode, 'OM');
    assert.equal(event?.latitude, 23.59);
    assert.equal(event?.longitude, 58.41);
    const edit = await omani.get(`/ar/events/${slug}/edit`);
    assert.match(edit.html, /name="place" value="[^"]*23.59[^"]*" checked=""/);
    assert.doesNotMatch(edit.html, /name="zoneDefault"/, 'an edit never moves the stored zone');
  });

  it('a new event’s zone follows the place found until the person picks a zone, without a script', async () => {
    // An organisation in two countries: the form proposes the reader's zone, here UTC.
    const both = await createMemberOrganization(t.deps, { countries: ['CO', 'OM'] });
    const editor = await createOrganizationPerson(t.deps, both.id, 'editor');
    const person = await signedInClient(t.client(), editor);
    const form = await person.get('/en/events/new');
    assert.match(form.html, /<option value="UTC" selected=""/);
    assert.match(form.html, /<input type="hidden" name="zoneDefault" value="UTC"/);

    const find = (timeZone: string) =>
      person.post(
        '/en/events/new',
        muscatEveningForm(both.slug, { timeZone, zoneDefault: 'UTC', placeQuery: 'Muscat', _find: 'place' }),
      );
    const followed = await (await find('UTC')).text();
    assert.match(followed, /<option value="Asia\/Muscat" selected=""/, 'the zone of Oman');
    assert.match(followed, /<input type="hidden" name="zoneDefault" value="Asia\/Muscat"/);
    const kept = await (await find('Europe/London')).text();
    assert.match(kept, /<option value="Europe\/London" selected=""/, 'a zone the person chose stays');
    assert.doesNotMatch(kept, /<option value="Asia\/Muscat" selected=""/);

    const omaniForm = await omani.get('/ar/events/new');
    assert.match(omaniForm.html, /name="zoneDefault" value="Asia\/Muscat"/, 'Oman alone: its zone at once');
  });
});
