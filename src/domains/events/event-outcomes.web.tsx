import { type Context, Hono } from 'hono';
import { postPageForms } from '../../core/page-form-posts.ts';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { firstValue, type TFormValues } from '../../http/forms.ts';
import { viewContext } from '../../http/view-context.ts';
import { AppError } from '../../platform/errors.ts';
import type { TFormState } from '../../ui/components/form-field.tsx';
import { filledRows } from '../../ui/components/repeatable-rows.tsx';
import { renderPage } from '../../ui/render.ts';
import { redirectToEvent } from './event-flash.ts';
import {
  addRecommendation,
  findRecommendations,
  readOutcome,
  removeRecommendation,
  saveOutcome,
} from './event-outcomes.service.ts';
import { addresseeKinds, isOneOf } from './event-vocabulary.ts';
import { can, resourceOf } from './events.policy.ts';
import type { TEvent } from './events-read.service.ts';
import { OutcomeFormPage } from './views/outcome-form-page.tsx';
import { OutcomePage } from './views/outcome-page.tsx';
import { RecommendationsPage } from './views/recommendations-page.tsx';

/**
 * Outcome pages: reading an outcome, organisers writing it, and searching every recommendation.
 * Axes, recordings and documents are rows (`axis`; `recordingTitle`/`recordingUrl`; `documentTitle`/
 * `documentUrl`); a recommendation's addressees are ticked kinds plus "other" rows (`addresseeOther`).
 */
export const outcomeRowLists = {
  axes: ['axis'],
  recordings: ['recordingTitle', 'recordingUrl'],
  documents: ['documentTitle', 'documentUrl'],
} as const;
export const recommendationRowLists = { addresseeOthers: ['addresseeOther'] } as const;

const linksOf = (values: TFormValues, kind: 'recording' | 'document') =>
  filledRows(values, [`${kind}Title`, `${kind}Url`] as const).map((row) => ({
    title: row[`${kind}Title`],
    url: row[`${kind}Url`],
  }));

function outcomeValues(event: TEvent): TFormValues {
  const o = event.outcome;
  return {
    summary: o?.summary ?? '',
    axis: o?.axes ?? [],
    recordingTitle: (o?.recordings ?? []).map((r) => r.title),
    recordingUrl: (o?.recordings ?? []).map((r) => r.url),
    documentTitle: (o?.documents ?? []).map((d) => d.title),
    documentUrl: (o?.documents ?? []).map((d) => d.url),
  };
}

/** The ticked addressee kinds, then the others as typed. */
function addresseesOf(values: TFormValues): string[] {
  const ticked = values.addressees;
  const kinds = (Array.isArray(ticked) ? ticked : ticked ? [ticked] : []).filter((k) =>
    isOneOf(addresseeKinds, k),
  );
  return [
    ...kinds,
    ...filledRows(values, recommendationRowLists.addresseeOthers).map((r) => r.addresseeOther),
  ];
}

/** The outcome as its editor sent it. */
function outcomeInputOf(values: TFormValues) {
  return {
    summary: firstValue(values, 'summary'),
    axes: filledRows(values, outcomeRowLists.axes).map((row) => row.axis),
    recordings: linksOf(values, 'recording'),
    documents: linksOf(values, 'document'),
  };
}

/** A recommendation as its form sent it. */
function recommendationInputOf(values: TFormValues) {
  const themes = values.themes;
  return {
    axis: Number(firstValue(values, 'axis')),
    verb: firstValue(values, 'verb'),
    text: firstValue(values, 'text'),
    language: firstValue(values, 'language'),
    themes: Array.isArray(themes) ? themes : themes ? [themes] : [],
    addressees: addresseesOf(values),
  };
}

export function eventOutcomesWeb(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });

  web.get('/events/recommendations', async (c) => {
    const query = {
      text: c.req.query('q') ?? '',
      theme: c.req.query('theme') ?? '',
      verb: c.req.query('verb') ?? '',
    };
    const hits = await findRecommendations(deps, query);
    return renderPage(c, <RecommendationsPage ctx={viewContext(c)} query={query} hits={hits} />);
  });

  web.get('/events/:slug/outcome', async (c) => {
    const actor = c.var.actor;
    const { event, groups, responding } = await readOutcome(deps, actor, c.req.param('slug'));
    return renderPage(
      c,
      <OutcomePage
        ctx={viewContext(c)}
        event={event}
        groups={groups}
        responding={responding}
        canEdit={can(actor, 'editOutcome', resourceOf(event))}
      />,
    );
  });

  async function renderEditor(
    c: Context<TAppEnv>,
    states: { outcome?: TFormState; recommendation?: TFormState },
    status: 200 | 409 | 422 = 200,
  ) {
    const actor = c.var.actor;
    const { event, groups } = await readOutcome(deps, actor, c.req.param('slug') ?? '');
    if (!can(actor, 'editOutcome', resourceOf(event)))
      throw new AppError(actor.userId ? 'forbidden' : 'unauthenticated');
    return renderPage(
      c,
      <OutcomeFormPage
        ctx={viewContext(c)}
        event={event}
        groups={groups}
        outcomeState={states.outcome ?? { values: outcomeValues(event), errors: {} }}
        recommendationState={states.recommendation ?? { values: { language: event.language }, errors: {} }}
      />,
      status,
    );
  }

  web.get('/events/:slug/outcome/edit', (c) => renderEditor(c, {}));

  postPageForms(
    web,
    {
      outcome: {
        path: '/events/:slug/outcome/edit',
        rowLists: outcomeRowLists,
        flash: 'events.flash.outcomeSaved',
        save: (actor, slug, { values }, meta) => saveOutcome(deps, actor, slug, outcomeInputOf(values), meta),
      },
      recommendation: {
        path: '/events/:slug/outcome/recommendations',
        rowLists: recommendationRowLists,
        flash: 'events.flash.recommendationAdded',
        save: (actor, slug, { values }, meta) =>
          addRecommendation(deps, actor, slug, recommendationInputOf(values), meta),
      },
    },
    { showAgain: renderEditor, done: (c, slug, flash) => redirectToEvent(c, slug, flash, '/outcome/edit') },
  );

  web.post('/events/:slug/outcome/recommendations/:id/delete', async (c) => {
    const actor = c.var.actor;
    const { slug, id } = c.req.param();
    await removeRecommendation(deps, actor, slug, id, { requestId: c.get('requestId') });
    return redirectToEvent(c, slug, 'events.flash.recommendationRemoved', '/outcome/edit');
  });

  return web;
}
