import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { queryInteger } from '../../api/query-params.ts';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { AppError } from '../../platform/errors.ts';
import { attachmentHeader } from '../../platform/storage.ts';
import { toCsv, toExportItem } from './commitment-export.ts';
import { readLinksOf } from './commitment-links.ts';
import { commitmentFilterFrom } from './commitments.schemas.ts';
import {
  readDeliverables,
  readMakersOf,
  readPublishedBySlug,
  readPublishedList,
} from './commitments-read.service.ts';

/**
 * /api/v1/commitments: published commitments as JSON ({ items, total }) or CSV (?format=csv), with the
 * same filters as the browse page, and one commitment with its deliverables. Described in the OpenAPI
 * document from these schemas; the codebook (/{locale}/commitments/codebook) explains every field.
 */
const ZCommitmentItem = z
  .object({
    slug: z.string(),
    url: z.string().url(),
    title: z.string(),
    language: z.string().openapi({ example: 'es' }),
    titleTranslations: z.record(z.string(), z.string()),
    description: z.string(),
    leadOrganization: z.string(),
    leadOrganizationSlug: z.string(),
    coMakers: z.array(z.string()),
    pendingCoMakers: z.array(z.string()),
    stakeholderType: z.string(),
    kind: z.string().nullable(),
    stage: z.string().nullable(),
    level: z.string().nullable(),
    countries: z.array(z.string()).openapi({ example: ['MX', 'CO'] }),
    fiveR: z.array(z.string()).openapi({ example: ['five_r:redistribute'] }),
    sdgTargets: z.array(z.string()).openapi({ example: ['sdg_target:5_4'] }),
    themes: z.array(z.string()),
    cycle: z.string().openapi({ example: '2021-2026' }),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    amount: z.number().nullable(),
    currency: z.string().nullable().openapi({ example: 'MXN' }),
    progressStatus: z.string().openapi({ example: 'on_track' }),
    progressPercent: z.number().nullable(),
    light: z.string().openapi({ description: 'Staleness light: new, green, amber or red', example: 'green' }),
    lastReportAt: z.string().nullable(),
    reportCount: z.number(),
    publishedAt: z.string().nullable(),
    fromConnectionAt: z.string().nullable().openapi({
      description: 'When an outcome of a connection made in the hub was first linked to it, or null',
    }),
  })
  .openapi('Commitment');

const ZCommitmentList = z
  .object({ items: z.array(ZCommitmentItem), total: z.number().int() })
  .openapi('CommitmentList');

const ZDeliverable = z
  .object({
    title: z.string(),
    measure: z.string(),
    target: z.string(),
    dueDate: z.string().nullable(),
    latestStatus: z.string().nullable(),
    latestPercent: z.number().nullable(),
  })
  .openapi('CommitmentDeliverable');

const ZLink = z
  .object({
    type: z.enum(['practice', 'event', 'recommendation']),
    id: z.string(),
    eventId: z.string().nullable().openapi({ description: 'For a recommendation: its event' }),
    title: z.string(),
    url: z.string(),
  })
  .openapi('CommitmentLink');

const ZQuery = z.object({
  q: z.string().optional().openapi({ description: 'Words in the title or description' }),
  cycle: z.string().optional().openapi({ example: '2021-2026' }),
  kind: z.string().optional(),
  stage: z.string().optional(),
  level: z.string().optional(),
  progress: z
    .string()
    .optional()
    .openapi({ description: 'on_track, delayed, completed, discontinued or not_reported' }),
  light: z.string().optional().openapi({ description: 'new, green, amber or red' }),
  fiveR: z.string().optional().openapi({ example: 'five_r:reduce' }),
  sdg: z.string().optional().openapi({ example: 'sdg_target:5_4' }),
  country: z.string().optional().openapi({ example: 'MX' }),
  theme: z.string().optional(),
  type: z.string().optional().openapi({ description: 'Stakeholder type of the lead organisation' }),
  organization: z.string().optional().openapi({ description: 'Slug of a maker organisation' }),
  limit: queryInteger(100_000, 'JSON: 1–500 (50); CSV: 1–20000 (20000)'),
  offset: queryInteger(1_000_000),
  format: z.enum(['json', 'csv']).optional(),
});

const ZError = z.object({ code: z.string(), message: z.string(), requestId: z.string() }).openapi('Error');

export function mountCommitmentsApi(api: OpenAPIHono<TAppEnv>, deps: TDeps): void {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/commitments',
      summary: 'Published commitments, filtered; JSON or CSV',
      tags: ['Commitments'],
      request: { query: ZQuery },
      responses: {
        200: {
          description: 'The matching commitments (a page of them) and how many match in all',
          content: { 'application/json': { schema: ZCommitmentList }, 'text/csv': { schema: z.string() } },
        },
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const isCsv = query.format === 'csv';
      const maxLimit = isCsv ? 20_000 : 500;
      const limit = Math.min(
        maxLimit,
        Math.max(1, Number.parseInt(query.limit ?? '', 10) || (isCsv ? maxLimit : 50)),
      );
      const offset = Math.min(1_000_000, Math.max(0, Number.parseInt(query.offset ?? '', 10) || 0));
      const filter = commitmentFilterFrom(query);
      const { items, total } = await readPublishedList(deps, filter, { limit, offset });
      const makers = await readMakersOf(
        deps,
        items.map((i) => i.id),
      );
      const exported = items.map((i) => toExportItem(i, makers.get(i.id) ?? [], deps.config.publicUrl));
      if (isCsv) {
        return c.body(toCsv(exported), 200, {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': attachmentHeader('commitments.csv'),
          'X-Total-Count': String(total),
        });
      }
      return c.json({ items: exported, total }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/commitments/{slug}',
      summary:
        'One published commitment with its deliverables and linked practices, events and recommendations',
      tags: ['Commitments'],
      request: { params: z.object({ slug: z.string() }) },
      responses: {
        200: {
          description: 'The commitment',
          content: {
            'application/json': {
              schema: ZCommitmentItem.extend({ deliverables: z.array(ZDeliverable), links: z.array(ZLink) }),
            },
          },
        },
        404: {
          description: 'No published commitment has this slug',
          content: { 'application/json': { schema: ZError } },
        },
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      const item = await readPublishedBySlug(deps, slug);
      if (!item) throw new AppError('not_found');
      const makers = await readMakersOf(deps, [item.id]);
      const deliverables = await readDeliverables(deps, item.id);
      const links = await readLinksOf(deps, item.id);
      return c.json(
        {
          ...toExportItem(item, makers.get(item.id) ?? [], deps.config.publicUrl),
          deliverables: deliverables.map((d) => ({
            title: d.title,
            measure: d.measure,
            target: d.target,
            dueDate: d.dueDate,
            latestStatus: d.latestStatus,
            latestPercent: d.latestPercent,
          })),
          links: links.map((l) => ({
            type: l.type,
            id: l.id,
            eventId: l.contextId,
            title: l.title,
            url: `${deps.config.publicUrl}/en${l.path}`,
          })),
        },
        200,
      );
    },
  );
}
