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
import type { TListingKind } from './connections.schemas.ts';
import { publishableOrganizations, readListing } from './connections.service.ts';
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

const kindOfSegment = (segment: string): TListingKind | null =>
  segment === 'offers' ? 'offer' : segment === 'needs' ? 'need' : null;

/** Introductions: asking, answering, the private conversation, outcomes, and the public figures. */
export function introductionsWeb(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });

  /** An offer, a need, or a practice ("learn from this practice", reached by its slug). */
  async function listingOf(c: Context<TAppEnv>): Promise<TIntroductionSubject> {
    const segment = c.req.param('segment') ?? '';
    if (segment === 'practices') return subjectOfPractice(deps, c.req.param('id') ?? '');
    if (segment === 'commitments') return subjectOfCommitment(deps, c.req.param('id') ?? '');
    const kind = kindOfSegment(segment);
    if (!kind) throw new AppError('not_found');
    return subjectOfListing(deps, await readListing(deps, c.var.actor, kind, c.req.param('id') ?? ''));
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
    const ctx = viewContext(c);
    if (!c.var.actor.userId)
      return c.redirect(`/${ctx.locale}/sign-in?next=${encodeURIComponent(ctx.href(ctx.localPath))}`, 302);
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
      return redirectWithFlash(
        c,
        viewContext(c).href(`/workspace/connections/introductions/${id}`),
        'connections.flash.requested',
      );
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
    const ctx = viewContext(c);
    if (!c.var.actor.userId)
      return c.redirect(`/${ctx.locale}/sign-in?next=${encodeURIComponent(ctx.href(ctx.localPath))}`, 302);
    return renderThread(c, c.req.param('id'), { values: {}, errors: {} });
  });

  web.post('/workspace/connections/introductions/:id/answer', async (c) => {
    const intro = await readIntroduction(deps, c.var.actor, c.req.param('id'));
    const { values } = await readForm(c);
    const path = viewContext(c).href(`/workspace/connections/introductions/${intro.id}`);
    try {
      await answerIntroduction(
        deps,
        c.var.actor,
        intro,
        { decision: firstValue(values, 'decision'), version: firstValue(values, 'version') },
        { requestId: c.get('requestId') },
      );
    } catch (error) {
      if (!isAppError(error) || (error.code !== 'conflict' && error.code !== 'validation_failed'))
        throw error;
      return redirectWithFlash(c, path, 'connections.flash.notAnswered');
    }
    return redirectWithFlash(
      c,
      path,
      firstValue(values, 'decision') === 'accepted'
        ? 'connections.flash.accepted'
        : 'connections.flash.declined',
    );
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
    return redirectWithFlash(
      c,
      viewContext(c).href(`/workspace/connections/introductions/${intro.id}#conversation-title`),
      'connections.flash.sent',
    );
  });

  web.post('/workspace/connections/introductions/:id/outcomes', async (c) => {
    const intro = await readIntroduction(deps, c.var.actor, c.req.param('id'));
    const { values } = await readForm(c);
    const path = viewContext(c).href(`/workspace/connections/introductions/${intro.id}`);
    let isNew: boolean;
    try {
      isNew = await recordOutcome(
        deps,
        c.var.actor,
        intro,
        { kind: firstValue(values, 'kind'), commitmentId: firstValue(values, 'commitmentId') },
        { requestId: c.get('requestId') },
      );
    } catch (error) {
      if (!isAppError(error) || error.code !== 'validation_failed') throw error;
      return redirectWithFlash(c, path, 'connections.flash.outcomeNotRecorded');
    }
    return redirectWithFlash(c, path, isNew ? 'connections.flash.outcome' : 'connections.flash.outcomeKnown');
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
