import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadDemoIfEmpty } from '../src/demo/load-demo.ts';
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

describe('summary panels on commitments, news items and campaigns, on the demo', () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp();
    assert.equal(await loadDemoIfEmpty(t.deps), true);
  });
  after(async () => {
    await t.close();
  });

  async function firstPath(index: string, pattern: RegExp): Promise<string> {
    const html = (await t.client().get(index)).html;
    const found = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? '').find((h) => pattern.test(h));
    assert.ok(found, `a record on ${index}`);
    return found;
  }

  /** The panel's facts as label → text, and its links. */
  function panel(html: string) {
    const summary = summaryOf(html);
    const facts = new Map(
      [...summary.matchAll(/<dt>([\s\S]*?)<\/dt>\s*<dd>([\s\S]*?)<\/dd>/g)].map((m) => [
        visibleText(m[1] ?? ''),
        m[2] ?? '',
      ]),
    );
    return { summary, facts };
  }

  it('a commitment: its organisations as links, kind, period and themes; the page keeps one column of text', async () => {
    const path = await firstPath(
      '/en/commitments',
      /^\/en\/commitments\/(?!dashboard|rounds|codebook)[^/?]+$/,
    );
    const page = await t.client().get(path);
    assert.equal(page.response.status, 200);
    const { summary, facts } = panel(page.html);
    assert.match(facts.get(en.t('commitments.page.makers')) ?? '', /<a href="\/en\/members\//);
    for (const key of ['kind', 'stage', 'period', 'themes'])
      assert.ok(facts.has(en.t(`commitments.field.${key}`)), key);
    assert.match(page.html, /<div class="record-layout"><aside class="record-summary"/);
    assert.doesNotMatch(page.html, /aria-labelledby="facts-title"/, 'the facts are said once, in the panel');
    const arabic = panel((await t.client().get(path.replace('/en/', '/ar/'))).html);
    assert.match(arabic.facts.get(ar.t('commitments.page.makers')) ?? '', /<bdi><a href="\/ar\/members\//);
    assert.ok(summary.length > 0);
  });

  it('a news item: date, category link, languages, publisher and the country it is about, with its outline', async () => {
    const path = await firstPath('/en/news', /^\/en\/news\/(?!category|digest)[^/?]+$/);
    const page = await t.client().get(path);
    assert.equal(page.response.status, 200);
    const { facts } = panel(page.html);
    assert.match(facts.get(en.t('news.summary.published')) ?? '', /<time datetime="/);
    assert.match(facts.get(en.t('news.field.category')) ?? '', /href="\/en\/news\/category\//);
    assert.ok(facts.has(en.t('news.summary.language')));
    const arabicPage = await t.client().get(path.replace('/en/', '/ar/'));
    const arabic = panel(arabicPage.html);
    assert.ok(arabic.facts.has(ar.t('news.summary.language')));
    // Every news item of the demo with a country shows it in the panel, drawn.
    for (const slug of [...(await t.client().get('/en/news')).html.matchAll(/href="\/en\/news\/([^"/?]+)"/g)]
      .map((m) => m[1] ?? '')
      .filter((s) => s !== 'category' && s !== 'digest')) {
      const html = (await t.client().get(`/en/news/${slug}`)).html;
      const { summary: s, facts: f } = panel(html);
      if (f.has(en.t('news.summary.country'))) assert.match(s, /<svg class="place-map"/, slug);
    }
  });

  it('an organisation: its city marked on its map where the gazetteer knows it, in English and Arabic', async () => {
    for (const [slug, locale] of [
      ['sultan-qaboos-university', 'en'],
      ['bogota-city-government', 'ar'],
    ] as const) {
      const { summary } = panel((await t.client().get(`/${locale}/members/${slug}`)).html);
      assert.match(summary, /<svg class="place-map"/, slug);
      assert.match(summary, /<g class="place-map-marker">/, `${slug}: the city is marked`);
      const i18n = locale === 'en' ? en : ar;
      const alt = i18n.t('common.summary.mapAltMarker', { place: '' }).trim();
      assert.ok(summary.includes(`aria-label="${alt}`), `${slug}: the map says it marks the place`);
    }
  });

  it('a campaign: scope, endorsements, the leading organisation and themes linked to their concept pages', async () => {
    const path = await firstPath('/en/campaigns', /^\/en\/campaigns\/[^/?]+$/);
    const page = await t.client().get(path);
    assert.equal(page.response.status, 200);
    const { facts } = panel(page.html);
    assert.ok(facts.has(en.t('campaigns.field.scope')));
    // The panel's count is the live one, as in the endorsers' section: both are read again while the page is open.
    const live = /data-live-count="([^"]+)"/.exec(facts.get(en.t('campaigns.endorsers')) ?? '')?.[1];
    assert.ok(live, 'the panel’s count is live');
    assert.equal(
      page.html.split(`data-live-count="${live}"`).length - 1,
      2,
      'panel and section share one count',
    );
    const counted = (await (await t.app.request(live.replace(/&amp;/g, '&'))).json()) as { label: string };
    assert.ok(visibleText(facts.get(en.t('campaigns.endorsers')) ?? '').includes(counted.label));
    const themes = facts.get(en.t('campaigns.themes')) ?? '';
    const concept = /href="(\/en\/concepts\/[^"]+)"/.exec(themes)?.[1];
    assert.ok(concept, 'a theme links to its concept page');
    assert.equal((await t.client().get(concept)).response.status, 200);
    const arabic = panel((await t.client().get(path.replace('/en/', '/ar/'))).html);
    assert.ok(arabic.facts.has(ar.t('campaigns.field.scope')));
    assert.doesNotMatch(
      arabic.summary,
      /[\u0600-\u06FF], [\u0600-\u06FF]/,
      'no Latin comma between Arabic items',
    );
  });
});
