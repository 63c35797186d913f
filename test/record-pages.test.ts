import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { translator } from '../src/i18n/translator.ts';
import { visibleText } from './support/accounts.ts';
import { publishedCommitment } from './support/commitments.ts';
import { publishedEvent } from './support/events.ts';
import { practiceInput, publishPractices } from './support/practices.ts';
import { createTestApp, type TTestApp } from './support/test-app.ts';

/**
 * Record pages with a summary panel (issue 16, item 7; ADR 0072): key facts, the place drawn on a
 * small map made on the server (no tile server), directions to a street address, the contact; and
 * the dashboard with one heading per chart and its table behind a disclosure.
 */
const en = translator('en');
const ar = translator('ar');

function summaryOf(html: string): string {
  const found = /<aside class="record-summary"[\s\S]*?<\/aside>/.exec(html)?.[0];
  assert.ok(found, 'the page has a summary panel');
  return found;
}

describe('record pages with a summary panel', () => {
  let t: TTestApp;
  let practiceSlug = '';
  let eventSlug = '';
  let organizationSlug = '';

  before(async () => {
    t = await createTestApp();
    [practiceSlug = ''] = await publishPractices(t.deps, [
      practiceInput({
        title: 'Neighbourhood care point in Kraków',
        countries: ['PL'],
        cities: [{ name: 'Kraków', country: 'PL', lat: 50.06, lon: 19.94 }],
        contact: { name: 'Anna Kowalska', phone: '+48 12 000 00 00', address: 'ul. Floriańska 3' },
      }),
    ]);
    const made = await publishedEvent(t.deps, {
      venue: 'Biblioteca Virgilio Barco',
      address: 'Avenida Carrera 60 # 57-60',
      city: 'Bogotá',
      countryCode: 'CO',
      latitude: 4.656,
      longitude: -74.092,
    });
    eventSlug = made.event.slug;
    organizationSlug = made.organization.slug;
  });
  after(async () => {
    await t.close();
  });

  it('shows a practice’s facts, its place on a map with a text alternative, directions and the contact', async () => {
    const page = await t.client().get(`/en/practices/${practiceSlug}`);
    assert.equal(page.response.status, 200);
    const summary = summaryOf(page.html);
    const text = visibleText(summary);
    assert.ok(text.includes(en.t('practices.details.kind')));
    assert.ok(text.includes('Poland'));
    assert.match(summary, /<bdi>Kraków<\/bdi>, <bdi>Poland<\/bdi>/);
    assert.match(
      summary,
      /<svg class="place-map" role="img" aria-label="Map with a marker at \u2068Kraków, Poland\u2069"/,
    );
    assert.match(summary, /<path class="place-map-country" d="M/);
    assert.match(summary, /<circle cx="[\d.]+" cy="[\d.]+" r="5"/);
    const directions = /<a href="([^"]+)"[^>]*>Directions \(OpenStreetMap\)<\/a>/.exec(summary)?.[1];
    assert.equal(
      directions,
      `https://www.openstreetmap.org/directions?to=${encodeURIComponent('ul. Floriańska 3, Kraków, Poland')}`,
    );
    assert.ok(text.includes('Anna Kowalska'));
    assert.ok(text.includes('ul. Floriańska 3'));
    // Nothing comes from a tile server: the page loads no third-party picture.
    assert.doesNotMatch(page.html, /<img[^>]+src="https?:/);
  });

  it('keeps the address out of the directions link where the practice has none', async () => {
    const [slug = ''] = await publishPractices(t.deps, [practiceInput({ countries: ['GB'] })]);
    const summary = summaryOf((await t.client().get(`/en/practices/${slug}`)).html);
    assert.doesNotMatch(summary, /directions\?to=/);
    assert.match(summary, /aria-label="Map of \u2068United Kingdom\u2069"/);
  });

  it('shows an event’s venue on a map with directions, in Arabic too', async () => {
    const page = await t.client().get(`/en/events/${eventSlug}`);
    assert.equal(page.response.status, 200);
    const summary = summaryOf(page.html);
    const text = visibleText(summary);
    assert.ok(text.includes('Biblioteca Virgilio Barco'));
    assert.ok(text.includes('Avenida Carrera 60 # 57-60'));
    assert.ok(text.includes(en.t('events.page.organizers')));
    assert.match(
      summary,
      new RegExp(
        `directions\\?to=${encodeURIComponent('Avenida Carrera 60 # 57-60, Bogotá, Colombia').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
      ),
    );
    const arabic = await t.client().get(`/ar/events/${eventSlug}`);
    const arabicSummary = summaryOf(arabic.html);
    assert.match(arabic.html, /<html[^>]+dir="rtl"/);
    assert.ok(visibleText(arabicSummary).includes(ar.t('common.summary.directions')));
    assert.match(arabicSummary, /<bdi>Biblioteca Virgilio Barco<\/bdi>/);
    assert.match(arabicSummary, /<bdi>Bogotá<\/bdi>، <bdi>[^<]+<\/bdi>/);
  });

  it('shows an organisation’s type, countries and place in its panel', async () => {
    const page = await t.client().get(`/en/members/${organizationSlug}`);
    assert.equal(page.response.status, 200);
    const summary = summaryOf(page.html);
    assert.ok(visibleText(summary).includes(en.t('organizations.field.stakeholderType')));
    assert.match(summary, /aria-label="Map of \u2068Poland\u2069"/);
  });
});

describe('the dashboard: one heading per chart, its table behind a disclosure', () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp();
    await publishedCommitment(t.deps);
  });
  after(async () => {
    await t.close();
  });

  it('names each chart once and folds its figures away', async () => {
    const page = await t.client().get('/en/commitments/dashboard');
    assert.equal(page.response.status, 200);
    const title = en.t('commitments.dashboard.byFiveR');
    const shown = visibleText(
      page.html.replace(/<svg[\s\S]*?<\/svg>/g, '').replace(/<caption[\s\S]*?<\/caption>/g, ''),
    );
    // Once in the contents, once as the section's heading: no figure caption repeats it.
    assert.equal(shown.split(title).length - 1, 2);
    assert.doesNotMatch(page.html, /<figcaption/);
    assert.match(page.html, /<figure class="chart" id="chart-five-r" aria-labelledby="five-r-title">/);
    const folded = /<figure class="chart" id="chart-five-r"[\s\S]*?<\/figure>/.exec(page.html)?.[0] ?? '';
    assert.match(
      folded,
      /<details class="chart-data"><summary>The figures as a table<\/summary><table class="chart-table">/,
    );
    const report = await t.client().get('/en/commitments/report/2021-2026');
    if (report.response.status === 200) assert.doesNotMatch(report.html, /<details class="chart-data">/);
  });
});
