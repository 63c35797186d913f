import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { queryInteger } from '../../api/query-params.ts';
import { anonymousActor } from '../../core/actor.ts';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { AppError } from '../../platform/errors.ts';
import { attachmentHeader } from '../../platform/storage.ts';
import { regions, scopes, stakeholderTypes } from '../../taxonomy/organization-vocabulary.ts';
import { readLogo } from './organization-profile.service.ts';
import { directoryFilterFrom } from './organizations.schemas.ts';
import { readDirectory, readProfile } from './organizations.service.ts';
import { toCsv, toPublicOrganization } from './organizations-export.ts';

/**
 * /api/v1/organizations: the member directory as open data, with the directory's filters as query
 * parameters, as JSON ({ items, total }) or CSV (?format=csv, described at /{locale}/members/codebook),
 * and /api/v1/organizations/{slug} for one member.
 */
const ZOrganization = z
  .object({
    slug: z.string().openapi({ example: 'fundacion-cuidar-juntos' }),
    name: z.string(),
    acronym: z.string().nullable(),
    names: z
      .record(z.string(), z.string())
      .openapi({ description: 'Official names in other languages, by language tag' }),
    stakeholderType: z.string().openapi({ example: 'civil_society_network' }),
    scope: z.string().openapi({ example: 'national' }),
    countries: z.array(z.string()).openapi({ example: ['MX'], description: 'ISO 3166-1 alpha-2 codes' }),
    city: z.string().nullable(),
    website: z.string().nullable(),
    description: z.string(),
    descriptionLanguage: z.string().openapi({ example: 'es' }),
    isChampion: z.boolean(),
    championSince: z.string().nullable(),
    memberSince: z.string().nullable(),
    profileUrl: z.string(),
  })
  .openapi('Organization');

const ZError = z.object({ code: z.string(), message: z.string(), requestId: z.string() }).openapi('Error');

const maxPageSize = 5000;

const ZListQuery = z.object({
  q: z.string().max(100).optional().openapi({ description: 'Text in the name, acronym or city' }),
  type: z.enum(stakeholderTypes).optional(),
  scope: z.enum(scopes).optional(),
  region: z.enum(regions).optional(),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .optional()
    .openapi({ example: 'MX' }),
  champion: z.enum(['1']).optional().openapi({ description: '1: Care Champions only' }),
  page: queryInteger(10_000),
  pageSize: queryInteger(100_000, `1–${maxPageSize}, default 100`),
  format: z.enum(['json', 'csv']).optional(),
});

export function mountOrganizationsApi(api: OpenAPIHono<TAppEnv>, deps: TDeps): void {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/organizations',
      summary: 'Member organisations, with the directory filters; CSV with ?format=csv',
      tags: ['Organizations'],
      request: { query: ZListQuery },
      responses: {
        200: {
          description: 'The members that match, champions first, then by name',
          content: {
            'application/json': {
              schema: z.object({ items: z.array(ZOrganization), total: z.number().int() }),
            },
            'text/csv': { schema: z.string() },
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
      const filter = directoryFilterFrom(query);
      const isCsv = query.format === 'csv';
      const pageSize = isCsv
        ? 100_000
        : Math.min(Math.max(Number.parseInt(query.pageSize ?? '100', 10) || 100, 1), maxPageSize);
      const directory = await readDirectory(deps, isCsv ? { ...filter, page: 1 } : filter, pageSize);
      const items = directory.items.map((o) => toPublicOrganization(o, deps.config.publicUrl));
      if (isCsv) {
        return c.body(toCsv(items), 200, {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': attachmentHeader('members.csv'),
        });
      }
      return c.json({ items, total: directory.total }, 200);
    },
    refuseInvalid,
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/organizations/{slug}',
      summary: 'One member organisation',
      tags: ['Organizations'],
      request: { params: z.object({ slug: z.string().max(200) }) },
      responses: {
        200: { description: 'The organisation', content: { 'application/json': { schema: ZOrganization } } },
        404: { description: 'No such member', content: { 'application/json': { schema: ZError } } },
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      const { organization } = await readProfile(deps, anonymousActor, slug);
      if (organization.membershipStatus !== 'member') throw new AppError('not_found');
      return c.json(toPublicOrganization(organization, deps.config.publicUrl), 200);
    },
    refuseInvalid,
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/organizations/{slug}/logo',
      summary: "A member's logo (WebP, at most 512×512)",
      tags: ['Organizations'],
      request: { params: z.object({ slug: z.string().max(200) }) },
      responses: {
        200: {
          description: 'The logo',
          content: { 'image/webp': { schema: z.string().openapi({ format: 'binary' }) } },
        },
        404: {
          description: 'No such member, or no logo',
          content: { 'application/json': { schema: ZError } },
        },
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      const { organization } = await readProfile(deps, anonymousActor, slug);
      if (!organization.logoKey || organization.membershipStatus !== 'member')
        throw new AppError('not_found');
      const bytes = await readLogo(deps, organization.logoKey);
      return c.body(new Uint8Array(bytes), 200, {
        'Content-Type': 'image/webp',
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'public, max-age=3600',
        'Content-Security-Policy': "default-src 'none'; sandbox",
      });
    },
    refuseInvalid,
  );
}

/** Invalid parameters answer like every other API error: { code, message, requestId }. */
function refuseInvalid(result: { success: boolean }): undefined {
  if (!result.success) throw new AppError('bad_request');
  return undefined;
}
