import { type Context, Hono } from 'hono';
import { isCurator, writerOrganizationIds } from '../../core/actor.ts';
import { renderRecordSections } from '../../core/record-sections.ts';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { redirectWithFlash } from '../../http/flash.ts';
import { firstValue, readForm, type TFormValues } from '../../http/forms.ts';
import { viewContext } from '../../http/view-context.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import type { TFormState } from '../../ui/components/form-field.tsx';
import { renderPage } from '../../ui/render.ts';
import { signInPath } from '../accounts/index.ts';
import { listMemberOrganizationChoices } from '../events/index.ts';
import { KeyFigurePanel, readKeyFigure } from '../observatory/index.ts';
import { can } from './news.policy.ts';
import { isNewsCategory, type TNewsInputRaw } from './news.schemas.ts';
import {
  createArticle,
  newsPageSize,
  readArticle,
  readMostRead,
  readNewsList,
  recordRead,
  setArticlePublished,
  updateArticle,
} from './news.service.ts';
import { digestHtml } from './news-digest.ts';
import { articleImage } from './news-display.ts';
import { readOwnDraftArticles, readPublishedArticles, type TNewsArticle } from './news-read.service.ts';
import { ArticlePage } from './views/article-page.tsx';
import { DigestPage } from './views/digest-page.tsx';
import { NewsFormPage } from './views/news-form-page.tsx';
import { NewsIndexPage } from './views/news-index-page.tsx';

/** After a POST: back to an article's page with a message it shows once. */
function redirectToArticle(c: Context<TAppEnv>, slug: string, messageKey: string): Response {
  return redirectWithFlash(c, viewContext(c).href(`/news/${encodeURIComponent(slug)}`), messageKey);
}

/** Requests that are not a person reading: link previews, crawlers, prefetches. They are not counted. */
const notAReader = /bot|crawl|spider|slurp|preview|facebookexternalhit|embedly|curl|wget|python|monitor/i;

function newsInputFrom(values: TFormValues): TNewsInputRaw {
  const v = (k: string) => firstValue(values, k).trim();
  return {
    title: v('title'),
    summary: v('summary'),
    body: v('body'),
    language: v('language'),
    category: v('category') as TNewsInputRaw['category'],
    organization: v('organization') || null,
    countryCode: v('countryCode') || null,
    imageAlt: v('imageAlt') || undefined,
  };
}

function valuesOf(a: TNewsArticle): TFormValues {
  return {
    title: a.title,
    summary: a.summary,
    body: a.body,
    language: a.language,
    category: a.category,
    organization: a.organization?.slug ?? '',
    countryCode: a.countryCode ?? '',
    imageAlt: a.imageAlt ?? '',
  };
}

