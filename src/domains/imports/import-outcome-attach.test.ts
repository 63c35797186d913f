import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { visibleText } from '../../../test/support/accounts.ts';
import { eventRow, publishedEvent } from '../../../test/support/events.ts';
import { pasteForReview, redirectOf, sendReview } from '../../../test/support/imports.ts';
import { usePeople } from '../../../test/support/people.ts';
import { seedText } from '../../../test/support/seeds.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { translator } from '../../i18n/translator.ts';
import { saveOutcome } from '../events/index.ts';
import { mergedOutcome } from './import-updates.ts';

/**
 * A conference-outcome document that matches an event already in the hub is offered as that event's
 * outcome (issue 18): the Omani conference's closing text, attached to the conference the hub holds,
 * adds its axes and recommendations to the event's outcome without touching the event itself, and a
 * second attachment of the same text adds nothing.
 */
const earlierAxes = [
  'دراسات سياسات الرعاية الاجتماعية وبرامجها في ضوء رؤية عُمان',
  'الدراسات البيئية وأهداف التنمية المستدامة',
];

describe(`a conference outcome attached to an existing event (${testDialect})`, () => {
  const t = useTestApp({ clock: { now: () => new Date('2026-03-01T10:00:00Z') } });
  const { curator } = usePeople(t, { curator: { roles: ['curator'] } });
  let slug: string;

  before(async () => {
    const { event, actor } = await publishedEvent(t.deps, {
      title: 'المؤتمر الدولي الثالث لسياسات الرعاية الاجتماعية وبرامجها',
      summary: 'مؤتمر دولي في مسقط على مدى يومين عن سياسات الرعاية الاجتماعية والتنمية المستدامة.',
      description: 'يومان من الجلسات في جامعة السلطان قابوس.',
      language: 'ar',
      kind: 'conference',
      format: 'in_person',
      timeZone: 'Asia/Muscat',
      start: '2024-12-16T09:00',
      end: '2024-12-17T15:00',
      venue: 'جامعة السلطان قابوس',
      city: 'Muscat',
      countryCode: 'OM',
      onlineUrl: undefined,
      isOnlineUrlPrivate: false,
      registrationMode: 'none',
      themes: ['theme:care_systems'],
    });
    slug = event.slug;
    await saveOutcome(t.deps, actor, slug, {
      summary: 'ملخص كتبه المنظمون قبل نشر البيان الختامي.',
      axes: earlierAxes,
      recordings: [{ title: 'تسجيل الجلسة الافتتاحية', url: 'https://example.org/opening' }],
    });
  });

  /** The closing text pasted and attached as the event's outcome: its review and where the draft led. */
  const attachOutcome = async () => {
    const review = await pasteForReview(curator, seedText('003'));
    const location = await redirectOf(
      await sendReview(curator, review, { kind: 'outcome', target: `event:${slug}` }),
    );
    return { ...review, location };
  };

  const recommendationsOf = async (eventId: string) =>
    t.deps.db
      .selectFrom('event_recommendations')
      .select(['axis', 'verb', 'text'])
      .where('event_id', '=', eventId)
      .execute();

  it('offers the event as the outcome’s home, adds the axes and recommendations, leaves the event as it was', async () => {
    const before = await eventRow(t.deps, slug);
    const { id, html, location } = await attachOutcome();
    const { t: en } = translator('en');
    assert.match(html, new RegExp(`value="event:${slug}"`), 'the event is offered');
    assert.match(visibleText(html), new RegExp(en('imports.match.attachOutcome')));
    assert.equal(location, `/en/events/${encodeURIComponent(slug)}/outcome`);

    const after = await eventRow(t.deps, slug);
    assert.equal(after.title, before.title, 'the event keeps its title');
    assert.equal(after.starts_at, before.starts_at, 'and its times');
    assert.equal(after.city, before.city);
    const outcome = JSON.parse(after.outcome ?? '{}') as {
      summary: string;
      axes: string[];
      recordings: unknown[];
    };
    assert.equal(outcome.summary, 'ملخص كتبه المنظمون قبل نشر البيان الختامي.', 'its own summary stays');
    assert.equal(outcome.recordings.length, 1, 'its recording stays');
    // The document's five axes: two are the event's (worded alike), three are new, after them.
    assert.equal(outcome.axes.length, 5, outcome.axes.join(' | '));
    assert.deepEqual(outcome.axes.slice(0, 2), earlierAxes);
    assert.ok(outcome.axes.slice(2).some((a) => a.includes('العدالة الاجتماعية')));
    assert.ok(outcome.axes.slice(2).some((a) => a.includes('استشراف مستقبل')));
    const saved = await recommendationsOf(after.id);
    assert.equal(saved.length, 8, 'the document’s eight recommendations');
    assert.ok(saved.every((r) => r.axis >= 1 && r.axis <= 5));
    assert.ok(new Set(saved.map((r) => r.verb)).size >= 3, 'each with its verb');

    const events = await t.deps.db.selectFrom('events').select('id').execute();
    assert.equal(events.length, 1, 'no second event');
    const actions = await t.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', [
        'imports.record_updated',
        'events.outcome_saved',
        'events.recommendation_added',
      ])
      .execute();
    assert.equal(actions.filter((a) => a.action === 'imports.record_updated').length, 1);
    assert.equal(actions.filter((a) => a.action === 'events.recommendation_added').length, 8);

    const outcomePage = await curator.get(`/en/events/${encodeURIComponent(slug)}/outcome`);
    assert.match(visibleText(outcomePage.html), /التجارب العربية/);
    const eventPage = await curator.get(`/en/events/${encodeURIComponent(slug)}`);
    assert.match(
      eventPage.html,
      new RegExp(`href="/en/imports/${id}/source"`),
      'the event’s source document',
    );
  });

  it('a second attachment of the same document adds no axis and no recommendation', async () => {
    await attachOutcome();
    const row = await eventRow(t.deps, slug);
    assert.equal((JSON.parse(row.outcome ?? '{}') as { axes: string[] }).axes.length, 5);
    assert.equal((await recommendationsOf(row.id)).length, 8);
  });

  it('merges by wording: alike axes pair once, recommendations go under their axis’s place', () => {
    const same = (a: string, b: string) => (a.toLowerCase() === b.toLowerCase() ? 1 : 0);
    const merged = mergedOutcome(
      { summary: '', axes: ['Housing', 'Care work'], recordings: [], documents: [] },
      [{ text: 'Pay carers fairly' }],
      {
        outcome: { summary: 'What the conference concluded', axes: ['care work', 'Financing'] },
        recommendations: [
          { axis: 1, verb: 'recommends', text: 'pay carers fairly' },
          { axis: 1, verb: 'calls_for', text: 'Count unpaid care in statistics' },
          { axis: 2, verb: 'stresses', text: 'Fund care through general taxes' },
        ],
      },
      same,
    );
    assert.deepEqual(merged.outcome.axes, ['Housing', 'Care work', 'Financing']);
    assert.equal(merged.outcome.summary, 'What the conference concluded', 'an empty summary is filled');
    assert.deepEqual(
      merged.recommendations.map((r) => [r.axis, r.text]),
      [
        [2, 'Count unpaid care in statistics'],
        [3, 'Fund care through general taxes'],
      ],
    );
  });
});
