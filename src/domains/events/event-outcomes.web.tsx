import { type Context, Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { redirectWithFlash } from '../../http/flash.ts';
import { firstValue, readForm, type TFormValues } from '../../http/forms.ts';
import { viewContext } from '../../http/view-context.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import type { TFormState } from '../../ui/components/form-field.tsx';
import { filledRows, withRowAddedTo } from '../../ui/components/repeatable-rows.tsx';
import { renderPage } from '../../ui/render.ts';
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
    status: 200 | 422 = 200,
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

  web.post('/events/:slug/outcome/edit', async (c) => {
    const actor = c.var.actor;
    const slug = c.req.param('slug');
    const { values } = await readForm(c);
    const withRow = withRowAddedTo(values, outcomeRowLists);
    if (withRow) return renderEditor(c, { outcome: { values: withRow, errors: {} } });
    try {
      await saveOutcome(
        deps,
        actor,
        slug,
        {
          summary: firstValue(values, 'summary'),
          axes: filledRows(values, outcomeRowLists.axes).map((row) => row.axis),
          recordings: linksOf(values, 'recording'),
          documents: linksOf(values, 'document'),
        },
        { requestId: c.get('requestId') },
      );
      return redirectWithFlash(
        c,
        viewContext(c).href(`/events/${encodeURIComponent(slug)}/outcome/edit`),
        'events.flash.outcomeSaved',
      );
    } catch (error) {
      if (isAppError(error) && error.code === 'validation_failed') {
        return renderEditor(c, { outcome: { values, errors: error.fieldErrors } }, 422);
      }
      throw error;
    }
  });

  web.post('/events/:slug/outcome/recommendations', async (c) => {
    const actor = c.var.actor;
    const slug = c.req.param('slug');
    const { values } = await readForm(c);
    const themes = values.themes;
    const withRow = withRowAddedTo(values, recommendationRowLists);
    if (withRow) return renderEditor(c, { recommendation: { values: withRow, errors: {} } });
    try {
      await addRecommendation(
        deps,
        actor,
        slug,
        {
          axis: Number(firstValue(values, 'axis')),
          verb: firstValue(values, 'verb'),
          text: firstValue(values, 'text'),
          language: firstValue(values, 'language'),
          themes: Array.isArray(themes) ? themes : themes ? [themes] : [],
          addressees: addresseesOf(values),
        },
        { requestId: c.get('requestId') },
      );
      return redirectWithFlash(
        c,
        viewContext(c).href(`/events/${encodeURIComponent(slug)}/outcome/edit`),
        'events.flash.recommendationAdded',
      );
    } catch (error) {
      if (isAppError(error) && error.code === 'validation_failed') {
        return renderEditor(c, { recommendation: { values, errors: error.fieldErrors } }, 422);
      }
      throw error;
    }
  });

  web.post('/events/:slug/outcome/recommendations/:id/delete', async (c) => {
    const actor = c.var.actor;
    const { slug, id } = c.req.param();
    await removeRecommendation(deps, actor, slug, id, { requestId: c.get('requestId') });
    return redirectWithFlash(
      c,
      viewContext(c).href(`/events/${encodeURIComponent(slug)}/outcome/edit`),
      'events.flash.recommendationRemoved',
    );
  });

  return web;
}
