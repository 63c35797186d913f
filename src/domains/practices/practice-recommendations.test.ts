import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { visibleText } from '../../../test/support/accounts.ts';
import { lseEventInput, publishedEvent } from '../../../test/support/events.ts';
import { draftPracticeWithCast } from '../../../test/support/practice-authors.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { addRecommendation, removeRecommendation } from '../events/event-outcomes.service.ts';
import { createEvent } from '../events/events.service.ts';

/** Practices answer event recommendations: editors link them; both pages show the link. */
describe(`practices linked to event recommendations (${testDialect})`, () => {
  let t: TTestApp;
  let author: TestClient;
  let curator: TestClient;
  let stranger: TestClient;
  let slug = '';
  let eventSlug = '';
  let leaveId = '';
  let draftRecommendationId = '';
  let organiser: Awaited<ReturnType<typeof publishedEvent>>['actor'];

  before(async () => {
    t = await createTestApp();
    const { actor, event, organization } = await publishedEvent(t.deps, { title: 'Care conference' });
    eventSlug = event.slug;
    organiser = actor;
    const recommendations = await addRecommendation(t.deps, actor, event.slug, {
      axis: 1,
      verb: 'calls_for',
      text: 'Paid leave for fathers that cannot be transferred to the mother',
      language: 'en',
      themes: ['theme:care_leave'],
    });
    await addRecommendation(t.deps, actor, event.slug, {
      axis: 1,
      verb: 'recommends',
      text: 'Public day centres for older persons in every district',
      language: 'en',
      themes: [],
    });
    leaveId = recommendations[0]?.id ?? '';
    const draft = await createEvent(
      t.deps,
      actor,
      lseEventInput(organization.slug, { title: 'Unpublished' }),
    );
    const hidden = await addRecommendation(t.deps, actor, draft.slug, {
      axis: 1,
      verb: 'stresses',
      text: 'A secret leave recommendation of a draft event',
      language: 'en',
      themes: [],
    });
    draftRecommendationId = hidden[0]?.id ?? '';
    ({ author, stranger, curator, slug } = await draftPracticeWithCast(t, 'Fathers’ quota'));
  });
  after(async () => {
    await t.close();
  });

  it('finds recommendations of public events on the server, without JavaScript', async () => {
    const empty = await author.get(`/en/practices/${slug}/recommendations`);
    assert.equal(empty.response.status, 200);
    assert.match(visibleText(empty.html), /No recommendation is linked yet\./);
    const found = await author.get(`/en/practices/${slug}/recommendations?q=leave`);
    const text = visibleText(found.html);
    assert.match(text, /1 recommendation found/);
    assert.match(text, /Calls for Paid leave for fathers/);
    assert.doesNotMatch(text, /secret leave/, "a draft event's recommendations are not offered");
    const byTheme = await author.get(`/en/practices/${slug}/recommendations?theme=theme%3Acare_leave`);
    assert.match(visibleText(byTheme.html), /1 recommendation found/);
  });

  it('links one with an audited POST, and shows it on the practice page with its verb and event', async () => {
    await author.get(`/en/practices/${slug}/recommendations?q=leave`);
    const forged = await author.post(
      `/en/practices/${slug}/recommendations/link`,
      { recommendation: leaveId },
      { csrf: null },
    );
    assert.equal(forged.status, 403);
    const linked = await author.post(`/en/practices/${slug}/recommendations/link`, {
      recommendation: leaveId,
      q: 'leave',
    });
    assert.equal(linked.status, 303);
    assert.match(linked.headers.get('location') ?? '', /\/recommendations\?q=leave$/);
    const twice = await author.post(`/en/practices/${slug}/recommendations/link`, {
      recommendation: leaveId,
    });
    assert.equal(twice.status, 303, 'linking again changes nothing');
    const page = await author.get(`/en/practices/${slug}`);
    assert.match(
      visibleText(page.html),
      /Responds to these recommendations Calls for Paid leave for fathers/,
    );
    assert.match(page.html, new RegExp(`href="/en/events/${eventSlug}/outcome#recommendation-${leaveId}"`));
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'practices.recommendation_%')
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['practices.recommendation_linked'],
    );
  });

  it('refuses an unknown or unpublished recommendation and people outside the practice', async () => {
    await author.get(`/en/practices/${slug}/recommendations`);
    for (const id of ['nope', draftRecommendationId]) {
      const res = await author.post(`/en/practices/${slug}/recommendations/link`, { recommendation: id });
      assert.equal(res.status, 303);
      assert.equal(author.cookies.get('carehub_flash'), 'practices.flash.recommendationUnknown');
    }
    assert.equal((await stranger.get(`/en/practices/${slug}/recommendations`)).response.status, 404);
    await stranger.get('/en/practices/new');
    assert.equal(
      (await stranger.post(`/en/practices/${slug}/recommendations/link`, { recommendation: leaveId })).status,
      404,
    );
  });

  it("lists the practice under the recommendation on the event's outcome page once it is published", async () => {
    const before = await t.client().get(`/en/events/${eventSlug}/outcome`);
    assert.doesNotMatch(before.html, /Fathers’ quota/, 'a draft practice is not announced');
    await author.get(`/en/practices/${slug}`);
    await author.post(`/en/practices/${slug}/submit`, {});
    await curator.get(`/en/practices/${slug}`);
    await curator.post(`/en/practices/${slug}/publish`, {});
    const outcome = await t.client().get(`/en/events/${eventSlug}/outcome`);
    const text = visibleText(outcome.html);
    assert.match(text, /Paid leave for fathers .*Practices that respond to it: Fathers’ quota/);
    assert.match(outcome.html, new RegExp(`href="/en/practices/${slug}"`));
    const spanish = visibleText((await t.client().get(`/es/events/${eventSlug}/outcome`)).html);
    assert.match(spanish, /Prácticas que responden a ella: Fathers’ quota/);
  });

  it('lets a curator unlink it, and the link goes when the recommendation is deleted', async () => {
    await curator.get(`/en/practices/${slug}/recommendations`);
    const unlinked = await curator.post(`/en/practices/${slug}/recommendations/unlink`, {
      recommendation: leaveId,
    });
    assert.equal(unlinked.status, 303);
    assert.doesNotMatch(visibleText((await t.client().get(`/en/practices/${slug}`)).html), /Paid leave/);
    const missing = await curator.post(`/en/practices/${slug}/recommendations/unlink`, {
      recommendation: leaveId,
    });
    assert.equal(missing.status, 404);
    await curator.post(`/en/practices/${slug}/recommendations/link`, { recommendation: leaveId });
    await removeRecommendation(t.deps, organiser, eventSlug, leaveId);
    const rows = await t.deps.db.selectFrom('practice_recommendations').selectAll().execute();
    assert.equal(rows.length, 0, 'deleting the recommendation removed the link');
  });
});
