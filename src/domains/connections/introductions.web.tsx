import { type Context, Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { redirectWithFlash } from '../../http/flash.ts';
import { firstValue, readForm } from '../../http/forms.ts';
import { viewContext } from '../../http/view-context.ts';
import { toCsvText } from '../../platform/csv.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import { attachmentHeader } from '../../platform/storage.ts';
import { conceptLabel } from '../../taxonomy/taxonomy.ts';
import type { TFormState } from '../../ui/components/form-field.tsx';
import { renderPage } from '../../ui/render.ts';
import { publishableOrganizations, readListing } from './connections.service.ts';
import { changeWithFlash, listingKindOf, signInFirst } from './connections-web-steps.ts';
import {
  subjectOfCommitment,
  subjectOfListing,
  subjectOfPractice,
  type TIntroductionSubject,
} from './introduction-subjects.ts';
import { canIntroduction } from './introductions.policy.ts';
import {
  answerIntroduction,
  introductionResourceOf,
  introductionState,
  introductionsForSecretariat,
  outcomeCommitmentChoices,
  outcomeFigures,
  postMessage,
  readConversation,
  readIntroduction,
  recordOutcome,
  requestIntroduction,
} from './introductions.service.ts';
import { IntroductionFormPage } from './views/introduction-form-page.tsx';
import { IntroductionPage } from './views/introduction-page.tsx';
import { OutcomesPage } from './views/outcomes-page.tsx';

/** The page of one introduction's conversation, in the page's language. */
const threadPath = (c: Context<TAppEnv>, id: string) =>
  viewContext(c).href(`/workspace/connections/introductions/${id}`);

/** Introductions: asking, answering, the private conversation, outcomes, and the public figures. */
export function introductionsWeb(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });

  /** An offer, a need, or a practice ("learn from this practice", reached by its slug). */
  async function listingOf(c: Context<TAppEnv>): Promise<TIntroductionSubject> {
    const segment = c.req.param('segment') ?? '';
    if (segment === 'practices') return subjectOfPractice(deps, c.req.param('id') ?? '');
    if (segment === 'commitments') return subjectOfCommitment(deps, c.req.param('id') ?? '');
    const listing = await readListing(deps, c.var.actor, listingKindOf(c), c.req.param('id') ?? '');
    return subjectOfListing(deps, listing);
  }

  async function renderRequestForm(
    c: Context<TAppEnv>,
    listing: TIntroductionSubject,
    state: TFormState,
    status: 200 | 422 = 200,
  ) {
    const organizations = (await publishableOrganizations(deps, c.var.actor)).filter(
      (o) => o.id !== listing.organization.id,
    );
    return renderPage(
      c,
      <IntroductionFormPage
        ctx={viewContext(c)}
        listing={listing}
        state={state}
        organizations={organizations}
      />,
      status,
    );
  }

  web.get('/connections/:segment/:id/introduction', async (c) => {
    if (!c.var.actor.userId) return signInFirst(c);
    const listing = await listingOf(c);
    const organizations = await publishableOrganizations(deps, c.var.actor);
    const first = organizations.find((o) => o.id !== listing.organization.id);
    return renderRequestForm(c, listing, { values: { organizationId: first?.id ?? '' }, errors: {} });
  });

  web.post('/connections/:segment/:id/introduction', async (c) => {
    if (!c.var.actor.userId) throw new AppError('unauthenticated');
    const listing = await listingOf(c);
    const { values } = await readForm(c);
    try {
      const id = await requestIntroduction(
        deps,
        c.var.actor,
        listing,
        { organizationId: firstValue(values, 'organizationId'), message: firstValue(values, 'message') },
        { requestId: c.get('requestId') },
      );
      return redirectWithFlash(c, threadPath(c, id), 'connections.flash.requested');
    } catch (error) {
      if (!isAppError(error) || error.code !== 'validation_failed') throw error;
      return renderRequestForm(c, listing, { values, errors: error.fieldErrors }, 422);
    }
  });

  async function renderThread(
    c: Context<TAppEnv>,
    id: string,
    replyState: TFormState,
    status: 200 | 422 = 200,
  ) {
    const actor = c.var.actor;
    const intro = await readIntroduction(deps, actor, id);
    const [conversation, commitmentChoices] = await Promise.all([
      readConversation(deps, actor, intro),
      outcomeCommitmentChoices(deps, actor, intro),
    ]);
    const resource = introductionResourceOf(intro);
    return renderPage(
      c,
      <IntroductionPage
        ctx={viewContext(c)}
        intro={intro}
        state={introductionState(intro)}
        messages={conversation.messages}
        contacts={conversation.contacts}
        outcomes={conversation.outcomes}
        commitmentChoices={commitmentChoices}
        canAnswer={canIntroduction(actor, 'answer', resource)}
        canMessage={canIntroduction(actor, 'message', resource)}
        canRecord={canIntroduction(actor, 'record', resource)}
        replyState={replyState}
      />,
      status,
    );
  }

  web.get('/workspace/connections/introductions/:id', async (c) => {
    if (!c.var.actor.userId) return signInFirst(c);
    return renderThread(c, c.req.param('id'), { values: {}, errors: {} });
  });

  web.post('/workspace/connections/introductions/:id/answer', async (c) => {
    const intro = await readIntroduction(deps, c.var.actor, c.req.param('id'));
    const { values } = await readForm(c);
    const answer = async () => {
      const decision = firstValue(values, 'decision');
      const answering = { decision, version: firstValue(values, 'version') };
      await answerIntroduction(deps, c.var.actor, intro, answering, { requestId: c.get('requestId') });
      return decision === 'accepted' ? 'connections.flash.accepted' : 'connections.flash.declined';
    };
    return changeWithFlash(c, threadPath(c, intro.id), answer, 'connections.flash.notAnswered');
  });

  web.post('/workspace/connections/introductions/:id/messages', async (c) => {
    const intro = await readIntroduction(deps, c.var.actor, c.req.param('id'));
    const { values } = await readForm(c);
    try {
      await postMessage(
        deps,
        c.var.actor,
        intro,
        { body: firstValue(values, 'body') },
        { requestId: c.get('requestId') },
      );
    } catch (error) {
      if (!isAppError(error) || error.code !== 'validation_failed') throw error;
      return renderThread(c, intro.id, { values, errors: error.fieldErrors }, 422);
    }
    return redirectWithFlash(c, `${threadPath(c, intro.id)}#conversation-title`, 'connections.flash.sent');
  });

  web.post('/workspace/connections/introductions/:id/outcomes', async (c) => {
    const intro = await readIntroduction(deps, c.var.actor, c.req.param('id'));
    const { values } = await readForm(c);
    const record = async () => {
      const outcome = { kind: firstValue(values, 'kind'), commitmentId: firstValue(values, 'commitmentId') };
      const isNew = await recordOutcome(deps, c.var.actor, intro, outcome, { requestId: c.get('requestId') });
      return isNew ? 'connections.flash.outcome' : 'connections.flash.outcomeKnown';
    };
    return changeWithFlash(c, threadPath(c, intro.id), record, 'connections.flash.outcomeNotRecorded', [
      'validation_failed',
    ]);
  });

  web.get('/connections/outcomes', async (c) => {
    const [counts, introductions] = await Promise.all([
      outcomeFigures(deps),
      introductionsForSecretariat(deps, c.var.actor),
    ]);
    return renderPage(c, <OutcomesPage ctx={viewContext(c)} counts={counts} introductions={introductions} />);
  });

  web.get('/connections/outcomes.csv', async (c) => {
    const counts = await outcomeFigures(deps);
    const csv = toCsvText(
      ['year', 'sector_pair', 'region', 'region_label', 'kind', 'count', 'with_commitment'],
      counts.map((row) => ({
        year: row.year,
        sector_pair: row.sectorPair,
        region: row.region,
        region_label: row.region === 'region:world' ? '' : conceptLabel(row.region, 'en'),
        kind: row.kind,
        count: row.count,
        with_commitment: row.withCommitment,
      })),
    );
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': attachmentHeader('connections-outcomes.csv'),
    });
  });

  return web;
}
