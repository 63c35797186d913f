import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { parseFeed } from '@rowanmanning/feed-parser';
import sharp from 'sharp';
import { signedInClient, visibleText } from '../../../test/support/accounts.ts';
import { csvLines } from '../../../test/support/csv-downloads.ts';
import { createMemberOrganization, createOrganizationPerson } from '../../../test/support/events.ts';
import { type TestClient, useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';

describe(`news with categories, most read and feeds (${testDialect})`, () => {
  const t = useTestApp({ clock: { now: () => new Date('2026-02-01T10:00:00Z') } });
  let editor: TestClient;
  let orgSlug = '';

  before(async () => {
    const org = await createMemberOrganization(t.deps, {
      slug: 'make-mothers-matter',
      name: 'Make Mothers Matter',
    });
    orgSlug = org.slug;
    editor = await signedInClient(t.client(), await createOrganizationPerson(t.deps, org.id, 'editor'));
  });

  async function photo(name: string, format: 'jpeg' | 'png' | 'webp', width = 800): Promise<File> {
    const bytes = await sharp({
      create: { width, height: Math.round(width / 2), channels: 3, background: '#0b5e55' },
    })
      [format]()
      .toBuffer();
    return new File([new Uint8Array(bytes)], name);
  }

  async function countArticles(): Promise<number> {
    const row = await t.deps.db
      .selectFrom('news_articles')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async function publish(fields: Record<string, string | File>): Promise<string> {
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

  it('refuses an uploaded picture without a description, says why and keeps the other fields', async () => {
    await editor.get('/en/news/new');
    const res = await editor.post('/en/news/new', { ...article(), image: await photo('photo.jpg', 'jpeg') });
    assert.equal(res.status, 422);
    const html = await res.text();
    assert.ok(visibleText(html).includes('Describe the image'));
    assert.ok(html.includes('value="Local governments can carry care forward"'));
    assert.equal(await countArticles(), 0);
  });

  it('refuses a picture that is too large or lies about its type, with a translated reason', async () => {
    await editor.get('/fr/news/new');
    const huge = new Uint8Array(6 * 1024 * 1024);
    huge.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const tooLarge = await editor.post('/fr/news/new', {
      ...article({ imageAlt: 'Une affiche' }),
      image: new File([huge], 'affiche.png', { type: 'image/png' }),
    });
    assert.equal(tooLarge.status, 422);
    assert.ok(visibleText(await tooLarge.text()).includes('L’image dépasse 5 Mo'));
    const lying = await editor.post('/fr/news/new', {
      ...article({ imageAlt: 'Une affiche' }),
      image: await photo('affiche.jpg', 'png'),
    });
    assert.equal(lying.status, 422);
    assert.ok(visibleText(await lying.text()).includes('n’est pas ce que son nom indique'));
    const notAPicture = await editor.post('/fr/news/new', {
      ...article({ imageAlt: 'Une affiche' }),
      image: new File(['<html><script>alert(1)</script></html>'], 'affiche.png', { type: 'image/png' }),
    });
    assert.equal(notAPicture.status, 422);
    assert.equal(await countArticles(), 0);
  });

  it('publishes articles, lists them by category and links to the whole category', async () => {
    const slug = await publish({
      ...article({ imageAlt: 'A mayor speaking at the United Nations' }),
      image: await photo('mayor.jpg', 'jpeg', 2400),
    });
    await publish(article({ title: 'A resolution on care at the Human Rights Council', category: 'policy' }));
    const page = await t.client().get(`/en/news/${slug}`);
    assert.equal(page.response.status, 200);
    const src =
      /<img src="(\/media\/news\/[0-9a-f-]+\.webp)" alt="A mayor speaking at the United Nations"/.exec(
        page.html,
      )?.[1];
    assert.ok(src, 'the article shows its uploaded picture with its description');
    assert.ok(page.html.includes(`<meta property="og:image" content="http://localhost${src}"/>`));
    assert.ok(
      page.html.includes('<meta property="og:image:alt" content="A mayor speaking at the United Nations"/>'),
    );
    const jsonLd = JSON.parse(
      /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page.html)?.[1] ?? '{}',
    );
    assert.equal(jsonLd.image.url, `http://localhost${src}`);
    assert.equal(jsonLd.image.description, 'A mayor speaking at the United Nations');
    const image = await t.app.request(src);
    assert.equal(image.status, 200);
    assert.equal(image.headers.get('content-type'), 'image/webp');
    assert.match(image.headers.get('cache-control') ?? '', /public, max-age=31536000, immutable/);
    assert.equal(image.headers.get('x-content-type-options'), 'nosniff');
    const meta = await sharp(Buffer.from(await image.arrayBuffer())).metadata();
    assert.equal(meta.format, 'webp');
    assert.equal(meta.width, 1600);
    assert.ok(visibleText((await t.client().get('/en/news')).html) !== '');
    assert.ok((await t.client().get('/en/news')).html.includes(`src="${src}"`), 'listings show the picture');
    const api = (await (await t.app.request(`/api/v1/news/${slug}`)).json()) as { image: { url: string } };
    assert.equal(api.image.url, `http://localhost${src}`);
    const csv = await t.app.request('/api/v1/news?format=csv&category=advocacy');
    const lines = await csvLines(csv);
    assert.equal(
      lines[0],
      'slug,url,title,summary,language,translations,category,organization,image,imageAlt,publishedAt,updatedAt',
    );
    assert.equal(lines.length, 1 + Number(csv.headers.get('x-total-count')), 'one line per article');
    assert.ok(
      lines.some((l) => l.startsWith(`${slug},`) && l.includes('A mayor speaking at the United Nations')),
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

  it('keeps a draft’s picture private, replaces and removes pictures, and audits it', async () => {
    await editor.get('/en/news/new');
    const res = await editor.post('/en/news/new', {
      ...article({ title: 'A draft with a picture', imageAlt: 'Two carers and a child' }),
      image: await photo('carers.png', 'png'),
    });
    assert.equal(res.status, 303);
    const slug = decodeURIComponent((res.headers.get('location') ?? '').split('/news/')[1] ?? '');
    const draft = await editor.get(`/en/news/${slug}`);
    const first = /src="(\/media\/news\/[^"]+)"/.exec(draft.html)?.[1] ?? '';
    assert.equal((await t.app.request(first)).status, 404, 'strangers cannot see a draft’s picture');
    const own = await editor.get(first);
    assert.equal(own.response.status, 200);
    assert.equal(own.response.headers.get('cache-control'), 'private, no-store');

    const form = await editor.get(`/en/news/${slug}/edit`);
    assert.ok(form.html.includes('enctype="multipart/form-data"'));
    const version = /name="version" value="(\d+)"/.exec(form.html)?.[1] ?? '1';
    const replaced = await editor.post(`/en/news/${slug}/edit`, {
      ...article({ title: 'A draft with a picture', imageAlt: 'Two carers and a child, in colour' }),
      version,
      image: await photo('carers.webp', 'webp'),
    });
    assert.equal(replaced.status, 303);
    const second =
      /src="(\/media\/news\/[^"]+)"/.exec((await editor.get(`/en/news/${slug}`)).html)?.[1] ?? '';
    assert.notEqual(second, first);
    assert.equal((await editor.get(first)).response.status, 404, 'the old picture is gone');

    const noAlt = await editor.post(`/en/news/${slug}/edit`, {
      ...article({ title: 'A draft with a picture', imageAlt: '' }),
      version: String(Number(version) + 1),
    });
    assert.equal(noAlt.status, 422, 'a kept picture still needs its description');

    const removed = await editor.post(`/en/news/${slug}/edit`, {
      ...article({ title: 'A draft with a picture', imageAlt: '' }),
      version: String(Number(version) + 1),
      removeImage: '1',
    });
    assert.equal(removed.status, 303);
    assert.ok(!(await editor.get(`/en/news/${slug}`)).html.includes('/media/news/'));
    assert.equal((await editor.get(second)).response.status, 404);
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', 'in', ['news.created', 'news.updated'])
      .orderBy('at')
      .execute();
    assert.ok(audit.some((a) => a.action === 'news.created' && String(a.details).includes('"width"')));
    assert.ok(audit.some((a) => String(a.details).includes('"image":"replaced"')));
    assert.ok(audit.some((a) => String(a.details).includes('"image":"removed"')));
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
