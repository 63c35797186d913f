import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser, signedInClient, visibleText } from '../../../test/support/accounts.ts';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { loadDemoIfEmpty } from '../../demo/load-demo.ts';

/** The demo's communities as a visitor finds them after `npm start` on an empty database. */
describe(`demo communities (${testDialect})`, () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp();
    assert.equal(await loadDemoIfEmpty(t.deps), true);
  });
  after(async () => {
    await t.close();
  });

  it('lists four communities, named in the reader’s language where a member translated the name', async () => {
    const en = visibleText((await t.client().get('/en/communities')).html);
    for (const name of [
      'Care in cities',
      'Long-term care financing',
      'Care data and time-use surveys',
      'Mothers’ centres circle',
    ])
      assert.ok(en.includes(name), name);
    const ar = visibleText((await t.client().get('/ar/communities')).html);
    assert.ok(ar.includes('بيانات الرعاية ومسوح استخدام الوقت'));
    const es = visibleText((await t.client().get('/es/communities')).html);
    assert.ok(es.includes('Cuidados en las ciudades'));
  });

  it('has a library in Care in cities: a practice and a commitment as cards, each with its note', async () => {
    const page = await t.client().get('/es/communities/care-in-cities');
    const text = visibleText(page.html);
    assert.ok(text.includes('Lo que respondemos cuando otra ciudad pregunta por dónde empezar'), text);
    assert.ok(text.includes('A city that put its plan in numbers'));
    assert.match(page.html, /href="\/es\/practices\/manzanas-del-cuidado-bogota"/);
    assert.match(page.html, /href="\/es\/commitments\/manzanas-del-cuidado-20-localidades"/);
  });

  it('shows a community picture described in the reader’s language, and a post with a PDF attached', async () => {
    const en = await t.client().get('/en/communities/care-data-and-time-use-surveys');
    const src =
      /<img src="(\/media\/communities\/[^"]+)" alt="A drawing of two bars of a chart[^"]*" lang="en"/.exec(
        en.html,
      )?.[1];
    assert.ok(src, 'the picture with its English description');
    assert.equal((await t.client().request(src)).headers.get('content-type'), 'image/webp');
    const ar = await t.client().get('/ar/communities');
    assert.match(ar.html, /alt="رسم لعمودين في مخطط بياني[^"]*" lang="ar"/);
    const threadLink = /href="(\/en\/communities\/care-data-and-time-use-surveys\/threads\/[^"#]+)"/.exec(
      en.html,
    )?.[1];
    assert.ok(threadLink);
    const thread = await t.client().get(threadLink);
    assert.ok(visibleText(thread.html).includes('one-day-diary-module.pdf'));
    const download = /href="([^"]+\/files\/[^"]+)"/.exec(thread.html)?.[1] ?? '';
    const file = await t.client().request(download);
    assert.equal(file.status, 200);
    assert.ok(new TextDecoder().decode(await file.arrayBuffer()).startsWith('%PDF-1.4'));
  });

  it('has threads in Spanish, Polish, Russian and Arabic, with translations shown to readers of that language', async () => {
    const threads = await t.deps.db
      .selectFrom('community_threads')
      .select(['id', 'language', 'community_id'])
      .execute();
    assert.deepEqual([...new Set(threads.map((th) => th.language))].sort(), ['ar', 'en', 'es', 'pl']);
    const posts = await t.deps.db.selectFrom('community_posts').select('language').execute();
    assert.ok(posts.some((p) => p.language === 'ru'));
    const arabic = threads.find((th) => th.language === 'ar');
    const page = await t.client().get(`/en/communities/care-data-and-time-use-surveys/threads/${arabic?.id}`);
    const text = visibleText(page.html);
    assert.ok(
      text.includes('The Muscat conference') && text.includes('Translated from Arabic by Amara Okafor'),
    );
    const inArabic = visibleText(
      (await t.client().get(`/ar/communities/care-data-and-time-use-surveys/threads/${arabic?.id}`)).html,
    );
    assert.ok(
      inArabic.includes('مسقط') && inArabic.includes('أضفنا مذكّرة قصيرة'),
      'the Russian reply in Arabic',
    );
  });

  it('shows Care in cities’ upcoming meeting, an event of the calendar', async () => {
    const page = await t.client().get('/en/communities/care-in-cities');
    const text = visibleText(page.html);
    assert.ok(text.includes('Upcoming meetings') && text.includes('Alliance webinar'), text);
    assert.ok(page.html.includes('href="/en/events/alliance-webinar-sharing-care-practices"'));
  });

  it('keeps the private circle’s discussion from visitors', async () => {
    const page = await t.client().get('/en/communities/mothers-centres-circle');
    assert.equal(page.response.status, 200);
    assert.ok(!page.html.includes('Keeping volunteers'));
  });

  it('holds a meeting in the private circle that only its readers see (ADR 0070)', async () => {
    const slug = 'cercle-des-centres-de-meres-benevoles';
    assert.equal((await t.client().get(`/fr/events/${slug}`)).response.status, 404);
    assert.ok(!(await t.client().get('/fr/events')).html.includes(slug), 'not on the calendar');
    assert.ok(!(await (await t.client().request('/sitemap.xml')).text()).includes(slug));
    const curator = await signedInClient(t.client(), await createUser(t.deps, { roles: ['curator'] }));
    const page = visibleText((await curator.get(`/fr/events/${slug}`)).html);
    assert.ok(page.includes('Cercle des centres de mères : garder ses bénévoles'), page.slice(0, 400));
    const circle = visibleText((await curator.get('/fr/communities/mothers-centres-circle')).html);
    assert.ok(circle.includes('garder ses bénévoles'));
  });
});
