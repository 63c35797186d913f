import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { queryInteger } from '../../api/query-params.ts';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { toCsvText } from '../../platform/csv.ts';
import { attachmentHeader } from '../../platform/storage.ts';
import { isNewsCategory, newsCategories } from './news.schemas.ts';
import { articleImage } from './news-display.ts';
import { readPublishedArticle, readPublishedArticlePage, type TNewsArticle } from './news-read.service.ts';

/**
 * /api/v1/news: published articles ({ items, total }, or CSV with ?format=csv), by category, and one
 * article with its text.
 */
const ZArticle = z
  .object({
    slug: z.string(),
    url: z.string().url(),
    title: z.string(),
    summary: z.string(),
    language: z.string(),
    translations: z.array(z.string()).openapi({ description: 'Languages the article is also available in' }),
    category: z.enum(newsCategories),
    organization: z.object({ slug: z.string(), name: z.string() }).nullable(),
    image: z.object({ url: z.string(), alt: z.string() }).nullable(),
    publishedAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .openapi('NewsArticle');

const ZError = z
  .object({ code: z.string(), message: z.string(), requestId: z.string() })
  .openapi('NewsError');

const newsCsvColumns = [
  'slug',
  'url',
  'title',
  'summary',
  'language',
  'translations',
  'category',
  'organization',
  'image',
  'imageAlt',
  'publishedAt',
  'updatedAt',
] as const;

function item(a: TNewsArticle, publicUrl: string) {
  const image = articleImage(a, publicUrl);
  return {
    slug: a.slug,
    url: `${publicUrl}/en/news/${encodeURIComponent(a.slug)}`,
    title: a.title,
    summary: a.summary,
    language: a.language,
    translations: Object.keys(a.translations),
    category: a.category,
    organization: a.organization ? { slug: a.organization.slug, name: a.organization.name } : null,
    image: image ? { url: image.src, alt: image.alt } : null,
    publishedAt: a.publishedAt,
    updatedAt: a.updatedAt,
  };
}

export function mountNewsApi(api: OpenAPIHono<TAppEnv>, deps: TDeps): void {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/news',
      summary: 'Published news articles, newest first',
      tags: ['News'],
      request: {
        query: z.object({
          category: z.string().optional().openapi({ example: 'advocacy' }),
          limit: queryInteger(100_000, '1–200 (50)'),
          offset: queryInteger(1_000_000),
          format: z.enum(['json', 'csv']).optional().openapi({ description: 'json (default) or csv' }),
        }),
      },
      responses: {
        200: {
          description: 'A page of articles and how many there are (X-Total-Count with CSV)',
          content: {
            'application/json': {
              schema: z.object({ items: z.array(ZArticle), total: z.number().int() }).openapi('NewsList'),
            },
            'text/csv': { schema: z.string() },
          },
        },
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const category = query.category && isNewsCategory(query.category) ? query.category : undefined;
      if (query.category && !category) return c.json({ items: [], total: 0 }, 200);
      const limit = Math.min(200, Math.max(1, Number.parseInt(query.limit ?? '', 10) || 50));
      const offset = Math.max(0, Number.parseInt(query.offset ?? '', 10) || 0);
      const filter = category ? { category } : {};
      const { items, total } = await readPublishedArticlePage(deps, filter, limit, offset);
      const articles = items.map((a) => item(a, deps.config.publicUrl));
      if (query.format === 'csv') {
        const rows = articles.map((a) => ({
          ...a,
          translations: a.translations,
          organization: a.organization?.name ?? null,
          image: a.image?.url ?? null,
          imageAlt: a.image?.alt ?? null,
        }));
        return c.body(toCsvText(newsCsvColumns, rows), 200, {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': attachmentHeader('news.csv'),
          'X-Total-Count': String(total),
        });
      }
      return c.json({ items: articles, total }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/news/{slug}',
      summary: 'One published article with its text (Markdown)',
      tags: ['News'],
      request: { params: z.object({ slug: z.string() }) },
      responses: {
        200: {
          description: 'The article',
          content: { 'application/json': { schema: ZArticle.extend({ body: z.string() }) } },
        },
        404: {
          description: 'No published article has this slug',
          content: { 'application/json': { schema: ZError } },
        },
      },
    }),
    async (c) => {
      const article = await readPublishedArticle(deps, c.req.valid('param').slug);
      return c.json({ ...item(article, deps.config.publicUrl), body: article.body }, 200);
    },
  );
}
