import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { signedInClient, visibleText } from '../../../test/support/accounts.ts';
import { createMemberOrganization, createOrganizationPerson } from '../../../test/support/events.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';

describe(`news with categories, most read and feeds (${testDialect})`, () => {
  let t: TTestApp;
  let editor: TestClient;
  let orgSlug = '';

  before(async () => {
    t = await createTestApp({ clock: { now: () => new Date('2026-02-01T10:00:00Z') } });
    const org = await createMemberOrganization(t.deps, {
      slug: 'make-mothers-matter',
      name: 'Make Mothers Matter',
    });
    orgSlug = org.slug;
    editor = await signedInClient(t.client(), await createOrganizationPerson(t.deps, org.id, 'editor'));
  });
  after(async () => {
    await t.close();
  });

  async function publish(fields: Record<string, string>): Promise<string> {
    await editor.get('/en/news/new');
    const res = await editor.post('/en/news/new', fields);
    assert.equal(res.status, 303, visibleText(await res.text()).slice(0, 300));
    const slug = decodeURIComponent((res.headers.get('location') ?? '').split('/news/')[1] ?? '');
    await editor.get(`/en/news/${slug}`);
    assert.equal((await editor.post(`/en/news/${slug}/publish`, {})).status, 303);
    return slug;
  }

  const article = (overrides: Record<string, string> = {}) => ({
    title: 'Local governments can carry care forward',
    summary: 'What cities can do to recognise, reduce and share unpaid care work.',
    body: 'Cities run services, plan transport and housing, and can support **caregivers** directly.',
    language: 'en',
    category: 'advocacy',
    organization: orgSlug,
    ...overrides,
  });

  it('refuses an image without a description, and says why', async () => {
    await editor.get('/en/news/new');
    const res = await editor.post('/en/news/new', article({ imageUrl: 'https://example.org/photo.jpg' }));
    assert.equal(res.status, 422);
    assert.ok(visibleText(await res.text()).includes('Describe the image'));
  });

  it('publishes articles, lists them by category and links to the whole category', async () => {
    const slug = await publish(
      article({
        imageUrl: 'https://example.org/photo.jpg',
        imageAlt: 'A mayor speaking at the United Nations',
      }),
    );
    await publish(article({ title: 'A resolution on care at the Human Rights Council', category: 'policy' }));
    const page = await t.client().get(`/en/news/${slug}`);
    assert.equal(page.response.status, 200);
    assert.match(
      page.html,
      /<img src="https:\/\/example.org\/photo.jpg" alt="A mayor speaking at the United Nations"/,
    );
    assert.ok(page.html.includes('"@type":"NewsArticle"'));
    assert.ok(page.html.includes('href="/en/news/category/advocacy"'));
    assert.ok(visibleText(page.html).includes('See all the articles in “Advocacy”'));
    const category = visibleText((await t.client().get('/en/news/category/advocacy')).html);
    assert.ok(category.includes('Local governments can carry care forward'));
    assert.ok(!category.includes('Human Rights Council'));
    assert.equal((await t.client().get('/en/news/category/gossip')).response.status, 404);
  });

  it('counts reads without cookies or addresses, ignores robots, and ranks the most read', async () => {
    const popular = await publish(article({ title: 'Mothers’ voices at the Council', category: 'advocacy' }));
    const quiet = await publish(article({ title: 'A quiet note', category: 'members' }));
    for (let i = 0; i < 3; i += 1) await t.app.request(`/en/news/${popular}`);
    await t.app.request(`/en/news/${quiet}`);
    await t.app.request(`/en/news/${quiet}`, { headers: { 'user-agent': 'Googlebot/2.1' } });
    await t.app.request(`/en/news/${quiet}`, { headers: { 'sec-purpose': 'prefetch' } });
    const columns = Object.keys(
      (await t.deps.db.selectFrom('news_reads').selectAll().executeTakeFirstOrThrow()) ?? {},
    );
    assert.deepEqual(columns.sort(), ['article_id', 'day', 'reads']);
    const index = visibleText((await t.client().get('/en/news')).html);
    const mostRead = index.slice(index.indexOf('Most read'));
    assert.ok(mostRead.indexOf('Mothers’ voices') < mostRead.indexOf('A quiet note'), mostRead.slice(0, 300));
    const rows = await t.deps.db.selectFrom('news_reads').select(['reads']).execute();
    assert.equal(rows.reduce((n, r) => n + Number(r.reads), 0) >= 4, true);
  });

  it('publishes Atom and RSS feeds, per category, that a feed parser reads', async () => {
    const atom = await t.app.request('/feeds/news.atom?category=advocacy');
    assert.equal(atom.status, 200);
    assert.match(atom.headers.get('content-type') ?? '', /application\/atom\+xml/);
    const parsedAtom = parseFeed(await atom.text());
    assert.equal(parsedAtom.meta.type, 'atom');
    assert.ok(parsedAtom.items.length >= 2);
    assert.ok(parsedAtom.items.every((i) => i.categories.some((c) => c.term === 'advocacy')));
    const rss = await t.app.request('/feeds/news.rss?lang=fr');
    assert.equal(rss.status, 200);
    const parsedRss = parseFeed(await rss.text());
    assert.equal(parsedRss.meta.type, 'rss');
    assert.ok(parsedRss.items.some((i) => i.title === 'A resolution on care at the Human Rights Council'));
    assert.ok(parsedRss.items.every((i) => i.url?.startsWith('http://localhost/fr/news/')));
    assert.equal((await t.app.request('/feeds/news.rss?category=nope')).status, 404);
  });

  it('makes a newsletter-ready digest of the week, with links and without scripts or styles', async () => {
    const page = await t.client().get('/en/news/digest?from=2026-01-26');
    assert.equal(page.response.status, 200);
    const source = /<textarea id="digest-html"[^>]*>([\s\S]*?)<\/textarea>/.exec(page.html)?.[1] ?? '';
    assert.ok(source.includes('Local governments can carry care forward'));
    assert.ok(source.includes('http://localhost/en/news/'));
    assert.ok(!/&lt;(script|style)/.test(source));
  });

  it('keeps drafts private and lets only writers write', async () => {
    await editor.get('/en/news/new');
    const res = await editor.post('/en/news/new', article({ title: 'Not yet' }));
    const slug = decodeURIComponent((res.headers.get('location') ?? '').split('/news/')[1] ?? '');
    assert.equal((await t.client().get(`/en/news/${slug}`)).response.status, 404);
    const other = await createMemberOrganization(t.deps);
    const member = await signedInClient(
      t.client(),
      await createOrganizationPerson(t.deps, other.id, 'member'),
    );
    assert.equal((await member.get('/en/news/new')).response.status, 403);
  });
});
