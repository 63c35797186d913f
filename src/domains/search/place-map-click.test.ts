import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { signedInClient, visibleText } from '../../../test/support/accounts.ts';
import {
  createMemberOrganization,
  createOrganizationPerson,
  inPersonEventForm,
} from '../../../test/support/events.ts';
import { practiceFormFields } from '../../../test/support/practices.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { pixelOnPickerMap } from '../../platform/picker-map.ts';

/** Where a person clicks for a place: its pixel on a picker map, as an `<input type="image">` sends it. */
function clickAt(name: string, view: string, latitude: number, longitude: number) {
  const pixel = pixelOnPickerMap(view, latitude, longitude);
  if (!pixel) throw new Error(`${latitude},${longitude} is not on the map of ${view}`);
  return { [`${name}MapView`]: view, [`${name}Map.x`]: String(pixel.x), [`${name}Map.y`]: String(pixel.y) };
}

const selectedZone = (html: string) =>
  /<select[^>]*name="timeZone"[\s\S]*?<option value="([^"]*)" selected=""/.exec(html)?.[1];

/**
 * Issue 16, "places … or a click on a map", without JavaScript (ADR 0097): a click on the world map shows
 * the country's map, a click there chooses the nearest gazetteer city with its country and zone, and the
 * form comes back with everything kept. Nobody types coordinates. The same pixels work on Arabic pages.
 */
