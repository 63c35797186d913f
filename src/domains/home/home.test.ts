import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { manualClock } from '../../../test/support/accounts.ts';
import {
  actorOf,
  createMemberOrganization,
  createOrganizationPerson,
  lseEventInput,
} from '../../../test/support/events.ts';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { loadDemoIfEmpty } from '../../demo/load-demo.ts';
import { endorseCampaign } from '../campaigns/campaigns.service.ts';
import { createEvent, publishEvent } from '../events/events.service.ts';
import { forgetHomeFigures } from './home.service.ts';

const locales = ['en', 'es', 'fr', 'ru', 'ar', 'pl'] as const;

/** Hrefs of the links in a page's main content. */
function linksIn(html: string): string[] {
  const main = /<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '';
  return [...main.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1] as string);
}

/**
 * The living home page (issue 16, item 6) on the demo data, at a fixed instant: practices, the next
 * events, news, open campaigns and the members' map, each a link, under 60 KB in every language; and a
 * change shows at once, even to anonymous visitors served from the page cache.
 */
describe('home page', () => {
  let t: TTestApp;
  const clock = manualClock(new Date('2031-05-14T08:00:00Z'));
  before(async () => {
    t = await createTestApp({ clock });
    assert.equal(await loadDemoIfEmpty(t.deps), true);
  });
  after(() => t.close());

  for (const locale of locales) {
    it(`shows practices, events, news, campaigns and the map in ${locale}, in at most 60 KB`, async () => {
      const res = await t.app.request(`/${locale}/`);
      assert.equal(res.status, 200);
      const bytes = Buffer.from(await res.arrayBuffer());
      assert.ok(bytes.byteLength <= 60 * 1024, `${bytes.byteLength} bytes`);
      const links = linksIn(bytes.toString('utf8'));
      for (const kind of ['practices', 'events', 'news', 'campaigns']) {
        const records = links.filter((href) => new RegExp(`^/${locale}/${kind}/[^/]+$`).test(href));
        assert.ok(records.length > 0, `${kind}: a link to a record`);
      }
      for (const path of ['/members/champions', '/campaigns', '/connections', '/communities', '/data']) {
        assert.ok(links.includes(`/${locale}${path}`), `an offer card links to ${path}`);
      }
      assert.match(
        bytes.toString('utf8'),
        new RegExp(`<img src="/${locale}/members/map\\.svg\\?v=[0-9a-f]+"`),
      );
    });
  }

  it('says "in your time zone" with each language\'s own brackets and punctuation, the zone isolated', async () => {
    // French puts a space before the colon; Arabic its own words: both come from the message, not code.
    for (const [locale, expected] of [
      ['fr', /^Dans votre fuseau horaire \(<bdi data-reader-zone=""><\/bdi>\) : <strong/],
      ['ar', /^بتوقيتك \(<bdi data-reader-zone=""><\/bdi>\): <strong/],
    ] as const) {
      const html = await (await t.app.request(`/${locale}/`)).text();
      const line = /<p class="reader-time"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1]?.trim() ?? '';
      assert.match(line, expected, `${locale}: ${line}`);
    }
  });

  it('serves the members map as a picture with colours as attributes and no script', async () => {
    const html = await (await t.app.request('/en/')).text();
    const src = /<img src="([^"]+map\.svg[^"]*)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
    assert.ok(src);
    const res = await t.app.request(src);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^image\/svg\+xml/);
    const svg = await res.text();
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(svg, /fill="#0b4a42"/, 'the busiest country in the darkest shade');
    assert.doesNotMatch(svg, /<script|style=|<a /);
  });

  it('shows a new event and a new endorsement at once to anonymous visitors served from the cache', async () => {
    const first = await (await t.app.request('/en/')).text();
    assert.equal(await (await t.app.request('/en/')).text(), first, 'the second visit is the cached page');
    assert.match(first, /Endorsed by 4 organisations/);

    const organization = await createMemberOrganization(t.deps);
    const owner = await createOrganizationPerson(t.deps, organization.id, 'owner');
    const actor = await actorOf(t.deps, owner);
    const draft = await createEvent(
      t.deps,
      actor,
      lseEventInput(organization.slug, {
        title: 'Care workers’ breakfast in Gdańsk',
        start: '2031-05-15T08:00',
        end: '2031-05-15T09:30',
        timeZone: 'Europe/Warsaw',
      }),
    );
    assert.doesNotMatch(await (await t.app.request('/en/')).text(), /breakfast in Gdańsk/, 'drafts stay off');
    await publishEvent(t.deps, actor, draft.slug);
    await endorseCampaign(t.deps, actor, 'care-at-the-centre-of-the-recovery', {
      organization: organization.slug,
    });

    const after = await (await t.app.request('/en/')).text();
    assert.match(after, /Care workers’ breakfast in Gdańsk/);
    assert.match(after, /Endorsed by 5 organisations/);
    const events = after.slice(
      after.indexOf('id="home-events-title"'),
      after.indexOf('id="home-news-title"'),
    );
    assert.ok(
      events.indexOf('breakfast in Gdańsk') < events.indexOf('/en/events/alliance-webinar'),
      'the soonest event first',
    );
  });

  it('lists no event that has ended, and says so when nothing is coming', async () => {
    clock.advanceMinutes(60 * 24 * 365);
    forgetHomeFigures();
    const html = await (await t.app.request('/en/')).text();
    assert.match(html, /Nothing is on the calendar at the moment\./);
    assert.equal(
      linksIn(html).filter((href) => /^\/en\/events\/[^/]+$/.test(href)).length,
      0,
      'no past event on the home page',
    );
  });
});
