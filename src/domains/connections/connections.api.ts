import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { queryInteger } from '../../api/query-params.ts';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { toCsvText } from '../../platform/csv.ts';
import { AppError } from '../../platform/errors.ts';
import { attachmentHeader } from '../../platform/storage.ts';
import { findMatches } from './connection-matches.service.ts';
import { countriesOf, topicsOf } from './connection-matching.ts';
import type { TListing } from './connections.record.ts';
import { helpKinds, isHelpKind, type TListingKind } from './connections.schemas.ts';
import { isListed, listListings, readListing, todayOf } from './connections.service.ts';
import { listingPath } from './views/listing-card.tsx';

/**
 * /api/v1/offers and /api/v1/needs: listed offers and needs of member organisations ({ items, total },
 * or CSV with ?format=csv), and one with its explained matches. Public facts only: no contact detail.
 */
const ZListing = z
  .object({
    id: z.string(),
    url: z.string().url(),
    kind: z.enum(['offer', 'need']),
    helpKind: z.enum(helpKinds),
    title: z.string(),
    description: z.string().openapi({ description: 'Markdown' }),
    language: z.string(),
    organization: z.object({ slug: z.string(), name: z.string(), stakeholderType: z.string() }),
    concepts: z
      .array(z.string())
      .openapi({ description: 'Care taxonomy concept ids, chosen and found in the text' }),
    countries: z.array(z.string()),
    regions: z.array(z.string()),
    isAnywhere: z.boolean(),
    workingLanguages: z.array(z.string()),
    openUntil: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('ConnectionListing');

const ZMatch = z
  .object({
    id: z.string(),
    url: z.string().url(),
    title: z.string(),
    organization: z.string(),
    score: z.number(),
    explanation: z.object({
      concepts: z.array(z.string()),
      relatedConcepts: z.array(z.string()),
      place: z
        .object({ kind: z.string(), id: z.string().optional(), code: z.string().optional() })
        .nullable(),
      languages: z.array(z.string()),
      helpKind: z.string().nullable(),
      sectors: z.object({ offer: z.string(), need: z.string(), isFoundingPair: z.boolean() }).nullable(),
    }),
  })
  .openapi('ConnectionMatch');

const ZError = z
  .object({ code: z.string(), message: z.string(), requestId: z.string() })
  .openapi('ConnectionError');

const csvColumns = [
  'id',
  'url',
  'kind',
  'helpKind',
  'title',
  'language',
  'organization',
  'stakeholderType',
  'concepts',
  'countries',
  'regions',
  'isAnywhere',
  'workingLanguages',
  'openUntil',
  'createdAt',
] as const;

function item(listing: TListing, publicUrl: string) {
  return {
    id: listing.id,
    url: `${publicUrl}/en${listingPath(listing)}`,
    kind: listing.kind,
    helpKind: listing.helpKind,
    title: listing.title,
    description: listing.description,
    language: listing.language,
    organization: {
      slug: listing.organization.slug,
      name: listing.organization.name,
      stakeholderType: listing.organization.stakeholderType,
    },
    concepts: topicsOf(listing),
    countries: countriesOf(listing),
    regions: listing.regions,
    isAnywhere: listing.isAnywhere,
    workingLanguages: listing.workingLanguages,
    openUntil: listing.openUntil,
    createdAt: listing.createdAt,
  };
}

function mountKind(api: OpenAPIHono<TAppEnv>, deps: TDeps, kind: TListingKind, segment: 'offers' | 'needs') {
  const tag = kind === 'offer' ? 'Offers' : 'Needs';
  api.openapi(
    createRoute({
      method: 'get',
      path: `/${segment}`,
      summary: `Open ${segment} of member organisations, newest first`,
      tags: [tag],
      request: {
        query: z.object({
          help: z.string().optional().openapi({ example: 'expertise' }),
          concept: z.string().optional().openapi({ example: 'theme:time_use_data' }),
          country: z.string().optional().openapi({ example: 'OM' }),
          lang: z.string().optional().openapi({ example: 'ar' }),
          limit: queryInteger(100_000, '1–200 (50)'),
          offset: queryInteger(1_000_000),
          format: z.enum(['json', 'csv']).optional().openapi({ description: 'json (default) or csv' }),
        }),
      },
      responses: {
        200: {
          description: `A page of ${segment} and how many there are (X-Total-Count with CSV)`,
          content: {
            'application/json': {
              schema: z.object({ items: z.array(ZListing), total: z.number().int() }).openapi(`${tag}List`),
            },
            'text/csv': { schema: z.string() },
          },
        },
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const limit = Math.min(200, Math.max(1, Number.parseInt(query.limit ?? '', 10) || 50));
      const offset = Math.max(0, Number.parseInt(query.offset ?? '', 10) || 0);
      const terms = [
        ...(query.concept && /^[a-z_0-9]+:[a-z_0-9]+$/.test(query.concept) ? [query.concept] : []),
        ...(query.country && /^[A-Za-z]{2}$/.test(query.country)
          ? [`country:${query.country.toLowerCase()}`]
          : []),
        ...(query.lang && /^[a-z]{2,3}$/.test(query.lang) ? [`lang:${query.lang}`] : []),
      ];
      if (query.help && !isHelpKind(query.help)) return c.json({ items: [], total: 0 }, 200);
      const result = await listListings(deps, { kind, helpKind: query.help, terms }, { limit, offset });
      const items = result.items.map((l) => item(l, deps.config.publicUrl));
      if (query.format === 'csv') {
        const rows = items.map((l) => ({
          ...l,
          organization: l.organization.name,
          stakeholderType: l.organization.stakeholderType,
        }));
        return c.body(toCsvText(csvColumns, rows), 200, {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': attachmentHeader(`${segment}.csv`),
          'X-Total-Count': String(result.total),
        });
      }
      return c.json({ items, total: result.total }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: `/${segment}/{id}`,
      summary: `One open ${kind} with the listings that fit it, best first, and why`,
      tags: [tag],
      request: { params: z.object({ id: z.string() }) },
      responses: {
        200: {
          description: `The ${kind} and its matches`,
          content: { 'application/json': { schema: ZListing.extend({ matches: z.array(ZMatch) }) } },
        },
        404: {
          description: `No open ${kind} has this id`,
          content: { 'application/json': { schema: ZError } },
        },
      },
    }),
    async (c) => {
      const listing = await readListing(deps, c.var.actor, kind, c.req.valid('param').id);
      if (!isListed(listing, todayOf(deps))) throw new AppError('not_found');
      const matches = await findMatches(deps, listing, 10);
      return c.json(
        {
          ...item(listing, deps.config.publicUrl),
          matches: matches.map((m) => ({
            id: m.listing.id,
            url: `${deps.config.publicUrl}/en${listingPath(m.listing)}`,
            title: m.listing.title,
            organization: m.listing.organization.name,
            score: m.score,
            explanation: m.explanation,
          })),
        },
        200,
      );
    },
  );
}

export function mountConnectionsApi(api: OpenAPIHono<TAppEnv>, deps: TDeps): void {
  mountKind(api, deps, 'offer', 'offers');
  mountKind(api, deps, 'need', 'needs');
}