describe(`a place picked by a click on a map, without a script (${testDialect})`, () => {
  let t: TTestApp;
  let person: TestClient;
  let orgSlug = '';

  before(async () => {
    t = await createTestApp({ clock: { now: () => new Date('2026-01-10T12:00:00Z') } });
    const org = await createMemberOrganization(t.deps, { countries: ['GB', 'CO'] });
    orgSlug = org.slug;
    person = await signedInClient(t.client(), await createOrganizationPerson(t.deps, org.id, 'editor'));
  });
  after(async () => {
    await t.close();
  });

  const eventForm = (overrides: Record<string, string>) => inPersonEventForm(orgSlug, overrides);

  for (const locale of ['en', 'ar'] as const) {
    it(`an event (${locale}): the world map, Poland's map, then Kraków with its zone, the form kept`, async () => {
      const form = await person.get(`/${locale}/events/new`);
      assert.match(
        form.html,
        /<input type="image" name="placeMap" src="\/[a-z]{2}\/places\/map\/world.svg" width="320" height="168" alt="[^"]+"/,
      );
      assert.match(form.html, /<div class="place-map-frame" dir="ltr">/, 'the map is never mirrored');

      const zoomed = await person.post(`/${locale}/events/new`, eventForm(clickAt('place', 'world', 52, 19)));
      assert.equal(zoomed.status, 200);
      const zoomedHtml = await zoomed.text();
      assert.match(zoomedHtml, new RegExp(`src="/${locale}/places/map/PL.svg"`));
      assert.match(zoomedHtml, /name="placeMapView" value="PL"/);
      assert.match(zoomedHtml, /value="Carers’ café"/, 'the title is kept');
      const poland = locale === 'en' ? 'Poland' : 'بولندا';
      assert.ok(visibleText(zoomedHtml).includes(poland), 'the note names the country');

      const picked = await person.post(
        `/${locale}/events/new`,
        eventForm(clickAt('place', 'PL', 50.07, 19.93)),
      );
      assert.equal(picked.status, 200);
      const html = await picked.text();
      const krakow = locale === 'en' ? 'Kraków' : 'كراكوف';
      assert.match(
        html,
        new RegExp(`name="place" value="[^"]*${krakow}[^"]*" checked="" data-zone="Europe/Warsaw"`),
      );
      assert.equal(selectedZone(html), 'Europe/Warsaw', 'the zone follows the place clicked');
      assert.match(html, /<bdi>Europe\/Warsaw<\/bdi>/, 'the note says the zone, isolated');
      assert.match(html, /value="Carers’ café"/);
      assert.doesNotMatch(html, /name="(lat|lon|latitude|longitude)"/);

      const value =
        /name="place" value="([^"]*)" checked=""/.exec(html)?.[1]?.replaceAll('&quot;', '"') ?? '';
      const saved = await person.post(
        `/${locale}/events/new`,
        eventForm({ place: value, timeZone: 'Europe/Warsaw', title: `Café in Kraków ${locale}` }),
      );
      assert.equal(saved.status, 303);
      const row = await t.deps.db
        .selectFrom('events')
        .select(['city', 'country_code', 'latitude', 'longitude', 'time_zone'])
        .where('title', '=', `Café in Kraków ${locale}`)
        .executeTakeFirstOrThrow();
      assert.deepEqual(
        { ...row },
        { city: krakow, country_code: 'PL', latitude: 50.06, longitude: 19.94, time_zone: 'Europe/Warsaw' },
      );
    });
  }

  it('a practice: two clicks add two cities, “Back to the world map” goes back, a keyboard press says what to do', async () => {
    await person.get('/en/practices/new');
    const base = practiceFormFields({ title: 'Cities by a click', cities: [] });
    const first = await person.post('/en/practices', { ...base, ...clickAt('cities', 'PL', 50.07, 19.93) });
    const firstHtml = await first.text();
    const krakow = /name="cities" value="([^"]*Kraków[^"]*)" checked=""/.exec(firstHtml)?.[1];
    assert.ok(krakow, 'Kraków ticked');
    const back = await person.post('/en/practices', {
      ...base,
      cities: krakow.replaceAll('&quot;', '"'),
      citiesMapView: 'PL',
      _map: 'cities',
    });
    const backHtml = await back.text();
    assert.match(backHtml, /name="citiesMapView" value="world"/);
    assert.match(backHtml, /name="cities" value="[^"]*Kraków[^"]*" checked=""/, 'Kraków still ticked');
    const second = await person.post('/en/practices', {
      ...base,
      cities: krakow.replaceAll('&quot;', '"'),
      ...clickAt('cities', 'CO', 4.6, -74.1),
    });
    const secondHtml = await second.text();
    assert.match(secondHtml, /name="cities" value="[^"]*Kraków[^"]*" checked=""/);
    assert.match(secondHtml, /name="cities" value="[^"]*Bogotá[^"]*" checked=""/);
    // Enter or Space on the map sends 0,0: no place, a sentence pointing to the search.
    const keyboard = await person.post('/en/practices', {
      ...base,
      citiesMapView: 'world',
      'citiesMap.x': '0',
      'citiesMap.y': '0',
    });
    assert.ok(
      visibleText(await keyboard.text()).includes('No country there. Click on land, or find the place'),
    );
    assert.equal(
      await t.deps.db.selectFrom('practices').select('id').executeTakeFirst(),
      undefined,
      'nothing saved',
    );
  });

  it('an organisation (the join application and the profile): the city written in, its country ticked', async () => {
    const visitor = t.client();
    const apply = await visitor.get('/ar/join/apply');
    assert.match(apply.html, /<input type="image" name="cityMap"[^>]*data-city-field=""/);
    const joined = await visitor.post('/ar/join/apply', {
      name: 'Care Collective Kraków',
      contactName: 'Ola',
      contactEmail: 'ola@example.org',
      city: '',
      ...clickAt('city', 'PL', 50.07, 19.93),
    });
    assert.equal(joined.status, 200);
    const joinedHtml = await joined.text();
    assert.match(joinedHtml, /name="city" type="text" value="كراكوف"/);
    assert.match(
      joinedHtml,
      /name="countries" value="PL" checked=""|value="PL" checked=""[^>]*name="countries"/,
    );
    assert.match(joinedHtml, /value="Care Collective Kraków"/, 'the name is kept');

    const { html: edit } = await person.get(`/en/members/${orgSlug}/edit`);
    const version = /name="version" value="(\d+)"/.exec(edit)?.[1] ?? '1';
    const edited = await person.post(`/en/members/${orgSlug}/edit`, {
      version,
      name: 'Carers United',
      city: 'Somewhere',
      countries: ['GB', 'CO'],
      ...clickAt('city', 'CO', 4.6, -74.1),
    });
    assert.equal(edited.status, 200);
    const editedHtml = await edited.text();
    assert.match(editedHtml, /name="city" type="text" value="Bogotá"/);
    assert.match(editedHtml, /value="Carers United"/);
  });

  it('serves the maps as images (the country’s gazetteer cities as dots) and tells app.js what a click picks', async () => {
    const world = await t.app.request('/en/places/map/world.svg');
    assert.equal(world.status, 200);
    assert.match(world.headers.get('content-type') ?? '', /^image\/svg\+xml/);
    const poland = await (await t.app.request('/en/places/map/PL.svg')).text();
    assert.equal((poland.match(/<circle /g) ?? []).length, 3, 'Kraków, Warsaw, Gdańsk');
    assert.equal((await t.app.request('/en/places/map/XX.svg')).status, 404);
    assert.equal((await t.app.request('/en/places/map/..%2Fsecret.svg')).status, 404);

    const at = async (locale: string, view: string, lat: number, lon: number) => {
      const pixel = pixelOnPickerMap(view, lat, lon);
      return (await (
        await t.app.request(`/${locale}/places/at?view=${view}&x=${pixel?.x}&y=${pixel?.y}`)
      ).json()) as {
        kind: string;
        view: string;
        src: string;
        note: string;
        place: { label: string; zone: string | null } | null;
      };
    };
    const zoom = await at('ru', 'world', 62, 95);
    assert.deepEqual([zoom.kind, zoom.view, zoom.src], ['zoom', 'RU', '/ru/places/map/RU.svg']);
    const vladivostok = await at('ru', 'RU', 43.2, 131.9);
    assert.equal(vladivostok.place?.label, 'Владивосток (Россия)');
    assert.equal(vladivostok.place?.zone, 'Asia/Vladivostok');
    assert.match(vladivostok.note, /Asia\/Vladivostok/);
    const missed = await at('en', 'world', 0, -140);
    assert.equal(missed.kind, 'missed');
  });
});
