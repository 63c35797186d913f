import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { visibleText } from '../../../test/support/accounts.ts';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { demoHeldMeetings } from '../../demo/demo-community-meetings.ts';
import { demoEvents } from '../../demo/demo-events.ts';
import { loadDemoIfEmpty } from '../../demo/load-demo.ts';
import { formatRangeIn } from './event-display.ts';
import { findEventBySlug } from './events.repository.ts';

describe(`the demo's events, news and campaigns (${testDialect})`, () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp({ clock: { now: () => new Date('2026-03-01T12:00:00Z') } });
    assert.equal(await loadDemoIfEmpty(t.deps), true);
  });
  after(async () => {
    await t.close();
  });

  it('has the seeds’ events at their announced times, read right in Kraków, New York and Muscat', async () => {
    const all = await t.deps.db.selectFrom('events').select(['id', 'community_id']).execute();
    assert.equal(
      all.length,
      demoEvents.length + demoHeldMeetings.length,
      'the calendar’s and the communities’ meetings',
    );
    assert.equal(all.filter((e) => e.community_id !== null).length, demoHeldMeetings.length);
    const lse = await findEventBySlug(t.deps.db, 'maternal-wellbeing-lse-2026');
    assert.ok(lse);
    assert.equal(lse.startsAt, '2026-01-28T15:15:00.000Z');
    assert.match(formatRangeIn(lse.startsAt, lse.endsAt, 'pl', 'Europe/Warsaw'), /16:15.+18:30/);
    assert.match(formatRangeIn(lse.startsAt, lse.endsAt, 'en', 'America/New_York'), /10:15.+12:30\sPM/);
    assert.match(formatRangeIn(lse.startsAt, lse.endsAt, 'en', 'Asia/Muscat'), /7:15.+9:30\sPM/);
    const muscat = await findEventBySlug(t.deps.db, 'social-care-policies-conference-muscat-2024');
    assert.equal(muscat?.outcome?.axes.length, 5);
    const outcome = visibleText(
      (await t.client().get('/ar/events/social-care-policies-conference-muscat-2024/outcome')).html,
    );
    for (const verb of ['يوصي', 'يدعو إلى', 'يؤكد', 'يشير إلى']) assert.ok(outcome.includes(verb), verb);
  });

  it('shows them on the calendar, the news and the campaigns pages, and in the API', async () => {
    assert.ok(visibleText((await t.client().get('/en/events')).html).includes('Alliance webinar'));
    assert.ok(visibleText((await t.client().get('/en/news')).html).includes('Cities can carry care'));
    assert.ok(
      visibleText((await t.client().get('/en/campaigns')).html).includes('Endorsed by 4 organisations'),
    );
    const api = (await (await t.app.request('/api/v1/events?when=all')).json()) as { total: number };
    assert.equal(api.total, demoEvents.length);
  });

  it('finds events by what their outcome recommends, and news, in the hub’s search', async () => {
    const observatory = (await (
      await t.app.request(`/api/v1/search?q=${encodeURIComponent('مرصد عربي')}&type=event`)
    ).json()) as {
      items: { slug: string }[];
    };
    assert.ok(observatory.items.some((i) => i.slug === 'social-care-policies-conference-muscat-2024'));
    const news = (await (
      await t.app.request('/api/v1/search?q=municipalities%20caregivers&type=news')
    ).json()) as { items: { type: string }[] };
    assert.ok(news.items.length > 0 && news.items.every((i) => i.type === 'news'));
  });
});
