import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { queryInteger } from '../../api/query-params.ts';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { isLocale } from '../../i18n/locales.ts';
import { translator } from '../../i18n/translator.ts';
import { toCsvText } from '../../platform/csv.ts';
import { attachmentHeader } from '../../platform/storage.ts';
import { readEndorsementCount } from './campaigns.service.ts';
import { readPublicCampaign, readPublicCampaigns, type TCampaign } from './campaigns-read.service.ts';

/** /api/v1/campaigns: running and closed campaigns ({ items, total }) and one with its endorsers. */
const ZCampaign = z
  .object({
    slug: z.string(),
    url: z.string().url(),
    status: z.enum(['published', 'closed']),
    title: z.string(),
    goal: z.string(),
    callToAction: z.string(),
    language: z.string(),
    scope: z.enum(['national', 'regional', 'global']),
    countries: z.array(z.string()),
    themes: z.array(z.string()),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    leadOrganization: z.object({ slug: z.string(), name: z.string() }).nullable(),
    endorsementCount: z.number().int(),
    publishedAt: z.string().nullable(),
  })
  .openapi('Campaign');

const ZError = z
  .object({ code: z.string(), message: z.string(), requestId: z.string() })
  .openapi('CampaignError');

const campaignCsvColumns = [
  'slug',
  'url',
  'status',
  'title',
  'goal',
  'callToAction',
  'language',
  'scope',
  'countries',
  'themes',
  'startsOn',
  'endsOn',
  'leadOrganization',
  'endorsementCount',
  'publishedAt',
] as const;

function item(c: TCampaign, publicUrl: string) {
  return {
    slug: c.slug,
    url: `${publicUrl}/en/campaigns/${encodeURIComponent(c.slug)}`,
    status: c.status as 'published' | 'closed',
    title: c.title,
    goal: c.goal,
    callToAction: c.callToAction,
    language: c.language,
    scope: c.scope,
    countries: c.countries,
    themes: c.themes,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    leadOrganization: c.organization,
    endorsementCount: c.endorsementCount,
    publishedAt: c.publishedAt,
  };
}

export function mountCampaignsApi(api: OpenAPIHono<TAppEnv>, deps: TDeps): void {
  // Asked every 30 s by campaign pages (static/campaign-count.js) to keep the count current.
  api.openapi(
    createRoute({
      method: 'get',
      path: '/campaigns/{slug}/endorsement-count',
      summary: 'How many organisations endorse a public campaign now, with the sentence pages show',
      tags: ['Campaigns'],
      request: {
        params: z.object({ slug: z.string().max(200) }),
        query: z.object({
          locale: z.string().max(10).optional().openapi({ description: 'Language of the label (en)' }),
        }),
      },
      responses: {
        200: {
          description: 'The count and its label',
          content: {
            'application/json': {
              schema: z
                .object({ count: z.number().int(), label: z.string() })
                .openapi('CampaignEndorsementCount'),
            },
          },
        },
        404: {
          description: 'No public campaign has this slug',
          content: { 'application/json': { schema: ZError } },
        },
      },
    }),
    async (c) => {
      const count = await readEndorsementCount(deps, c.req.valid('param').slug);
      const wanted = c.req.valid('query').locale;
      const { t } = translator(isLocale(wanted) ? wanted : 'en');
      return c.json({ count, label: t('campaigns.endorsedBy', { count }) }, 200, {
        'Cache-Control': 'public, max-age=15',
      });
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/campaigns',
      summary: 'Public campaigns with their endorsement counts',
      tags: ['Campaigns'],
      request: {
        query: z.object({
          limit: queryInteger(100_000, '1–200 (50)'),
          offset: queryInteger(1_000_000),
          format: z.enum(['json', 'csv']).optional().openapi({ description: 'json (default) or csv' }),
        }),
      },
      responses: {
        200: {
          description: 'A page of campaigns and how many there are (X-Total-Count with CSV)',
          content: {
            'application/json': {
              schema: z
                .object({ items: z.array(ZCampaign), total: z.number().int() })
                .openapi('CampaignList'),
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
      const { items, total } = await readPublicCampaigns(deps, limit, offset);
      const campaigns = items.map((i) => item(i, deps.config.publicUrl));
      if (query.format === 'csv') {
        const rows = campaigns.map((x) => ({ ...x, leadOrganization: x.leadOrganization?.name ?? null }));
        return c.body(toCsvText(campaignCsvColumns, rows), 200, {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': attachmentHeader('campaigns.csv'),
          'X-Total-Count': String(total),
        });
      }
      return c.json({ items: campaigns, total }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/campaigns/{slug}',
      summary: 'One public campaign with the organisations that endorse it',
      tags: ['Campaigns'],
      request: { params: z.object({ slug: z.string() }) },
      responses: {
        200: {
          description: 'The campaign',
          content: {
            'application/json': {
              schema: ZCampaign.extend({
                endorsements: z.array(
                  z.object({
                    organization: z.string(),
                    slug: z.string(),
                    countries: z.array(z.string()),
                    statement: z.string().nullable(),
                    endorsedAt: z.string(),
                  }),
                ),
              }),
            },
          },
        },
        404: {
          description: 'No public campaign has this slug',
          content: { 'application/json': { schema: ZError } },
        },
      },
    }),
    async (c) => {
      const { campaign, endorsements } = await readPublicCampaign(deps, c.req.valid('param').slug);
      return c.json(
        {
          ...item(campaign, deps.config.publicUrl),
          endorsements: endorsements.map((e) => ({
            organization: e.name,
            slug: e.slug,
            countries: e.countries,
            statement: e.statement,
            endorsedAt: e.createdAt,
          })),
        },
        200,
      );
    },
  );
}
