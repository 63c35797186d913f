import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser, manualClock } from '../../../test/support/accounts.ts';
import {
  actorOf,
  commitmentInput,
  createMemberOrganization,
  createPersonIn,
  declaredDraft,
  firstCycleId,
} from '../../../test/support/commitments.ts';
import { outboxRows } from '../../../test/support/mail.ts';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { isAppError } from '../../platform/errors.ts';
import { readDashboard } from './commitment-dashboard.service.ts';
import { fileReport, openRound, registerCommitmentJobs } from './commitment-reporting.service.ts';
import { stalenessCutoffs, stalenessOf } from './commitment-staleness.ts';
import {
  answerInvitation,
  publishCommitment,
  returnCommitment,
  submitCommitment,
} from './commitment-workflow.service.ts';
import { lightSql, listPublishedCommitments } from './commitments.repository.ts';
import { emptyCommitmentFilter } from './commitments.schemas.ts';
import { createCommitment, readCommitmentPage, updateCommitment } from './commitments.service.ts';

async function refusal(
  promise: Promise<unknown>,
): Promise<{ code: string; fieldErrors: Record<string, string> }> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, fieldErrors: error.fieldErrors };
    throw error;
  }
  assert.fail('expected a refusal');
}

describe('commitments: declare, review, report (service)', () => {
  let t: TTestApp;
  const clock = manualClock(new Date('2025-03-10T09:00:00.000Z'));
  let lead: { id: string; slug: string; name: string };
  let partner: { id: string; slug: string; name: string };
  let stranger: { id: string; slug: string; name: string };

  before(async () => {
    t = await createTestApp({ clock });
    registerCommitmentJobs(t.deps);
    lead = await createMemberOrganization(t.deps, {
      name: 'Red de Cuidados',
      stakeholderType: 'civil_society_network',
    });
    partner = await createMemberOrganization(t.deps, {
      name: 'Municipio Solidario',
      stakeholderType: 'local_government',
    });
    stranger = await createMemberOrganization(t.deps, { name: 'Other Network' });
  });
  after(async () => {
    await t.close();
  });

  it('declares, explains what a SMART commitment lacks, and publishes after review', async () => {
    const {
      person: editor,
      actor,
      draft,
    } = await declaredDraft(t.deps, lead.id, 'editor', {
      overrides: {
        description: 'Too short.',
        deliverables: [{ id: null, title: 'Open centres', measure: '', target: '', dueDate: null }],
      },
    });
    assert.equal(draft.status, 'draft');
    const page = await readCommitmentPage(t.deps, actor, draft.slug);
    assert.deepEqual(
      page.gaps.map((g) => g.key),
      [
        'commitments.missing.description',
        'commitments.missing.measure',
        'commitments.missing.target',
        'commitments.missing.dueDate',
      ],
    );
    const incomplete = await refusal(submitCommitment(t.deps, actor, draft.slug));
    assert.equal(incomplete.fieldErrors._form, 'commitments.errors.incomplete');

    const complete = await updateCommitment(
      t.deps,
      actor,
      draft.slug,
      draft.version,
      commitmentInput(lead.id, { title: draft.title }),
      { locale: 'en' },
    );
    assert.equal((await readCommitmentPage(t.deps, actor, complete.slug)).gaps.length, 0);
    await submitCommitment(t.deps, actor, draft.slug);

    const reviewer = await createUser(t.deps, { roles: ['reviewer'] });
    const reviewerActor = await actorOf(t.deps, reviewer, ['reviewer']);
    const editorCannotPublish = await refusal(publishCommitment(t.deps, actor, draft.slug));
    assert.equal(editorCannotPublish.code, 'forbidden');
    const returned = await returnCommitment(t.deps, reviewerActor, draft.slug, {
      comment: 'Please name the districts.',
    });
    assert.equal(returned.status, 'returned');
    assert.equal(returned.reviewComment, 'Please name the districts.');
    await submitCommitment(t.deps, actor, draft.slug);
    const published = await publishCommitment(t.deps, reviewerActor, draft.slug);
    assert.equal(published.status, 'published');
    assert.ok(published.publishedAt);

    const actions = await t.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', draft.id)
      .orderBy('id')
      .execute();
    // Same clock tick for every step, so compare as a set of entries rather than by order.
    assert.deepEqual(actions.map((a) => a.action).sort(), [
      'commitments.created',
      'commitments.published',
      'commitments.returned',
      'commitments.submitted',
      'commitments.submitted',
      'commitments.updated',
    ]);
    const mails = await outboxRows(t.deps, { to: editor.email });
    assert.equal(mails.length, 2, 'the editor heard of the return and of the publication');
  });

  it('refuses dates outside the cycle or in the wrong order, and amounts the language does not allow', async () => {
    const editor = await createPersonIn(t.deps, lead.id, 'owner', { locale: 'pl' });
    const actor = await actorOf(t.deps, editor);
    const declare = (overrides: Record<string, unknown>, locale = 'en', leadId = lead.id) =>
      createCommitment(t.deps, actor, commitmentInput(leadId, overrides), { locale });
    const outside = await refusal(declare({ startDate: '2020-05-01', endDate: '2027-02-01' }));
    assert.deepEqual(outside.fieldErrors, {
      startDate: 'commitments.errors.outsideCycle',
      endDate: 'commitments.errors.outsideCycle',
    });
    const reversed = await refusal(declare({ startDate: '2025-05-01', endDate: '2024-02-01' }));
    assert.deepEqual(reversed.fieldErrors, { endDate: 'commitments.errors.endBeforeStart' });
    const pointInPolish = await refusal(
      declare({ kind: 'financing', amountText: '350.5', currency: 'PLN' }, 'pl'),
    );
    assert.deepEqual(pointInPolish.fieldErrors, { amount: 'commitments.errors.amountFormat' });
    const noCurrency = await refusal(declare({ amountText: '100' }));
    assert.equal(noCurrency.fieldErrors.currency, 'commitments.errors.currencyRequired');
    const commaInPolish = await declare({ kind: 'financing', amountText: '1 350,5', currency: 'PLN' }, 'pl');
    assert.equal(commaInPolish.amount, 1350.5);
    const arabicDigits = await declare({ kind: 'financing', amountText: '٣٥٠', currency: 'OMR' }, 'ar');
    assert.equal(arabicDigits.amount, 350);
    const otherLead = await refusal(declare({}, 'en', stranger.id));
    assert.deepEqual(otherLead.fieldErrors, { leadOrganizationId: 'commitments.errors.leadOrganization' });
  });

  it('keeps a co-maker pending until it confirms; only makers report, 0–100 %, and the light follows', async () => {
    const partnerEditor = await createPersonIn(t.deps, partner.id, 'editor', { locale: 'es' });
    const strangerEditor = await createPersonIn(t.deps, stranger.id, 'editor');
    const reviewer = await actorOf(t.deps, await createUser(t.deps, { roles: ['admin'] }), ['admin']);
    const { actor, draft: c } = await declaredDraft(t.deps, lead.id, 'editor', {
      overrides: { coMakerIds: [partner.id] },
    });
    const invitation = await outboxRows(t.deps, { to: partnerEditor.email });
    assert.equal(invitation.length, 1, 'the partner was invited by e-mail');
    await submitCommitment(t.deps, actor, c.slug);
    await publishCommitment(t.deps, reviewer, c.slug);

    let page = await readCommitmentPage(t.deps, actor, c.slug);
    assert.deepEqual(
      page.makers.map((m) => [m.name, m.role, m.status]),
      [
        ['Red de Cuidados', 'lead', 'confirmed'],
        ['Municipio Solidario', 'co_maker', 'pending'],
      ],
    );
    assert.equal(page.light, 'new');

    const partnerActor = await actorOf(t.deps, partnerEditor);
    const [first, second] = page.deliverables;
    assert.ok(first && second);
    const report = (percent: string, status = 'delayed') => ({
      narrative: 'Two centres opened late because of the rains.',
      isFinal: false,
      items: [
        {
          deliverableId: first.id,
          status,
          percentText: percent,
          narrative: '',
          evidence: ['https://example.org/report'],
        },
        { deliverableId: second.id, status: 'on_track', percentText: '10', narrative: '', evidence: [] },
      ],
    });
    assert.equal(
      (await refusal(fileReport(t.deps, partnerActor, c.slug, report('40')))).code,
      'forbidden',
      'pending co-maker',
    );
    assert.equal(
      (await refusal(fileReport(t.deps, await actorOf(t.deps, strangerEditor), c.slug, report('40')))).code,
      'forbidden',
      'someone else’s commitment',
    );
    assert.equal(
      (await refusal(fileReport(t.deps, reviewer, c.slug, report('40')))).code,
      'forbidden',
      'the secretariat',
    );
    const tooMuch = await refusal(fileReport(t.deps, actor, c.slug, report('140')));
    assert.deepEqual(tooMuch.fieldErrors, { [`percent_${first.id}`]: 'commitments.errors.percent' });
    const negative = await refusal(fileReport(t.deps, actor, c.slug, report('-5')));
    assert.deepEqual(negative.fieldErrors, { [`percent_${first.id}`]: 'commitments.errors.percent' });

    await answerInvitation(t.deps, partnerActor, c.slug, { organizationId: partner.id, isConfirmed: true });
    const reloaded = await actorOf(t.deps, partnerEditor);
    clock.advanceMinutes(60);
    const after = await fileReport(t.deps, reloaded, c.slug, report('٤٠'));
    assert.equal(after.progressStatus, 'delayed');
    assert.equal(after.progressPercent, 25);
    page = await readCommitmentPage(t.deps, actor, c.slug);
    assert.equal(page.light, 'green');
    assert.equal(page.reports.length, 1);
    assert.equal(page.deliverables[0]?.latestPercent, 40);
    assert.equal(page.deliverables[0]?.latestStatus, 'delayed');

    // The light in SQL says the same as in JavaScript, today and two years on.
    for (const months of [0, 13, 25]) {
      const when = new Date(clock.now().getTime() + months * 31 * 86_400_000);
      const cutoffs = stalenessCutoffs(when, t.deps.config.commitmentStaleness);
      const [row] = await listPublishedCommitments(
        t.deps.db,
        { ...emptyCommitmentFilter, q: c.title },
        cutoffs,
        {
          limit: 5,
          offset: 0,
        },
      );
      assert.ok(row);
      assert.equal(row.light, stalenessOf(row, cutoffs), `after ${months} months`);
      assert.ok(lightSql(cutoffs));
    }
    const dashboard = await readDashboard(t.deps, null);
    assert.ok((dashboard.figures.byProgress.get('delayed') ?? 0) >= 1);
    assert.ok((dashboard.figures.byFiveR.get('five_r:reduce') ?? 0) >= 1);
  });

  it('schedules a round’s reminders as jobs and sends each maker one e-mail per reminder', async () => {
    const org = await createMemberOrganization(t.deps, { name: 'Reminder Org' });
    const {
      person: owner,
      actor,
      draft: one,
    } = await declaredDraft(t.deps, org.id, 'owner', { locale: 'fr' });
    const admin = await actorOf(t.deps, await createUser(t.deps, { roles: ['admin'] }), ['admin']);
    const two = await createCommitment(t.deps, actor, commitmentInput(org.id), { locale: 'en' });
    for (const c of [one, two]) {
      await submitCommitment(t.deps, actor, c.slug);
      await publishCommitment(t.deps, admin, c.slug);
    }
    const today = clock.now().toISOString().slice(0, 10);
    const deadline = new Date(clock.now().getTime() + 10 * 86_400_000).toISOString().slice(0, 10);
    const round = await openRound(t.deps, admin, {
      cycleId: firstCycleId,
      title: 'Annual report 2025',
      opensOn: today,
      deadline,
      remindDaysBefore: 14,
      remindDaysAfter: 7,
    });
    await t.deps.jobs.runDue();
    const reminders = () =>
      outboxRows(t.deps, { to: owner.email, dedupeKey: `commitments:reminder:${round.id}:%` });
    let sent = await reminders();
    assert.equal(sent.length, 1, 'one e-mail for both commitments');
    assert.match(sent[0]?.text_body ?? '', new RegExp(`/fr/commitments/${one.slug}/report`));
    assert.match(sent[0]?.text_body ?? '', new RegExp(`/fr/commitments/${two.slug}/report`));
    await t.deps.jobs.runDue();
    assert.equal((await reminders()).length, 1, 'nothing more until the next reminder is due');

    await fileReport(t.deps, actor, one.slug, {
      narrative: '',
      isFinal: false,
      items: (await readCommitmentPage(t.deps, actor, one.slug)).deliverables.map((d) => ({
        deliverableId: d.id,
        status: 'on_track',
        percentText: '50',
        narrative: '',
        evidence: [],
      })),
    });
    clock.advanceMinutes(18 * 24 * 60);
    await t.deps.jobs.runDue();
    sent = await reminders();
    assert.equal(sent.length, 2, 'a second e-mail after the deadline');
    const last = sent.find((m) => m.dedupe_key?.endsWith(':after:' + owner.id));
    assert.ok(last);
    assert.doesNotMatch(
      last.text_body,
      new RegExp(`/commitments/${one.slug}/report`),
      'the reported one is not listed',
    );
    assert.match(last.text_body, new RegExp(`/commitments/${two.slug}/report`));
  });
});