/** News pages: the front (/news), categories, an article, and editors' writing and publishing. */
export function newsWeb(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });
  const pageOf = (c: Context<TAppEnv>) =>
    Math.max(1, Math.min(1000, Number.parseInt(c.req.query('page') ?? '1', 10) || 1));

  async function renderIndex(c: Context<TAppEnv>, category: string | null) {
    if (category !== null && !isNewsCategory(category)) throw new AppError('not_found');
    const actor = c.var.actor;
    const page = pageOf(c);
    const [list, mostRead, fromMembers, drafts] = await Promise.all([
      readNewsList(deps, category ? { category } : {}, page),
      readMostRead(deps),
      category ? Promise.resolve({ items: [] }) : readNewsList(deps, { isFromMembers: true }, 1),
      actor.userId && can(actor, 'create') ? readOwnDraftArticles(deps, actor) : Promise.resolve([]),
    ]);
    return renderPage(
      c,
      <NewsIndexPage
        ctx={viewContext(c)}
        category={category}
        items={list.items}
        total={list.total}
        page={page}
        pageSize={newsPageSize}
        mostRead={mostRead}
        fromMembers={fromMembers.items.slice(0, 5)}
        drafts={drafts}
        canCreate={can(actor, 'create')}
      />,
    );
  }

  web.get('/news', (c) => renderIndex(c, null));
  web.get('/news/category/:category', (c) => renderIndex(c, c.req.param('category')));

  async function renderForm(
    c: Context<TAppEnv>,
    state: TFormState,
    article: TNewsArticle | null,
    status: 200 | 409 | 422 = 200,
  ) {
    const ctx = viewContext(c);
    const actor = c.var.actor;
    const all = await listMemberOrganizationChoices(deps.db);
    const own = new Set(writerOrganizationIds(actor));
    const choices = isCurator(actor) ? all : all.filter((o) => own.has(o.id));
    return renderPage(
      c,
      <NewsFormPage
        ctx={ctx}
        state={state}
        action={article ? ctx.href(`/news/${encodeURIComponent(article.slug)}/edit`) : ctx.href('/news/new')}
        isNew={article === null}
        version={article?.version ?? null}
        currentImage={article ? articleImage(article) : null}
        organizationChoices={choices}
        canLeaveOrganizationEmpty={isCurator(actor)}
      />,
      status,
    );
  }

  function refused(c: Context<TAppEnv>, error: unknown, values: TFormValues, article: TNewsArticle | null) {
    if (!isAppError(error)) throw error;
    if (error.code === 'conflict')
      return renderForm(c, { values, errors: { _form: 'news.errors.conflict' } }, article, 409);
    if (error.code !== 'validation_failed') throw error;
    return renderForm(c, { values, errors: error.fieldErrors }, article, 422);
  }

  web.get('/news/digest', async (c) => {
    const ctx = viewContext(c);
    const asked = c.req.query('from') ?? '';
    const today = deps.clock.now().getTime();
    const fromMs =
      /^\d{4}-\d{2}-\d{2}$/.test(asked) && !Number.isNaN(Date.parse(asked))
        ? Date.parse(asked)
        : today - 7 * 86_400_000;
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const from = day(fromMs);
    const toExclusive = day(fromMs + 7 * 86_400_000);
    const articles = await readPublishedArticles(
      deps,
      { publishedFrom: from, publishedBefore: toExclusive },
      50,
    );
    const html = digestHtml(articles, {
      locale: ctx.locale,
      publicUrl: deps.config.publicUrl,
      from,
      to: day(fromMs + 6 * 86_400_000),
    });
    return renderPage(
      c,
      <DigestPage
        ctx={ctx}
        html={html}
        from={from}
        previous={day(fromMs - 7 * 86_400_000)}
        next={toExclusive}
      />,
    );
  });

  web.get('/news/new', async (c) => {
    const actor = c.var.actor;
    const ctx = viewContext(c);
    if (!actor.userId) return c.redirect(signInPath(ctx.locale, ctx.href('/news/new')), 302);
    if (!can(actor, 'create')) throw new AppError('forbidden');
    return renderForm(c, { values: { language: ctx.locale }, errors: {} }, null);
  });

  web.post('/news/new', async (c) => {
    const actor = c.var.actor;
    if (!actor.userId) return c.redirect(signInPath(viewContext(c).locale), 303);
    const { values, files } = await readForm(c);
    try {
      const article = await createArticle(deps, actor, newsInputFrom(values), {
        requestId: c.get('requestId'),
        image: files.image?.[0],
      });
      return redirectToArticle(c, article.slug, 'news.flash.created');
    } catch (error) {
      return refused(c, error, values, null);
    }
  });

  web.get('/news/:slug', async (c) => {
    const actor = c.var.actor;
    const article = await readArticle(deps, actor, c.req.param('slug'));
    const purpose = `${c.req.header('sec-purpose') ?? ''} ${c.req.header('purpose') ?? ''}`;
    if (!/prefetch/i.test(purpose) && !notAReader.test(c.req.header('user-agent') ?? ''))
      await recordRead(deps, article);
    const keyFigure = article.countryCode ? await readKeyFigure(deps, [article.countryCode]) : null;
    const sections = await renderRecordSections(deps, viewContext(c), actor, {
      type: 'news',
      slug: article.slug,
      organizationIds: article.organizationId ? [article.organizationId] : [],
    });
    return renderPage(
      c,
      <ArticlePage
        ctx={viewContext(c)}
        article={article}
        aside={
          <>
            {sections}
            <KeyFigurePanel ctx={viewContext(c)} keyFigure={keyFigure} />
          </>
        }
        mostRead={(await readMostRead(deps)).filter((a) => a.id !== article.id)}
        publicUrl={deps.config.publicUrl}
        permissions={{
          canEdit: can(actor, 'edit', article),
          canPublish: can(actor, 'publish', article),
          canUnpublish: can(actor, 'unpublish', article),
        }}
      />,
    );
  });

  web.get('/news/:slug/edit', async (c) => {
    const actor = c.var.actor;
    const article = await readArticle(deps, actor, c.req.param('slug'));
    if (!can(actor, 'edit', article)) throw new AppError(actor.userId ? 'forbidden' : 'unauthenticated');
    return renderForm(c, { values: valuesOf(article), errors: {} }, article);
  });

  web.post('/news/:slug/edit', async (c) => {
    const actor = c.var.actor;
    const article = await readArticle(deps, actor, c.req.param('slug'));
    const { values, files } = await readForm(c);
    try {
      const saved = await updateArticle(
        deps,
        actor,
        article.slug,
        { ...newsInputFrom(values), translations: article.translations },
        {
          requestId: c.get('requestId'),
          expectedVersion: Number(firstValue(values, 'version')) || article.version,
          image: files.image?.[0],
          removeImage: firstValue(values, 'removeImage') === '1' && !files.image?.[0],
        },
      );
      return redirectToArticle(c, saved.slug, 'news.flash.saved');
    } catch (error) {
      return refused(c, error, values, article);
    }
  });

  for (const [path, isPublished] of [
    ['publish', true],
    ['unpublish', false],
  ] as const) {
    web.post(`/news/:slug/${path}`, async (c) => {
      const actor = c.var.actor;
      const article = await setArticlePublished(deps, actor, c.req.param('slug'), isPublished, {
        requestId: c.get('requestId'),
      });
      return redirectToArticle(
        c,
        article.slug,
        isPublished ? 'news.flash.published' : 'news.flash.unpublished',
      );
    });
  }

  return web;
}
