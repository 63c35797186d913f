import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { actorOf, visibleText } from '../../../test/support/accounts.ts';
import { auditActions } from '../../../test/support/audit-entries.ts';
import { articleRow, eventRow, publishedEvent } from '../../../test/support/events.ts';
import { openReview, pasteForReview, redirectOf, sendReview } from '../../../test/support/imports.ts';
import { usePeople } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
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
  const t = useTestApp({ clock: { now: () => new Date('2026-01-06T10:00:00Z') } });
  const { curator } = usePeople(t, { curator: { roles: ['curator'] } });
  let eventSlug: string;
  let articleSlug: string;

  before(async () => {
    ({
      event: { slug: eventSlug },
    } = await publishedEvent(t.deps));
    const actor = await actorOf(t.deps, curator.user, ['curator']);
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

  it('updates a matching event: its title and stated times, its text kept, audited, the source attached', async () => {
    const review = await pasteForReview(curator, lectureNotice);
    const target = `event:${eventSlug}`;
    assert.match(review.html, new RegExp(`value="${target}"`), 'the event is offered for an update');
    const location = await redirectOf(await sendReview(curator, review, { kind: 'event', target }));
    assert.equal(location, `/en/events/${eventSlug}`);
    const row = await eventRow(t.deps, eventSlug);
    assert.equal(row.title, 'Maternal mental health: a public conversation at the LSE');
    assert.equal(row.description, 'At the London School of Economics, with a live broadcast.');
    assert.equal(row.status, 'published');
    assert.equal(row.starts_at, '2026-01-28T16:00:00.000Z');
    assert.equal(row.ends_at, '2026-01-28T18:00:00.000Z');
    const actions = await auditActions(t.deps, { actions: ['imports.record_updated', 'events.updated'] });
    assert.deepEqual(actions, ['events.updated', 'imports.record_updated']);
    const page = await curator.get(`/en/events/${eventSlug}`);
    assert.match(visibleText(page.html), /updated from the document/);
    assert.match(visibleText(page.html), /Source document/);
    const events = await t.deps.db.selectFrom('events').select('id').execute();
    assert.equal(events.length, 1, 'no second event');
  });

  it('updates a matching news item: the document’s title, its body and picture kept', async () => {
    const review = await pasteForReview(curator, newsNotice);
    const target = `news:${articleSlug}`;
    assert.match(review.html, new RegExp(`value="${target}"`), 'the news item is offered for an update');
    const refused = await sendReview(curator, review, { kind: 'event', target });
    assert.equal(refused.status, 422, 'an event cannot update a news item');
    // The refusal kept the review (a new version of the import): the form is read again.
    const reread = await openReview(curator, review.id);
    const location = await redirectOf(await sendReview(curator, reread, { kind: 'news', target }));
    assert.equal(location, `/en/news/${articleSlug}`);
    const row = await articleRow(t.deps, articleSlug);
    assert.equal(row.title, 'Warsaw opens twelve day centres for older people this spring');
    assert.equal(row.body, 'Each centre is open five days a week.');
    assert.equal(row.status, 'published');
    assert.equal(row.country_code, 'PL');
    const articles = await t.deps.db.selectFrom('news_articles').select('id').execute();
    assert.equal(articles.length, 1, 'no second news item');
  });
});
