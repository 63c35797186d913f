import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { anonymousActor } from '../../core/actor.ts';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { AppError } from '../../platform/errors.ts';
import { toPublicPractice } from './practice-public.ts';
import { browsePractices, readPractice } from './practice-read.service.ts';
import { practiceKinds } from './practice-vocabulary.ts';

/** /api/v1/practices: the published repository as open data, in the OpenAPI document. */
const ZText = z.string();
const ZTranslationOut = z.object({ title: ZText, summary: ZText, body: ZText, beneficiaries: ZText });

export const ZPracticeOut = z
  .object({
    slug: z.string().openapi({ example: 'rownowaga-praca-rodzina' }),
    url: z.string(),
    kind: z.enum(practiceKinds),
    language: z.string().openapi({ example: 'pl', description: 'The original language (BCP 47)' }),
    title: ZText,
    summary: ZText,
    body: ZText.openapi({ description: 'Markdown' }),
    beneficiaries: ZText,
    translations: z
      .record(z.string(), ZTranslationOut)
      .openapi({ description: 'Human translations by language' }),
    countries: z.array(z.string()).openapi({ example: ['PL'] }),
    cities: z.array(
      z.object({
        name: ZText,
        country: z.string().optional(),
        lat: z.number().optional(),
        lon: z.number().optional(),
      }),
    ),
    scope: z.string().nullable(),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    isOngoing: z.boolean(),
    implementers: z.array(
      z.object({
        role: z.enum(['lead', 'partner', 'funder']),
        name: ZText,
        organizationSlug: z.string().optional(),
        url: z.string().optional(),
      }),
    ),
    populations: z.array(z.string()).openapi({ example: ['population:unpaid_caregivers'] }),
    eligibility: z.array(
      z.object({ type: z.enum(['residence', 'employment', 'caring_for', 'other']) }).passthrough(),
    ),
    themes: z.array(z.string()).openapi({ example: ['theme:work_life_balance'] }),
    fiveR: z.array(z.string()),
    sdgTargets: z.array(z.string()).openapi({ example: ['sdg_target:5_4'] }),
    evidence: z.array(
      z.object({
        title: ZText,
        kind: z.string(),
        url: z.string().optional(),
        year: z.number().optional(),
        summary: ZText,
      }),
    ),
    links: z.array(z.object({ label: ZText, url: z.string() })),
    contact: z.object({
      name: ZText,
      email: z.string().optional(),
      phone: ZText,
      url: z.string().optional(),
    }),
    isVerified: z.boolean(),
    isFeatured: z.boolean(),
    lastReviewedAt: z.string().nullable(),
    staleness: z.enum(['fresh', 'ageing', 'stale']),
    publishedAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .openapi('Practice');

const ZError = z.object({ code: z.string(), message: z.string(), requestId: z.string() }).openapi('Error');

const facetParam = (description: string) => z.string().max(400).optional().openapi({ description });

const ZListQuery = z.object({
  kind: facetParam('Practice kinds, comma-separated'),
  country: facetParam('ISO 3166-1 alpha-2 codes, comma-separated'),
  theme: facetParam('Theme concept ids, e.g. theme:care_leave'),
  population: facetParam('Population concept ids'),
  region: facetParam('Region concept ids, e.g. region:europe'),
  language: facetParam('Original languages'),
  featured: z.enum(['1']).optional(),
  sort: z.enum(['newest', 'title']).optional(),
  page: z
    .string()
    .regex(/^\d{1,4}$/)
    .optional(),
  pageSize: z
    .string()
    .regex(/^\d{1,3}$/)
    .optional()
    .openapi({ description: '1–100, default 50' }),
});

export function mountPracticesApi(api: OpenAPIHono<TAppEnv>, deps: TDeps): void {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/practices',
      summary: 'Published practices, newest first, narrowed by facets',
      tags: ['Practices'],
      request: { query: ZListQuery },
      responses: {
        200: {
          description: 'A page of practices',
          content: {
            'application/json': {
              schema: z.object({
                items: z.array(ZPracticeOut),
                total: z.number().int(),
                page: z.number().int(),
              }),
            },
          },
        },
        400: {
          description: 'A query parameter is not valid',
          content: { 'application/json': { schema: ZError } },
        },
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const split = (v: string | undefined) =>
        v
          ? v
              .split(',')
              .map((x) => x.trim())
              .filter(Boolean)
              .slice(0, 20)
          : [];
      const filters = (['kind', 'country', 'theme', 'population', 'region', 'language'] as const)
        .map((facet) => ({ facet, values: split(query[facet]) }))
        .filter((f) => f.values.length > 0);
      const page = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
      const pageSize = Math.min(Math.max(Number.parseInt(query.pageSize ?? '50', 10) || 50, 1), 100);
      const result = await browsePractices(deps, {
        filters,
        isFeaturedOnly: query.featured === '1',
        sort: query.sort ?? 'newest',
        page,
        pageSize,
      });
      const now = deps.clock.now();
      return c.json(
        {
          items: result.items.map((p) => toPublicPractice(p, deps.config.publicUrl, now)),
          total: result.total,
          page,
        },
        200,
      );
    },
    refuseInvalid,
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/practices/{slug}',
      summary: 'One published practice',
      tags: ['Practices'],
      request: { params: z.object({ slug: z.string().max(200) }) },
      responses: {
        200: { description: 'The practice', content: { 'application/json': { schema: ZPracticeOut } } },
        404: {
          description: 'No such published practice',
          content: { 'application/json': { schema: ZError } },
        },
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      const practice = await readPractice(deps, anonymousActor, slug);
      return c.json(toPublicPractice(practice, deps.config.publicUrl, deps.clock.now()), 200);
    },
    refuseInvalid,
  );
}

function refuseInvalid(result: { success: boolean }): undefined {
  if (!result.success) throw new AppError('bad_request');
  return undefined;
}
