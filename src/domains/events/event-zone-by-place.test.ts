import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inPersonEventForm, useOrganisers } from '../../../test/support/events.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';

function zoneSelect(html: string): string {
  return /<select[^>]*name="timeZone"[\s\S]*?<\/select>/.exec(html)?.[0] ?? '';
}
const selectedZone = (html: string) => /<option value="([^"]*)" selected=""/.exec(zoneSelect(html))?.[1];

/**
 * Issue 16: "time zones … defaulting to the place's zone". The zone follows where the city is, so a
 * city in a country of several zones gets its own (Vladivostok is not on Moscow time), and the list
 * can be narrowed by typing a city, a country, a zone name or an offset in the reader's language.
 */
describe(`an event's zone follows its place, and the zone list is filterable (${testDialect})`, () => {
  const t = useTestApp({ clock: { now: () => new Date('2026-01-10T12:00:00Z') } });
  // Two countries: the form proposes the reader's zone (UTC) until a place is found.
  const { person } = useOrganisers(t, { person: { countries: ['RU', 'US'] } });

  const form = (overrides: Record<string, string>) => inPersonEventForm(person.organization.slug, overrides);

  for (const [query, zone] of [
    ['Vladivostok', 'Asia/Vladivostok'],
    ['Новосибирск', 'Asia/Novosibirsk'],
    ['Los Angeles', 'America/Los_Angeles'],
    ['Nowy Jork', 'America/New_York'],
  ] as const) {
    it(`without a script, finding “${query}” proposes ${zone}, the city's own zone`, async () => {
      await person.get('/en/events/new');
      const res = await person.post('/en/events/new', form({ placeQuery: query, _find: 'place' }));
      assert.equal(res.status, 200);
      const html = await res.text();
      assert.equal(selectedZone(html), zone);
      assert.match(html, new RegExp(`name="zoneDefault" value="${zone.replace('/', '\\/')}"`));
      assert.match(html, new RegExp(`name="place" value="[^"]*" data-zone="${zone.replace('/', '\\/')}"`));
    });
  }

  it('a zone the person picked is kept when a place is found', async () => {
    await person.get('/en/events/new');
    const res = await person.post(
      '/en/events/new',
      form({ timeZone: 'Europe/Moscow', placeQuery: 'Vladivostok', _find: 'place' }),
    );
    assert.equal(selectedZone(await res.text()), 'Europe/Moscow');
  });

  it('tells app.js each match’s zone, so the zone follows a place ticked without reloading', async () => {
    const found = (await (await t.app.request('/ru/places/find?q=Владивосток')).json()) as {
      places: { label: string; zone: string | null }[];
    };
    assert.equal(found.places[0]?.zone, 'Asia/Vladivostok');
  });

  it('the zone list has a filter box (shown by app.js) and each zone the words it is found by', async () => {
    const { html } = await person.get('/ru/events/new');
    assert.match(
      html,
      /<p class="choice-filter" hidden=""><label for="event-timeZone-filter">Найти пояс[^<]*<\/label><input type="search" id="event-timeZone-filter"[^>]*aria-controls="event-timeZone" data-select-filter=""/,
    );
    const terms = (zone: string, page: string) =>
      new RegExp(`<option value="${zone.replace('/', '\\/')}"[^>]*data-terms="([^"]*)"`).exec(
        zoneSelect(page),
      )?.[1] ?? '';
    const vladivostok = terms('Asia/Vladivostok', html);
    for (const word of ['Россия', 'Vladivostok', '+10', 'UTC+10'])
      assert.ok(vladivostok.includes(word), word);
    const spanish = (await person.get('/es/events/new')).html;
    const losAngeles = terms('America/Los_Angeles', spanish);
    for (const word of ['Estados Unidos', 'Los Angeles', '-8', 'UTC-8'])
      assert.ok(losAngeles.includes(word), word);
    const kolkata = terms('Asia/Calcutta', spanish) || terms('Asia/Kolkata', spanish);
    assert.ok(kolkata.includes('+5:30'), kolkata);
    // The reader's own zone page and a community's mail settings filter the same way.
    assert.match((await person.get('/en/time-zone')).html, /data-select-filter=""/);
  });
});
