import { type Context, Hono } from 'hono';
import { filtersFrom } from '../../core/listing.ts';
import { renderRecordSections } from '../../core/record-sections.ts';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { redirectWithFlash } from '../../http/flash.ts';
import { firstValue, readForm } from '../../http/forms.ts';
import { viewContext } from '../../http/view-context.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import { attachmentHeader } from '../../platform/storage.ts';
import type { TFormState } from '../../ui/components/form-field.tsx';
import { mapClickIn, withMapResult } from '../../ui/components/place-picker.tsx';
import { withRowAddedTo } from '../../ui/components/repeatable-rows.tsx';
import { renderPage } from '../../ui/render.ts';
import { KeyFigurePanel, readKeyFigure } from '../observatory/index.ts';
import { findPlaces, placeFromMapClick, type TPlaceChoice } from '../search/index.ts';
import { queueSortFrom } from './practice-completeness.ts';
import {
  addPracticeFile,
  readPracticeFile,
  readPracticeFilesForEditing,
  removePracticeFile,
} from './practice-files.service.ts';
import {
  formFieldOf,
  formValuesOfPractice,
  practiceInputFromForm,
  practiceRowLists,
} from './practice-form.ts';
import {
  browseFacets,
  browsePractices,
  countPracticesByCountry,
  listFeaturedPractices,
  listImplementerChoices,
  listOwnPractices,
  listReviewQueue,
  readPractice,
  readPracticePage,
} from './practice-read.service.ts';
import { readRecommendationLinks, setRecommendationLink } from './practice-recommendations.service.ts';
import { compareRevisions } from './practice-revisions.service.ts';
import { workflowRoutes } from './practice-workflow.web.ts';
import { can, canLearnFrom, practiceActions } from './practices.policy.ts';
import { createPractice, savePracticeTranslation, updatePracticeContent } from './practices.service.ts';
import { PracticeFilesPage, RemoveFilePage } from './views/practice-files-page.tsx';
import { PracticeFormPage } from './views/practice-form-page.tsx';
import { PracticePage } from './views/practice-page.tsx';
import { PracticePrintPage } from './views/practice-print-page.tsx';
import { PracticeRecommendationsPage } from './views/practice-recommendations-page.tsx';
import { PracticesIndexPage } from './views/practices-index-page.tsx';
import { PracticesMapPage } from './views/practices-map-page.tsx';
import { RevisionsPage } from './views/revisions-page.tsx';
import { TranslationFormPage } from './views/translation-form-page.tsx';
import { WorkspacePage } from './views/workspace-page.tsx';

