import { type Context, Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { redirectWithFlash } from '../../http/flash.ts';
import { firstValue, readForm, type TFormValues } from '../../http/forms.ts';
import { viewContext } from '../../http/view-context.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import type { TFormState } from '../../ui/components/form-field.tsx';
import { renderPage } from '../../ui/render.ts';
import {
  addRecommendation,
  findRecommendations,
  readOutcome,
  removeRecommendation,
  saveOutcome,
} from './event-outcomes.service.ts';
import { can, resourceOf } from './events.policy.ts';
import type { TEvent } from './events.repository.ts';
import { OutcomeFormPage } from './views/outcome-form-page.tsx';
import { OutcomePage } from './views/outcome-page.tsx';
import { RecommendationsPage } from './views/recommendations-page.tsx';

/** Outcome pages: reading an outcome, organisers writing it, and searching every recommendation. */
function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** "Title | https://…" per line. */
function links(text: string): { title: string; url: string }[] {
  return lines(text).map((line) => {
    const at = line.lastIndexOf('|');
    return at < 0
      ? { title: line, url: line }
      : { title: line.slice(0, at).trim(), url: line.slice(at + 1).trim() };
  });
}

function outcomeValues(event: TEvent): TFormValues {
  const o = event.outcome;
  return {
    summary: o?.summary ?? '',
    axes: (o?.axes ?? []).join('\n'),
    recordings: (o?.recordings ?? []).map((r) => `${r.title} | ${r.url}`).join('\n'),
    documents: (o?.documents ?? []).map((d) => `${d.title} | ${d.url}`).join('\n'),
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
    try {
      await saveOutcome(
        deps,
        actor,
        slug,
        {
          summary: firstValue(values, 'summary'),
          axes: lines(firstValue(values, 'axes')),
          recordings: links(firstValue(values, 'recordings')),
          documents: links(firstValue(values, 'documents')),
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
          addressees: firstValue(values, 'addressees')
            .split(/[;,،]/)
            .map((a) => a.trim())
            .filter(Boolean),
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
