import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { signedInClient, visibleText } from '../../../test/support/accounts.ts';
import { createThroughForm } from '../../../test/support/created-records.ts';
import {
  actorOf,
  createMemberOrganization,
  createOrganizationPerson,
  publishedEvent,
  useOrganisers,
} from '../../../test/support/events.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { assetByUrl } from '../../ui/assets.ts';
import { cancelEvent } from '../events/events.service.ts';
import { createArticle, setArticlePublished } from '../news/news.service.ts';

type TApiResult = { items: { type: string; slug: string; url: string; title: string }[]; total: number };

describe(`campaigns in the global search, and a live endorsement count (${testDialect})`, () => {
  const t = useTestApp();
  const { lead } = useOrganisers(
    t,
    { lead: { slug: 'mmm', name: 'Make Mothers Matter' } },
    { role: 'owner' },
  );
  let slug = '';

  const search = async (query: string): Promise<TApiResult> =>
    (await (await t.app.request(`/api/v1/search?${query}`)).json()) as TApiResult;
  const slugsOf = (r: TApiResult) => r.items.map((i) => i.slug);

  const fields = (overrides: Record<string, string> = {}) => ({
    title: 'A European year for women’s mental health',
    goal: 'Put mothers’ wellbeing on the agenda of the European Union.',
    callToAction: 'Write to your members of parliament before the spring summit.',
    body: '',
    language: 'en',
    scope: 'regional',
    countries: ['FR', 'PL'],
    themes: ['theme:caregiver_health'],
    organization: 'mmm',
    ...overrides,
  });

  before(async () => {
    slug = await createThroughForm(lead, 'campaigns', fields());
  });

  it('indexes a campaign when it is published, not while it is a draft', async () => {
    assert.deepEqual(slugsOf(await search('q=parliament&type=campaign')), [], 'drafts are not found');
    await lead.get(`/en/campaigns/${slug}`);
    assert.equal((await lead.post(`/en/campaigns/${slug}/publish`, {})).status, 303);
    const found = await search('q=members+of+parliament&type=campaign');
    assert.deepEqual(slugsOf(found), [slug], 'found by its call to action');
    assert.equal(found.items[0]?.type, 'campaign');
    assert.equal(found.items[0]?.url, `http://localhost/en/campaigns/${slug}`);
    assert.deepEqual(slugsOf(await search('q=wellbeing+agenda&type=campaign')), [slug], 'and by its goal');
  });

  it('finds it from another language through the care concepts it is tagged with', async () => {
    const spanish = await search('q=salud+mental+materna&type=campaign&locale=es');
    assert.ok(slugsOf(spanish).includes(slug), JSON.stringify(spanish.items));
  });

  it('shows campaigns on the search page with a type label and a link, in every language', async () => {
    const page = await t.client().get('/en/search?q=parliament');
    assert.ok(page.html.includes(`href="/en/campaigns/${slug}"`));
    assert.ok(page.html.includes('<span class="badge">Campaign</span>'), 'the type label');
    const arabic = await t.client().get('/ar/search?q=parliament&type=campaign');
    assert.ok(arabic.html.includes(`href="/ar/campaigns/${slug}"`));
    assert.ok(arabic.html.includes('<span class="badge">حملة</span>'));
  });

  it('follows edits, and leaves the index when unpublished (but not when closed)', async () => {
    const form = await lead.get(`/en/campaigns/${slug}/edit`);
    const version = /name="version" value="(\d+)"/.exec(form.html)?.[1] ?? '';
    const saved = await lead.post(
      `/en/campaigns/${slug}/edit`,
      fields({
        title: 'A European year for mothers’ mental health',
        callToAction: 'Sign the open letter to the Commission.',
        version,
      }),
    );
    assert.equal(saved.status, 303);
    assert.deepEqual(slugsOf(await search('q=open+letter+commission&type=campaign')), [slug]);
    assert.deepEqual(slugsOf(await search('q=parliament&type=campaign')), [], 'the old words are gone');

    assert.equal((await lead.post(`/en/campaigns/${slug}/unpublish`, {})).status, 303);
    assert.deepEqual(slugsOf(await search('q=open+letter&type=campaign')), []);
    assert.equal((await t.client().get(`/en/campaigns/${slug}`)).response.status, 404);
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'campaigns.unpublished')
      .execute();
    assert.equal(audit.length, 1);

    await lead.post(`/en/campaigns/${slug}/publish`, {});
    await lead.post(`/en/campaigns/${slug}/close`, {});
    assert.deepEqual(
      slugsOf(await search('q=open+letter&type=campaign')),
      [slug],
      'closed campaigns stay findable',
    );
    await lead.post(`/en/campaigns/${slug}/unpublish`, {});
    await lead.post(`/en/campaigns/${slug}/publish`, {});
  });

  it('indexes news and events the same way: in when published, out when unpublished or cancelled', async () => {
    const org = await createMemberOrganization(t.deps, { slug: 'news-org', name: 'News Org' });
    const writer = await actorOf(t.deps, await createOrganizationPerson(t.deps, org.id, 'editor'));
    const article = await createArticle(t.deps, writer, {
      title: 'Grandparents step in as childminders',
      summary: 'Who looks after the children when both parents work shifts.',
      body: 'A survey of families.',
      language: 'en',
      category: 'research',
      organization: 'news-org',
    });
    assert.deepEqual(slugsOf(await search('q=grandparents&type=news')), []);
    await setArticlePublished(t.deps, writer, article.slug, true);
    assert.deepEqual(slugsOf(await search('q=grandparents&type=news')), [article.slug]);
    await setArticlePublished(t.deps, writer, article.slug, false);
    assert.deepEqual(slugsOf(await search('q=grandparents&type=news')), []);

    const { event, actor } = await publishedEvent(t.deps, { title: 'Webinar on kinship carers' });
    assert.deepEqual(slugsOf(await search('q=kinship&type=event')), [event.slug]);
    await cancelEvent(t.deps, actor, event.slug);
    assert.deepEqual(slugsOf(await search('q=kinship&type=event')), []);
  });

  it('keeps the endorsement count current: right on each load, and from a small JSON endpoint for the script', async () => {
    const html = (await t.client().get(`/en/campaigns/${slug}`)).html;
    const countUrl = /data-live-count="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&') ?? '';
    assert.equal(countUrl, `/api/v1/campaigns/${slug}/endorsement-count?locale=en`);
    const script = /<script src="(\/static\/campaign-count\.[0-9a-f]+\.js)" defer=""><\/script>/.exec(
      html,
    )?.[1];
    assert.ok(script, 'an external script, no inline code');
    assert.ok(!/<script>/.test(html), 'no inline script');
    assert.ok(visibleText(html).includes('No endorsement yet'));

    const before = (await (await t.app.request(countUrl)).json()) as { count: number; label: string };
    assert.deepEqual(before, { count: 0, label: 'No endorsement yet' });

    const endorser = await createMemberOrganization(t.deps, { name: 'Carers Union' });
    const client = await signedInClient(
      t.client(),
      await createOrganizationPerson(t.deps, endorser.id, 'editor'),
    );
    await client.get(`/en/campaigns/${slug}`);
    assert.equal(
      (await client.post(`/en/campaigns/${slug}/endorse`, { organization: endorser.slug })).status,
      303,
    );

    const now = await t.app.request(countUrl);
    assert.match(now.headers.get('cache-control') ?? '', /max-age=15/);
    assert.deepEqual(await now.json(), { count: 1, label: 'Endorsed by 1 organisation' });
    const polish = (await (
      await t.app.request(`/api/v1/campaigns/${slug}/endorsement-count?locale=pl`)
    ).json()) as {
      label: string;
    };
    assert.notEqual(polish.label, 'Endorsed by 1 organisation');
    assert.ok(polish.label.includes('1'));
    assert.ok(
      visibleText((await t.client().get(`/en/campaigns/${slug}`)).html).includes(
        'Endorsed by 1 organisation',
      ),
    );
    assert.equal((await t.app.request('/api/v1/campaigns/no-such-campaign/endorsement-count')).status, 404);

    const asset = assetByUrl(script);
    assert.ok(asset);
    assert.equal((await t.app.request(script)).status, 200);
    const linked = [...html.matchAll(/(?:src|href)="(\/static\/[^"]+)"/g)].map((m) => assetByUrl(m[1] ?? ''));
    const weight = gzipSync(html).byteLength + linked.reduce((n, a) => n + (a?.gzip.byteLength ?? 0), 0);
    assert.ok(weight < 60 * 1024, `the page and its assets weigh ${weight} bytes`);
  });

  it('does not give the count of a draft', async () => {
    await lead.post(`/en/campaigns/${slug}/unpublish`, {});
    assert.equal((await t.app.request(`/api/v1/campaigns/${slug}/endorsement-count`)).status, 404);
    assert.ok(!(await lead.get(`/en/campaigns/${slug}`)).html.includes('data-live-count'));
  });
});