/** The repository's pages: browse, read, write, translate, compare versions, review. */
export function practicesWeb(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });
  const local = (c: Context<TAppEnv>, path: string) => `/${c.get('i18n').locale}${path}`;
  const practicePath = (slug: string) => `/practices/${encodeURIComponent(slug)}`;
  const requestId = (c: Context<TAppEnv>) => c.get('requestId') ?? null;
  const fieldErrorsOf = (error: unknown) => {
    if (!isAppError(error) || error.code !== 'validation_failed') return null;
    return Object.fromEntries(Object.entries(error.fieldErrors).map(([k, v]) => [formFieldOf(k), v]));
  };

  web.get('/practices', async (c) => {
    const params = new URL(c.req.url).searchParams;
    const selected = filtersFrom(params, browseFacets);
    const page = Math.min(Math.max(Number.parseInt(params.get('page') ?? '1', 10) || 1, 1), 1000);
    const actor = c.var.actor;
    const [result, featured] = await Promise.all([
      browsePractices(deps, {
        filters: Object.entries(selected).map(([facet, values]) => ({ facet, values })),
        isFeaturedOnly: params.get('featured') === '1',
        sort: params.get('sort') === 'title' ? 'title' : 'newest',
        page,
        pageSize: 20,
      }),
      listFeaturedPractices(deps, 3),
    ]);
    return renderPage(
      c,
      <PracticesIndexPage
        ctx={viewContext(c)}
        params={params}
        {...result}
        page={page}
        pageSize={20}
        selected={selected}
        featured={featured}
        canCreate={can(actor, 'create')}
        canReview={can(actor, 'listForReview')}
      />,
    );
  });

  const renderForm = async (
    c: Context<TAppEnv>,
    state: TFormState,
    slug?: string,
    status: 200 | 422 = 200,
    places: TPlaceChoice[] | null = null,
  ) => {
    const ctx = viewContext(c);
    const title = slug ? ctx.t('practices.form.editTitle') : ctx.t('practices.form.newTitle');
    const members = await listImplementerChoices(deps);
    return renderPage(
      c,
      <PracticeFormPage
        ctx={ctx}
        state={state}
        slug={slug}
        title={title}
        members={members}
        placeCandidates={places}
      />,
      status,
    );
  };

  /**
   * The form's own buttons without a script ("Add another implementer", "Find the place"), and a save
   * with a place still typed in the search box: the form again, everything kept, nothing saved.
   */
  const formStep = async (
    c: Context<TAppEnv>,
    values: TFormState['values'],
  ): Promise<{ state: TFormState; places: TPlaceChoice[] | null } | null> => {
    const withRow = withRowAddedTo(values, practiceRowLists);
    if (withRow) return { state: { values: withRow, errors: {} }, places: null };
    // A click on the cities' map (ADR 0097): the country's map, or the nearest city ticked.
    const click = mapClickIn(values, 'cities');
    if (click) {
      const result = click === 'world' ? click : await placeFromMapClick(deps, click, c.get('i18n').locale);
      return { state: { values: withMapResult(values, 'cities', false, result), errors: {} }, places: null };
    }
    const query = firstValue(values, 'citiesQuery').trim();
    if (firstValue(values, '_find') === 'cities' || query !== '') {
      const places = await findPlaces(deps, query, c.get('i18n').locale);
      return { state: { values, errors: {} }, places };
    }
    return null;
  };

  web.get('/practices/new', async (c) => {
    const actor = c.var.actor;
    if (!actor.userId)
      return c.redirect(local(c, `/sign-in?next=${encodeURIComponent(local(c, '/practices/new'))}`), 302);
    if (!can(actor, 'create')) throw new AppError('forbidden');
    return renderForm(c, { values: { language: c.get('i18n').locale }, errors: {} });
  });

  web.post('/practices', async (c) => {
    const actor = c.var.actor;
    const { values } = await readForm(c);
    const step = await formStep(c, values);
    if (step) {
      if (!can(actor, 'create')) throw new AppError(actor.userId ? 'forbidden' : 'unauthenticated');
      return renderForm(c, step.state, undefined, 200, step.places);
    }
    try {
      const members = await listImplementerChoices(deps);
      const practice = await createPractice(deps, actor, practiceInputFromForm(values, members), {
        requestId: requestId(c),
        note: firstValue(values, 'note').trim() || null,
      });
      return redirectWithFlash(c, local(c, practicePath(practice.slug)), 'practices.flash.created');
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (errors) return renderForm(c, { values, errors }, undefined, 422);
      throw error;
    }
  });

  web.get('/practices/mine', async (c) => {
    const actor = c.var.actor;
    if (!actor.userId)
      return c.redirect(local(c, `/sign-in?next=${encodeURIComponent(local(c, '/practices/mine'))}`), 302);
    const practices = await listOwnPractices(deps, actor);
    return renderPage(c, <WorkspacePage ctx={viewContext(c)} kind="mine" practices={practices} />);
  });

  web.get('/practices/map', async (c) => {
    const counts = await countPracticesByCountry(deps);
    return renderPage(c, <PracticesMapPage ctx={viewContext(c)} counts={counts} />);
  });

  web.get('/practices/review', async (c) => {
    const below = Number.parseInt(c.req.query('below') ?? '', 10);
    const query = {
      sort: queueSortFrom(c.req.query('sort')),
      below: below > 0 && below <= 100 ? below : 101,
    };
    const practices = await listReviewQueue(deps, c.var.actor, query);
    return renderPage(
      c,
      <WorkspacePage ctx={viewContext(c)} kind="review" practices={practices} query={query} />,
    );
  });

  web.get('/practices/:slug', async (c) => {
    const actor = c.var.actor;
    const data = await readPracticePage(deps, actor, c.req.param('slug'));
    const allowed = new Set(
      practiceActions.filter(
        (a) =>
          a !== 'view' &&
          a !== 'create' &&
          a !== 'listForReview' &&
          a !== 'import' &&
          can(actor, a, data.practice),
      ),
    );
    const url = `${deps.config.publicUrl}${local(c, practicePath(data.practice.slug))}`;
    const keyFigure = await readKeyFigure(deps, data.practice.countries);
    const sections = await renderRecordSections(deps, viewContext(c), actor, {
      type: 'practice',
      slug: data.practice.slug,
      organizationIds: data.practice.organizationId ? [data.practice.organizationId] : [],
    });
    return renderPage(
      c,
      <PracticePage
        ctx={viewContext(c)}
        data={data}
        url={url}
        isOriginalWanted={c.req.query('original') === '1'}
        allowed={allowed}
        now={deps.clock.now()}
        aside={
          <>
            {sections}
            <KeyFigurePanel ctx={viewContext(c)} keyFigure={keyFigure} />
          </>
        }
        canLearnFrom={canLearnFrom(actor, data.practice)}
      />,
    );
  });

  web.get('/practices/:slug/print', async (c) => {
    const data = await readPracticePage(deps, c.var.actor, c.req.param('slug'));
    const url = `${deps.config.publicUrl}${local(c, practicePath(data.practice.slug))}`;
    return renderPage(c, <PracticePrintPage ctx={viewContext(c)} data={data} url={url} />);
  });

  web.get('/practices/:slug/edit', async (c) => {
    const actor = c.var.actor;
    const practice = await readPractice(deps, actor, c.req.param('slug'));
    if (!can(actor, 'edit', practice)) throw new AppError(actor.userId ? 'forbidden' : 'unauthenticated');
    const members = await listImplementerChoices(deps);
    return renderForm(c, { values: formValuesOfPractice(practice, members), errors: {} }, practice.slug);
  });

  web.post('/practices/:slug', async (c) => {
    const slug = c.req.param('slug');
    const { values } = await readForm(c);
    const expected = Number.parseInt(firstValue(values, 'version'), 10);
    const step = await formStep(c, values);
    if (step) {
      const actor = c.var.actor;
      const practice = await readPractice(deps, actor, slug);
      if (!can(actor, 'edit', practice)) throw new AppError(actor.userId ? 'forbidden' : 'unauthenticated');
      return renderForm(c, step.state, slug, 200, step.places);
    }
    try {
      const members = await listImplementerChoices(deps);
      const practice = await updatePracticeContent(
        deps,
        c.var.actor,
        slug,
        practiceInputFromForm(values, members),
        {
          requestId: requestId(c),
          note: firstValue(values, 'note').trim() || null,
          expectedVersion: Number.isFinite(expected) ? expected : undefined,
        },
      );
      return redirectWithFlash(c, local(c, practicePath(practice.slug)), 'practices.flash.saved');
    } catch (error) {
      if (isAppError(error) && error.code === 'conflict') {
        return renderForm(c, { values, errors: { _form: 'practices.errors.conflict' } }, slug, 422);
      }
      const errors = fieldErrorsOf(error);
      if (errors) return renderForm(c, { values, errors }, slug, 422);
      throw error;
    }
  });

  const renderTranslation = async (
    c: Context<TAppEnv>,
    language: string,
    state?: TFormState,
    status: 200 | 422 = 200,
  ) => {
    const actor = c.var.actor;
    const practice = await readPractice(deps, actor, c.req.param('slug') ?? '');
    if (!can(actor, 'translate', practice))
      throw new AppError(actor.userId ? 'forbidden' : 'unauthenticated');
    const existing = practice.translations[language];
    const shown = state ?? { values: { ...(existing ?? {}) }, errors: {} };
    return renderPage(
      c,
      <TranslationFormPage ctx={viewContext(c)} practice={practice} language={language} state={shown} />,
      status,
    );
  };

  web.get('/practices/:slug/translations', async (c) => {
    const wanted = (c.req.query('lang') ?? '').toLowerCase();
    const locale = c.get('i18n').locale;
    const language = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(wanted) ? wanted : locale;
    return renderTranslation(c, language);
  });

  web.post('/practices/:slug/translations/:lang', async (c) => {
    const slug = c.req.param('slug');
    const language = c.req.param('lang').toLowerCase();
    const { values } = await readForm(c);
    const fields = Object.fromEntries(
      ['title', 'summary', 'body', 'beneficiaries'].map((f) => [f, firstValue(values, f)]),
    );
    try {
      await savePracticeTranslation(deps, c.var.actor, slug, language, fields, {
        requestId: requestId(c),
      });
      return redirectWithFlash(c, local(c, practicePath(slug)), 'practices.flash.translated');
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (errors) return renderTranslation(c, language, { values, errors }, 422);
      throw error;
    }
  });

  web.get('/practices/:slug/revisions', async (c) => {
    const number = (name: string) => {
      const n = Number.parseInt(c.req.query(name) ?? '', 10);
      return Number.isInteger(n) && n > 0 && n <= 1_000_000 ? n : undefined;
    };
    const view = await compareRevisions(deps, c.var.actor, c.req.param('slug'), {
      from: number('from'),
      to: number('to'),
    });
    return renderPage(c, <RevisionsPage ctx={viewContext(c)} view={view} />);
  });

  const renderFiles = async (c: Context<TAppEnv>, state: TFormState, status: 200 | 422 = 200) => {
    const { practice, files } = await readPracticeFilesForEditing(
      deps,
      c.var.actor,
      c.req.param('slug') ?? '',
    );
    return renderPage(
      c,
      <PracticeFilesPage ctx={viewContext(c)} practice={practice} files={files} state={state} />,
      status,
    );
  };

  web.get('/practices/:slug/files', (c) => renderFiles(c, { values: {}, errors: {} }));

  web.post('/practices/:slug/files', async (c) => {
    const slug = c.req.param('slug');
    const { values, files } = await readForm(c);
    const file = files.file?.[0];
    const kept = { title: firstValue(values, 'title') };
    if (!file || file.size === 0) {
      return renderFiles(c, { values: kept, errors: { file: 'practices.errors.fileMissing' } }, 422);
    }
    try {
      await addPracticeFile(
        deps,
        c.var.actor,
        slug,
        { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
        kept.title,
        { requestId: requestId(c) },
      );
      return redirectWithFlash(c, local(c, `${practicePath(slug)}/files`), 'practices.flash.fileAdded');
    } catch (error) {
      if (isAppError(error) && error.code === 'validation_failed') {
        return renderFiles(c, { values: kept, errors: error.fieldErrors }, 422);
      }
      throw error;
    }
  });

  web.get('/practices/:slug/files/:uploadId/remove', async (c) => {
    const { practice, files } = await readPracticeFilesForEditing(deps, c.var.actor, c.req.param('slug'));
    const file = files.find((f) => f.uploadId === c.req.param('uploadId'));
    if (!file) throw new AppError('not_found');
    return renderPage(c, <RemoveFilePage ctx={viewContext(c)} practice={practice} file={file} />);
  });

  web.post('/practices/:slug/files/:uploadId/remove', async (c) => {
    const slug = c.req.param('slug');
    await removePracticeFile(deps, c.var.actor, slug, c.req.param('uploadId'), {
      requestId: requestId(c),
    });
    return redirectWithFlash(c, local(c, `${practicePath(slug)}/files`), 'practices.flash.fileRemoved');
  });

  const recommendationQuery = (values: Record<string, string | undefined>) => ({
    text: (values.q ?? '').slice(0, 200),
    theme: (values.theme ?? '').slice(0, 80),
  });

  web.get('/practices/:slug/recommendations', async (c) => {
    const query = recommendationQuery({ q: c.req.query('q'), theme: c.req.query('theme') });
    const data = await readRecommendationLinks(deps, c.var.actor, c.req.param('slug'), query);
    return renderPage(c, <PracticeRecommendationsPage ctx={viewContext(c)} {...data} query={query} />);
  });

  web.post('/practices/:slug/recommendations/:action{(?:link|unlink)}', async (c) => {
    const slug = c.req.param('slug');
    const { values } = await readForm(c);
    const recommendationId = firstValue(values, 'recommendation');
    const actor = c.var.actor;
    const back = (flash: string, query = '') =>
      redirectWithFlash(c, local(c, `${practicePath(slug)}/recommendations${query}`), flash);
    if (c.req.param('action') === 'unlink') {
      await setRecommendationLink(deps, actor, slug, recommendationId, false, { requestId: requestId(c) });
      return back('practices.flash.recommendationUnlinked');
    }
    const query = recommendationQuery({ q: firstValue(values, 'q'), theme: firstValue(values, 'theme') });
    const search = new URLSearchParams(
      Object.entries({ q: query.text, theme: query.theme }).filter(([, v]) => v !== ''),
    ).toString();
    try {
      await setRecommendationLink(deps, actor, slug, recommendationId, true, { requestId: requestId(c) });
      return back('practices.flash.recommendationLinked', search ? `?${search}` : '');
    } catch (error) {
      if (isAppError(error) && error.code === 'validation_failed') {
        return back('practices.flash.recommendationUnknown', search ? `?${search}` : '');
      }
      throw error;
    }
  });

  web.get('/practices/:slug/files/:uploadId', async (c) => {
    const file = await readPracticeFile(deps, c.var.actor, c.req.param('slug'), c.req.param('uploadId'));
    return c.body(new Uint8Array(file.bytes), 200, {
      'Content-Type': file.contentType,
      'Content-Disposition': attachmentHeader(file.name),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    });
  });

  web.route('/', workflowRoutes(deps));
  return web;
}
