import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { unisolatedLatin } from './support/bidi.ts';
import { createMemberOrganization, publishedEvent } from './support/events.ts';
import { completePracticeInput, publishPractices } from './support/practices.ts';
import { createTestApp, type TTestApp } from './support/test-app.ts';

describe('right to left: Latin fragments in Arabic pages are isolated, lists joined as Arabic joins them', () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(async () => {
    await t.close();
  });

  it('the checker finds a bare Latin fragment and accepts an isolated one', () => {
    const page = (inner: string) => `<main><p>أضف إلى تقويمي ${inner}</p></main>`;
    assert.deepEqual(unisolatedLatin(page('(.ics)')), ['أضف إلى تقويمي (.ics)']);
    assert.deepEqual(unisolatedLatin(page('(<bdi>.ics</bdi>)')), []);
    assert.deepEqual(unisolatedLatin(page('(<span dir="ltr">.ics</span>)')), []);
  });

  it('the checker takes only dir and <bdi> as isolating: lang, translate and <code> alone do not', () => {
    const page = (inner: string) => `<main><p>المنظمة ${inner}.</p></main>`;
    assert.equal(unisolatedLatin(page('<span lang="en">Adecco Poland Sp. z o.o</span>')).length, 1);
    assert.equal(unisolatedLatin(page('<span translate="no">Adecco</span>')).length, 1);
    assert.equal(unisolatedLatin(page('<code>Asia/Muscat</code>')).length, 1);
    assert.deepEqual(unisolatedLatin(page('<span lang="en" dir="auto">Adecco Poland Sp. z o.o</span>')), []);
  });

  it('in an <option>, which holds no markup, FSI … PDI isolates a Latin offset; a bare one is found', () => {
    const select = (label: string) => `<main><select><option>${label}</option></select></main>`;
    assert.equal(unisolatedLatin(select('UTC+04:00 · توقيت الخليج')).length, 1);
    assert.deepEqual(unisolatedLatin(select('\u2068UTC+04:00\u2069 · توقيت الخليج')), []);
    assert.equal(
      unisolatedLatin(select('\u2068UTC+04:00 · Gulf Time · توقيت الخليج')).length,
      1,
      'no PDI, no isolation',
    );
  });

  it('an event in Muscat: the calendar button, the zone and the organiser keep their brackets and stops', async () => {
    const { event } = await publishedEvent(t.deps, {
      timeZone: 'Asia/Muscat',
      start: '2026-11-10T09:00',
      end: '2026-11-10T17:00',
      city: 'Muscat',
      countryCode: 'OM',
      venue: 'Oman Convention and Exhibition Centre',
    });
    const { html } = await t.client().get(`/ar/events/${event.slug}`);
    assert.match(html, /أضف إلى تقويمي \(<bdi>\.ics<\/bdi>\)/);
    assert.match(html, /<bdi>[^<]*Asia\/Muscat[^<]*<\/bdi>/);
    // The summary panel (ADR 0072): the venue on its line, then the city and the country, each isolated.
    assert.match(html, /<p><bdi>Oman Convention and Exhibition Centre<\/bdi><\/p>/);
    assert.match(html, /<bdi>Muscat<\/bdi>، <bdi>عُمان<\/bdi>/);
    assert.deepEqual(unisolatedLatin(html), []);
  });

  it('an English event on an Arabic page: title, summary and description in their own direction, Markdown kept', async () => {
    const { event } = await publishedEvent(t.deps, {
      title: 'Carers’ forum (London)',
      summary: 'A day for carers, in English.',
      description: 'We **meet** at ten.\nLunch is provided.\n\n- talks\n- workshops',
    });
    const { html } = await t.client().get(`/ar/events/${event.slug}`);
    assert.match(html, /<h1 dir="auto">Carers’ forum \(London\)<\/h1>/);
    assert.match(html, /<p class="lead" dir="auto">A day for carers, in English\.<\/p>/);
    assert.match(
      html,
      /<div class="prose" dir="auto" lang="en"><p>We <strong>meet<\/strong> at ten\.<br \/>Lunch is provided\.<\/p>\s*<ul>\s*<li>talks<\/li>/,
    );
  });

  it('a Kraków practice: partner names isolated, countries joined with the Arabic "and"', async () => {
    const [slug] = await publishPractices(t.deps, [
      completePracticeInput({
        countries: ['PL', 'OM'],
        cities: [{ name: 'Kraków', country: 'PL' }],
        implementers: [
          { role: 'lead', name: 'Urząd Miasta Krakowa' },
          { role: 'partner', name: 'Adecco Poland Sp. z o.o.' },
        ],
      }),
    ]);
    const { html } = await t.client().get(`/ar/practices/${slug}`);
    assert.match(html, /<bdi>Adecco Poland Sp\. z o\.o\.<\/bdi>/);
    assert.match(html, /<bdi>Kraków<\/bdi>/);
    const countries = /<dd><bdi><a href="\/ar\/practices\?country=PL">[^<]+<\/a><\/bdi>([^<]*)<bdi>/.exec(
      html,
    );
    assert.ok(countries, 'the countries are a list of isolated links');
    assert.equal(countries[1], ' و', 'joined with و, not a Latin comma');
    const { html: english } = await t.client().get(`/en/practices/${slug}`);
    assert.match(english, /Poland<\/a><\/bdi> and <bdi><a[^>]*>Oman<\/a><\/bdi>/);
  });

  it('an About text is Markdown (sanitised, line breaks kept), not a monospace box', async () => {
    const organization = await createMemberOrganization(t.deps, { name: 'Red de Cuidado' });
    await t.deps.db
      .updateTable('organizations')
      .set({ description: 'We **support** carers.\nSecond line.\n\n<script>alert(1)</script>- one\n- two' })
      .where('id', '=', organization.id)
      .execute();
    const { html } = await t.client().get(`/en/members/${organization.slug}`);
    assert.doesNotMatch(html, /class="pre"/);
    assert.match(
      html,
      /<div class="prose" dir="auto" lang="en"><p>We <strong>support<\/strong> carers\.<br \/>Second line\.<\/p>/,
    );
    assert.doesNotMatch(html, /<script>alert/);
  });
});
