import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { isLocale } from '../../i18n/locales.ts';
import { AppError } from '../../platform/errors.ts';
import { matchReasonLabel } from './match-labels.ts';
import { recordPath } from './record-paths.ts';
import { searchQueryFrom } from './search.schemas.ts';
import { searchHub } from './search.service.ts';

/** /api/v1/search: the same search as the page, as JSON, in the OpenAPI document. */
const ZHit = z
  .object({
    type: z.string().openapi({ example: 'practice' }),
    slug: z.string(),
    title: z.string(),
    language: z.string().openapi({ example: 'pl' }),
    snippet: z.string().openapi({ description: 'HTML: matching words in <mark>, everything else escaped' }),
    url: z.string(),
    publishedAt: z.string(),
    score: z.number(),
    isOtherLanguage: z.boolean().openapi({ description: "The record is not in the query's language" }),
    matched: z
      .array(
        z.object({
          kind: z.enum(['words', 'concept', 'place']).openapi({
            description:
              'words: the record holds these words of the query; concept: it carries a concept the query names; place: it is about a place the query names',
          }),
          id: z
            .string()
            .optional()
            .openapi({ description: 'The concept or place id (country:pl, place:krakow …)' }),
          label: z.string().openapi({
            description: "The words as typed, or the concept's or place's name in the request's language",
          }),
        }),
      )
      .openapi({
        description: 'Why the record matched (ranked queries; empty in the browse view and for "newest")',
      }),
  })
  .openapi('SearchHit');

const ZFacetCount = z.object({ value: z.string(), count: z.number().int() });

const ZSearchResult = z
  .object({
    items: z.array(ZHit),
    total: z.number().int(),
    isTotalExact: z.boolean().openapi({
      description: 'false when more documents match than were counted (10,000): total is then a lower bound',
    }),
    facets: z.record(z.string(), z.array(ZFacetCount)),
    facetsSampleSize: z.number().int().optional().openapi({
      description:
        'Present when more documents match than a search ranks: the facet counts cover this many best candidates',
    }),
    didYouMean: z.string().optional(),
    query: z.object({
      text: z.string(),
      language: z.string(),
      concepts: z.array(z.string()),
      isEmpty: z.boolean(),
    }),
  })
  .openapi('SearchResult');

const ZError = z.object({ code: z.string(), message: z.string(), requestId: z.string() }).openapi('Error');

const ZSearchQuery = z.object({
  q: z
    .string()
    .max(5000)
    .optional()
    .openapi({ description: 'Words in any language; empty lists everything' }),
  type: z.string().max(200).optional().openapi({ example: 'practice' }),
  kind: z.string().max(400).optional(),
  theme: z.string().max(400).optional(),
  population: z.string().max(400).optional(),
  five_r: z.string().max(400).optional(),
  sdg_target: z.string().max(400).optional(),
  country: z.string().max(400).optional(),
  region: z.string().max(400).optional(),
  language: z.string().max(400).optional(),
  year: z.string().max(400).optional(),
  verified: z.enum(['yes']).optional(),
  sort: z.enum(['relevance', 'newest']).optional(),
  limit: z
    .string()
    .regex(/^\d{1,3}$/)
    .optional()
    .openapi({ description: '1–100, default 20' }),
  offset: z
    .string()
    .regex(/^\d{1,5}$/)
    .optional(),
  locale: z
    .string()
    .max(10)
    .optional()
    .openapi({ description: 'Interface language: a hint for short queries' }),
});

export function mountSearchApi(api: OpenAPIHono<TAppEnv>, deps: TDeps): void {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/search',
      summary: 'Search every record, across languages, with facets',
      tags: ['Search'],
      request: { query: ZSearchQuery },
      responses: {
        200: {
          description: 'Results, total and facet counts',
          content: { 'application/json': { schema: ZSearchResult } },
        },
        400: {
          description: 'A query parameter is not valid',
          content: { 'application/json': { schema: ZError } },
        },
      },
    }),
    async (c) => {
      c.req.valid('query');
      const params = new URL(c.req.url).searchParams;
      const query = searchQueryFrom(params, { pageSize: 20, maxLimit: 100 });
      const wanted = params.get('locale');
      const locale = isLocale(wanted) ? wanted : 'en';
      const result = await searchHub(deps, query, locale);
      const items = result.items.map((hit) => ({
        type: hit.type,
        slug: hit.slug,
        title: hit.title,
        language: hit.language,
        snippet: hit.snippet,
        url: `${deps.config.publicUrl}/${locale}${recordPath(hit.type, hit.slug)}`,
        publishedAt: hit.publishedAt,
        score: hit.score,
        isOtherLanguage: hit.isOtherLanguage,
        matched: hit.matched.map((reason) => ({
          kind: reason.kind,
          ...(reason.kind === 'words' ? {} : { id: reason.conceptId }),
          label: matchReasonLabel(reason, locale),
        })),
      }));
      return c.json(
        {
          items,
          total: result.total,
          isTotalExact: result.isTotalExact,
          facets: result.facets,
          ...(result.facetsSampleSize !== undefined ? { facetsSampleSize: result.facetsSampleSize } : {}),
          ...(result.didYouMean ? { didYouMean: result.didYouMean } : {}),
          query: {
            text: result.query.text,
            language: result.query.language,
            concepts: result.query.concepts,
            isEmpty: result.query.isEmpty,
          },
        },
        200,
      );
    },
    (result) => {
      if (!result.success) throw new AppError('bad_request');
      return undefined;
    },
  );
}
