import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadDemoIfEmpty } from '../src/demo/load-demo.ts';
import { findOrganizationBySlug } from '../src/domains/organizations/organizations.repository.ts';
import { catalogs } from '../src/i18n/catalog.ts';
import { createUser, signedInClient, visibleText } from './support/accounts.ts';
import { createMemberOrganization, createOrganizationPerson } from './support/events.ts';
import { createTestApp, type TTestApp } from './support/test-app.ts';

/** Small things from issue 16's "Why", each checked where a person meets it, on the demo content. */
describe('issue 16 small fixes, on the demo', () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp({ clock: { now: () => new Date('2026-03-01T12:00:00Z') } });
    assert.equal(await loadDemoIfEmpty(t.deps), true);
  });
  after(async () => {
    await t.close();
  });

  it('the Muscat news item links to the conference outcome page, in English and Arabic', async () => {
    for (const locale of ['en', 'ar']) {
      const { html } = await t.client().get(`/${locale}/news/muscat-conference-closes-with-recommendations`);
      const link = `href="/${locale}/events/social-care-policies-conference-muscat-2024/outcome"`;
      assert.ok(html.includes(link), `${locale}: ${link}`);
      const { response } = await t
        .client()
        .get(`/${locale}/events/social-care-policies-conference-muscat-2024/outcome`);
      assert.equal(response.status, 200);
    }
  });

  it('the Care Champion criteria read in each language, not in English', async () => {
    for (const [locale, words] of [
      ['ar', /بطل الرعاية/],
      ['es', /Campeón del Cuidado/],
      ['ru', /Лидер в сфере ухода/],
    ] as const) {
      const { html } = await t.client().get(`/${locale}/members/champions`);
      assert.match(visibleText(html), words, locale);
      assert.match(
        html,
        new RegExp(`<div class="prose" dir="auto" lang="${locale}">`),
        `${locale}: marked as ${locale}`,
      );
    }
  });

  it('a person of one organisation endorses without picking it; quotes stand apart from the names', async () => {
    const organization = await createMemberOrganization(t.deps, {
      name: 'Red Bogotá Cuida',
      countries: ['CO'],
    });
    const person = await signedInClient(
      t.client(),
      await createOrganizationPerson(t.deps, organization.id, 'editor'),
    );
    const { html } = await person.get('/en/campaigns/care-at-the-centre-of-the-recovery');
    assert.doesNotMatch(html, /<select[^>]*name="organization"/, 'no picker for one organisation');
    assert.match(html, new RegExp(`<input type="hidden" name="organization" value="${organization.slug}"/>`));
    assert.match(visibleText(html), /You endorse on behalf of Red Bogotá Cuida ?\./);
    assert.match(
      html,
      /<\/a><blockquote class="endorsement-quote" dir="auto"><p>Cities are where care happens\.<\/p><\/blockquote>/,
    );
    const res = await person.post('/en/campaigns/care-at-the-centre-of-the-recovery/endorse', {
      organization: organization.slug,
    });
    assert.equal(res.status, 303);
    assert.ok(await findOrganizationBySlug(t.deps.db, organization.slug));
  });
  it('has an index of concepts in every language, each linking to its page', async () => {
    for (const locale of ['en', 'ar']) {
      const { response, html } = await t.client().get(`/${locale}/concepts`);
      assert.equal(response.status, 200, locale);
      assert.ok(
        html.includes(`href="/${locale}/concepts/theme%3Along_term_care"`),
        `${locale}: a theme links to its page`,
      );
    }
    assert.match(visibleText((await t.client().get('/en/concepts')).html), /Concepts of the care taxonomy/);
  });
  it('the account page links to the person’s organisation', async () => {
    const organization = await createMemberOrganization(t.deps, { name: 'Fundación Cuidar' });
    const person = await signedInClient(
      t.client(),
      await createOrganizationPerson(t.deps, organization.id, 'owner'),
    );
    const { html } = await person.get('/es/account');
    assert.match(
      html,
      new RegExp(`<a href="/es/members/${organization.slug}"><bdi>Fundación Cuidar</bdi></a>`),
    );
    assert.match(visibleText(html), /Sus organizaciones/);
  });

  /** What a reader sees, with the isolation marks (U+2066–U+2069) that do not show taken out. */
  const seen = (html: string) => visibleText(html).replace(/[\u2066-\u2069]/g, '');

  async function pathsOn(index: string, pattern: RegExp, count: number): Promise<string[]> {
    const html = (await t.client().get(index)).html;
    const found = [...html.matchAll(/href="([^"?#]+)"/g)]
      .map((m) => m[1] ?? '')
      .filter((h) => pattern.test(h));
    return [...new Set(found)].slice(0, count);
  }

  it('Arabic recommendations on an English page sit in their own right-to-left element, no English verb glued to them', async () => {
    const { html } = await t.client().get('/en/events/recommendations');
    const arabic = [...html.matchAll(/<(\w+)([^>]*) lang="ar"([^>]*)>[^<]*[\u0600-\u06FF]/g)].filter(
      (m) => m[1] !== 'a',
    );
    assert.ok(arabic.length > 0, 'the Muscat recommendations are listed');
    for (const m of arabic) assert.match(`${m[2]}${m[3]}`, /dir="(auto|rtl)"/, m[0]);
    // The verb is a badge of its own, the recommendation a paragraph of its own: never one run of text.
    assert.match(
      html,
      /<p class="verb"><span class="badge">Recommends<\/span><\/p><p class="recommendation-text" lang="ar" dir="auto">/,
    );
    assert.ok(!/>[^<]*\b[A-Za-z]{3,} [\u0600-\u06FF][^<]*</.test(html), 'an English word runs into Arabic');
  });

  it('Arabic pages join lists the Arabic way: no Latin comma between Arabic words', async () => {
    const pages = [
      '/ar/',
      '/ar/events',
      '/ar/events/social-care-policies-conference-muscat-2024',
      '/ar/events/social-care-policies-conference-muscat-2024/outcome',
      '/ar/events/recommendations',
      '/ar/practices',
      '/ar/members',
      '/ar/commitments',
      '/ar/campaigns',
      '/ar/news',
      '/ar/communities',
      ...(await pathsOn('/ar/practices', /^\/ar\/practices\/[a-z0-9-]+$/, 4)),
      ...(await pathsOn('/ar/members', /^\/ar\/members\/[a-z0-9-]+$/, 4)),
      ...(await pathsOn('/ar/commitments', /^\/ar\/commitments\/[a-z0-9-]+$/, 3)),
    ];
    for (const path of pages) {
      const { response, html } = await t.client().get(path);
      assert.equal(response.status, 200, path);
      const comma = /[\u0600-\u06FF] ?, ?[\u0600-\u06FF]/.exec(seen(html));
      assert.equal(
        comma,
        null,
        `${path}: ${comma?.input.slice(Math.max(0, comma.index - 60), comma.index + 60)}`,
      );
    }
  });

  it('"المحاور" names only a conference’s axes; care themes are "موضوعات" in every Arabic message', () => {
    const arabic = catalogs().get('ar');
    const english = catalogs().get('en');
    assert.ok(arabic && english);
    for (const [key, text] of arabic) {
      // Arabic says محور only where the message is about axes: its key or its English text names them.
      const isAboutAxes = /ax[ie]s/i.test(key) || /\bax[ie]s\b/i.test(english.get(key) ?? '');
      if (/محور|المحاور/.test(text)) assert.ok(isAboutAxes, `${key}: ${text}`);
      if (/theme/i.test(key) && !/ax[ie]s/i.test(key))
        assert.doesNotMatch(text, /محور|مواضيع/, `${key}: ${text}`);
    }
  });

  it('prose is text, never a monospace box: About texts, commitments and the motivation letter', async () => {
    const pages = [
      ...(await pathsOn('/en/members', /^\/en\/members\/[a-z0-9-]+$/, 6)),
      ...(await pathsOn('/es/commitments', /^\/es\/commitments\/[a-z0-9-]+$/, 4)),
    ];
    let prose = 0;
    for (const path of pages) {
      const { html } = await t.client().get(path);
      assert.ok(!/class="pre\b/.test(html), `${path}: a monospace box`);
      if (/class="prose\b/.test(html)) prose++;
    }
    assert.ok(prose >= 4, `the descriptions are prose (${prose} of ${pages.length})`);
    const staff = await signedInClient(t.client(), await createUser(t.deps, { roles: ['reviewer'] }));
    const queue = await staff.get('/en/admin/applications?status=open');
    const review = /href="(\/en\/admin\/applications\/[^"?]+)"[^>]*>GAC-2026-TCVA7Q</.exec(queue.html)?.[1];
    assert.ok(review, 'the demo application is in the queue');
    const { html } = await staff.get(review);
    assert.match(html, /<div class="prose letter" dir="auto" lang="es"><p>Queremos unirnos/);
    assert.ok(!/class="pre\b/.test(html), 'the letter in a monospace box');
    // The review page is written for the reviewer, not to the applicant.
    assert.doesNotMatch(seen(html), /\b[Yy]our (organisation|application|letter)\b/);
    assert.match(seen(html), /The applying organisation/);
  });

  it('an event’s own texts keep their direction on a page of the other direction; description and outcome are prose', async () => {
    const slug = 'social-care-policies-conference-muscat-2024';
    // No Spanish translation: the Arabic original on a left-to-right page.
    const { html } = await t.client().get(`/es/events/${slug}`);
    assert.match(html, /<h1 dir="auto">المؤتمر الدولي الثالث/);
    assert.match(html, /<p class="lead" dir="auto">مؤتمر دولي على مدى يومين/);
    assert.match(html, /<div class="prose" dir="auto" lang="ar"><p>استضافته جامعة السلطان قابوس/);
    const outcome = await t.client().get(`/en/events/${slug}/outcome`);
    assert.match(outcome.html, /<div class="prose" dir="auto" lang="ar"><p>على مدى يومين/);
    // An axis: the reader's words around the Arabic title, the title isolated and marked as Arabic.
    assert.match(outcome.html, /<h3 id="axis-1">Axis 1: <bdi lang="ar" dir="auto">دراسات سياسات الرعاية/);
    assert.ok(!/class="pre\b/.test(html + outcome.html));
  });

  it('a news item’s and a campaign’s own texts keep their direction on an Arabic page', async () => {
    const news = await t.client().get('/ar/news/muscat-conference-closes-with-recommendations');
    assert.match(news.html, /<h1 dir="auto">/);
    assert.match(news.html, /<p class="lead" dir="auto">/);
    assert.match(news.html, /<div class="prose" dir="auto">/);
    const campaign = await t.client().get('/ar/campaigns/care-at-the-centre-of-the-recovery');
    assert.match(campaign.html, /<h1 dir="auto">/);
    assert.match(campaign.html, /<p class="lead" dir="auto">/);
    assert.match(campaign.html, /<div class="prose" dir="auto"><p>/, 'the goal is prose');
  });

  it('the API has a readable reference page, served from the hub', async () => {
    const { response, html } = await t.client().get('/en/api');
    assert.equal(response.status, 200);
    assert.match(seen(html), /API reference/);
    assert.ok(
      html.includes('<span class="api-method">GET</span> /organizations</code>'),
      'operations listed',
    );
    assert.ok(!/<(script|link)[^>]+(src|href)="https?:/.test(html), 'nothing loaded from elsewhere');
  });
});
