import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { actorOf, createUser, signedInClient, visibleText } from '../../../test/support/accounts.ts';
import { publishedEvent } from '../../../test/support/events.ts';
import { idFrom, reviewForm } from '../../../test/support/imports.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { createArticle, setArticlePublished } from '../news/news.service.ts';

/**
 * A document that matches an event or a news item already in the hub updates it on the curator's word
 * (issue 18, ADR 0076 and 0082): the record keeps its own text, takes the document's title (and, for an
 * event, the times the document states), is audited by its own service, and keeps the document as its
 * source.
 */
const lectureNotice = [
  'Maternal mental health: a public conversation at the LSE',
  '',
  'Posted 5 January 2026',
  '',
  'The evening on maternal mental health moves: it now starts on 28 January 2026 at 16:00 GMT and ends at 18:00 in London, United Kingdom.',
  '',
  'Policymakers, clinicians and campaigners will discuss how to support mothers after birth.',
].join('\n');

const newsNotice = [
  'Warsaw opens twelve day centres for older people this spring',
  '',
  'Published on 3 March 2026',
  '',
  'The city of Warsaw in Poland opens twelve day centres for older people, with meals, exercise and transport for those who cannot travel alone.',
].join('\n');

describe(`imports that update an event or a news item (${testDialect})`, () => {
  let t: TTestApp;
  let curator: TestClient;
  let eventSlug: string;
  let articleSlug: string;

  before(async () => {
    t = await createTestApp({ clock: { now: () => new Date('2026-01-06T10:00:00Z') } });
    const curatorUser = await createUser(t.deps, { roles: ['curator'] });
    curator = await signedInClient(t.client(), curatorUser);
    ({
      event: { slug: eventSlug },
    } = await publishedEvent(t.deps));
    const actor = await actorOf(t.deps, curatorUser, ['curator']);
    const article = await createArticle(t.deps, actor, {
      title: 'Warsaw opens day centres for older people',
      summary: 'The city adds day centres with meals and company for older residents.',
      body: 'Each centre is open five days a week.',
      language: 'en',
      category: 'alliance',
      organization: null,
      countryCode: 'PL',
    });
    articleSlug = (await setArticlePublished(t.deps, actor, article.slug, true)).slug;
  });
  after(async () => {
    await t.close();
  });

  async function pasteAndReview(text: string): Promise<{ id: string; html: string }> {
    await curator.get('/en/imports');
    const res = await curator.post('/en/imports', { text, name: '' });
    assert.equal(res.status, 303, visibleText(await res.text()).slice(0, 400));
    const id = idFrom(res);
    return { id, html: (await curator.get(`/en/imports/${id}`)).html };
  }

  it('updates a matching event: its title and stated times, its text kept, audited, the source attached', async () => {
    const { id, html } = await pasteAndReview(lectureNotice);
    assert.match(html, new RegExp(`value="event:${eventSlug}"`), 'the event is offered for an update');
    const res = await curator.post(`/en/imports/${id}`, {
      ...reviewForm(html),
      kind: 'event',
      target: `event:${eventSlug}`,
      action: 'draft',
    });
    assert.equal(res.status, 303, visibleText(await res.text()).slice(0, 600));
    assert.equal(res.headers.get('location'), `/en/events/${eventSlug}`);
    const row = await t.deps.db
      .selectFrom('events')
      .selectAll()
      .where('slug', '=', eventSlug)
      .executeTakeFirstOrThrow();
    assert.equal(row.title, 'Maternal mental health: a public conversation at the LSE');
    assert.equal(row.description, 'At the London School of Economics, with a live broadcast.');
    assert.equal(row.status, 'published');
    assert.equal(row.starts_at, '2026-01-28T16:00:00.000Z');
    assert.equal(row.ends_at, '2026-01-28T18:00:00.000Z');
    const actions = await t.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['imports.record_updated', 'events.updated'])
      .execute();
    assert.deepEqual(actions.map((a) => a.action).sort(), ['events.updated', 'imports.record_updated']);
    const page = await curator.get(`/en/events/${eventSlug}`);
    assert.match(visibleText(page.html), /updated from the document/);
    assert.match(visibleText(page.html), /Source document/);
    const events = await t.deps.db.selectFrom('events').select('id').execute();
    assert.equal(events.length, 1, 'no second event');
  });

  it('updates a matching news item: the document’s title, its body and picture kept', async () => {
    const { id, html } = await pasteAndReview(newsNotice);
    assert.match(html, new RegExp(`value="news:${articleSlug}"`), 'the news item is offered for an update');
    const refused = await curator.post(`/en/imports/${id}`, {
      ...reviewForm(html),
      kind: 'event',
      target: `news:${articleSlug}`,
      action: 'draft',
    });
    assert.equal(refused.status, 422, 'an event cannot update a news item');
    // The refusal kept the review (a new version of the import): the form is read again.
    const res = await curator.post(`/en/imports/${id}`, {
      ...reviewForm((await curator.get(`/en/imports/${id}`)).html),
      kind: 'news',
      target: `news:${articleSlug}`,
      action: 'draft',
    });
    assert.equal(res.status, 303, visibleText(await res.text()).slice(0, 600));
    assert.equal(res.headers.get('location'), `/en/news/${articleSlug}`);
    const row = await t.deps.db
      .selectFrom('news_articles')
      .selectAll()
      .where('slug', '=', articleSlug)
      .executeTakeFirstOrThrow();
    assert.equal(row.title, 'Warsaw opens twelve day centres for older people this spring');
    assert.equal(row.body, 'Each centre is open five days a week.');
    assert.equal(row.status, 'published');
    assert.equal(row.country_code, 'PL');
    const articles = await t.deps.db.selectFrom('news_articles').select('id').execute();
    assert.equal(articles.length, 1, 'no second news item');
  });
});
