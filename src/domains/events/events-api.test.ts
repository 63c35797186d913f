import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  actorOf,
  createMemberOrganization,
  createOrganizationPerson,
  publishedEvent,
} from '../../../test/support/events.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { createCampaign, moveCampaign } from '../campaigns/campaigns.service.ts';
import { createArticle } from '../news/news.service.ts';

describe(`events, news and campaigns in the JSON API (${testDialect})`, () => {
  const t = useTestApp({ clock: { now: () => new Date('2026-01-10T12:00:00Z') } });

  it('lists public events as { items, total } with their zone, offset-bearing times and instants', async () => {
    const { event } = await publishedEvent(t.deps);
    const res = await t.app.request('/api/v1/events');
    assert.equal(res.status, 200);
    const body = (await res.json()) as { items: Record<string, unknown>[]; total: number };
    assert.equal(body.total, 1);
    assert.deepEqual(
      {
        slug: body.items[0]?.slug,
        timeZone: body.items[0]?.timeZone,
        start: body.items[0]?.start,
        startsAt: body.items[0]?.startsAt,
      },
      {
        slug: event.slug,
        timeZone: 'Europe/London',
        start: '2026-01-28T15:15:00+00:00',
        startsAt: '2026-01-28T15:15:00.000Z',
      },
    );
    const one = (await (await t.app.request(`/api/v1/events/${event.slug}`)).json()) as {
      slug: string;
      outcome: unknown;
    };
    assert.equal(one.slug, event.slug);
    assert.equal(one.outcome, null);
    assert.equal((await t.app.request('/api/v1/events/no-such-event')).status, 404);
    const csv = await t.app.request('/api/v1/events?format=csv');
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    assert.ok((await csv.text()).includes('"Europe/London"'));
    assert.equal(
      ((await (await t.app.request('/api/v1/events?kind=training')).json()) as { total: number }).total,
      0,
    );
  });

  it('lists published news and campaigns as { items, total }, and documents all three in OpenAPI', async () => {
    const org = await createMemberOrganization(t.deps);
    const actor = await actorOf(t.deps, await createOrganizationPerson(t.deps, org.id, 'owner'));
    await createArticle(
      t.deps,
      actor,
      { title: 'T', summary: 'S', body: 'B', language: 'en', category: 'members', organization: org.slug },
      { publish: true },
    );
    await createArticle(t.deps, actor, {
      title: 'Draft',
      summary: 'S',
      body: 'B',
      language: 'en',
      category: 'members',
      organization: org.slug,
    });
    const news = (await (await t.app.request('/api/v1/news')).json()) as {
      items: { title: string }[];
      total: number;
    };
    assert.equal(news.total, 1);
    assert.equal(news.items[0]?.title, 'T');

    const campaign = await createCampaign(t.deps, actor, {
      title: 'Care counts',
      goal: 'G',
      callToAction: 'C',
      language: 'en',
      scope: 'global',
      organization: org.slug,
    });
    assert.equal(((await (await t.app.request('/api/v1/campaigns')).json()) as { total: number }).total, 0);
    await moveCampaign(t.deps, actor, campaign.slug, 'publish');
    const campaigns = (await (await t.app.request('/api/v1/campaigns')).json()) as {
      items: { endorsementCount: number }[];
      total: number;
    };
    assert.equal(campaigns.total, 1);
    assert.equal(campaigns.items[0]?.endorsementCount, 0);

    const doc = (await (await t.app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    for (const path of [
      '/events',
      '/events/{slug}',
      '/news',
      '/news/{slug}',
      '/campaigns',
      '/campaigns/{slug}',
    ]) {
      assert.ok(doc.paths[path], `${path} is documented`);
    }
  });

  it('defuses a formula-looking cell in the events CSV', async () => {
    const { event } = await publishedEvent(t.deps, { title: '=HYPERLINK("https://example.org")' });
    const csv = await (await t.app.request('/api/v1/events?format=csv')).text();
    const row = csv.split('\r\n').find((line) => line.startsWith(`"${event.slug}",`));
    assert.ok(row?.includes(`,"'=HYPERLINK(""https://example.org"")",`), row);
  });
});
