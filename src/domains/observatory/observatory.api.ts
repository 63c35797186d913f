import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { translator } from '../../i18n/translator.ts';
import { toCsvText } from '../../platform/csv.ts';
import { AppError } from '../../platform/errors.ts';
import { attachmentHeader } from '../../platform/storage.ts';
import { readSeriesList, readSeriesValues, type TSeries, type TValueRow } from './observatory.service.ts';
import { citationOf, seriesTitle } from './observatory-display.ts';
import { valueCsvColumns } from './value-columns.ts';

/**
 * /api/v1/indicators: the care indicator series the hub holds, and each one's values filtered by
 * country (ISO alpha-2 or M49 code), sex and year, as JSON or CSV. Every answer carries the citation.
 */
const ZSeries = z
  .object({
    id: z.string().openapi({ example: 'unpaid-care-and-domestic-work' }),
    seriesCode: z.string().openapi({ example: 'S997d1fdb' }),
    sdgSeriesCode: z.string().nullable().openapi({ example: 'SL_DOM_TSPD' }),
    indicator: z.string().openapi({ example: 'I.1' }),
    title: z.string(),
    publishedTitle: z.string().openapi({ description: 'The title as the source publishes it' }),
    unit: z.string().openapi({ example: 'HR_PER_DAY' }),
    kind: z.enum(['number', 'category']),
    release: z.string(),
    values: z.number().int(),
    countries: z.number().int(),
    firstYear: z.number().int().nullable(),
    lastYear: z.number().int().nullable(),
    concepts: z.array(z.string()),
    url: z.string().url(),
    citation: z.string(),
  })
  .openapi('IndicatorSeries');

const ZValue = z
  .object({
    area: z.string().openapi({ description: 'UN M49 code', example: '484' }),
    country: z
      .string()
      .nullable()
      .openapi({ description: 'ISO 3166-1 alpha-2; null for a region', example: 'MX' }),
    areaName: z.string(),
    year: z.number().int(),
    period: z.string().openapi({ description: 'The period or date as published, when finer than the year' }),
    sex: z.string().openapi({ description: 'F, M, _T (both), _O (other) or empty' }),
    age: z.string().openapi({ example: 'Y_GE15' }),
    location: z.string().openapi({ description: '_T all areas, U urban, R rural, or empty' }),
    value: z.number().nullable(),
    category: z.string().nullable(),
    categoryLabel: z.string().nullable(),
    unit: z.string(),
    nature: z
      .string()
      .openapi({ description: 'C country data, CA adjusted, E estimate, G global monitoring' }),
    source: z.string(),
    footnote: z.string(),
    release: z.string(),
    isLatest: z.boolean(),
  })
  .openapi('IndicatorValue');

function seriesItem(s: TSeries, publicUrl: string) {
  const en = translator('en');
  return {
    id: s.id,
    seriesCode: s.series_code,
    sdgSeriesCode: s.sdg_series_code,
    indicator: s.indicator_label,
    title: seriesTitle(en, s),
    publishedTitle: s.title,
    unit: s.unit_code,
    kind: s.kind === 'category' ? ('category' as const) : ('number' as const),
    release: s.release,
    values: s.value_count,
    countries: s.country_count,
    firstYear: s.first_year,
    lastYear: s.last_year,
    concepts: [...(s.entry?.concepts ?? [])],
    url: `${publicUrl}/en/data/${encodeURIComponent(s.id)}`,
    citation: citationOf(en, s),
  };
}

export function valueItem(v: TValueRow) {
  return {
    area: v.area_code,
    country: v.country,
    areaName: v.area_name,
    year: v.year,
    period: v.time_detail,
    sex: v.sex,
    age: v.age,
    location: v.location,
    value: v.value,
    category: v.value_code,
    categoryLabel: v.value_label,
    unit: v.unit_code,
    nature: v.nature,
    source: v.source,
    footnote: v.footnote,
    release: v.release,
    isLatest: v.is_latest === 1,
  };
}

/** The values as CSV: one line a value, the series and the citation on every line. */
export function valuesCsv(series: TSeries, values: readonly TValueRow[]): string {
  const citation = citationOf(translator('en'), series);
  return toCsvText(
    valueCsvColumns,
    values.map((v) => ({ series: series.id, ...valueItem(v), citation })),
  );
}

export function mountObservatoryApi(api: OpenAPIHono<TAppEnv>, deps: TDeps): void {
  api.openapi(
    createRoute({
      method: 'get',
      path: '/indicators',
      summary: 'Care indicator series (unpaid care work, leave, ILO conventions…) with their coverage',
      tags: ['Indicators'],
      responses: {
        200: {
          description: 'Every series the hub holds',
          content: {
            'application/json': {
              schema: z.object({ items: z.array(ZSeries), total: z.number().int() }).openapi('IndicatorList'),
            },
          },
        },
      },
    }),
    async (c) => {
      const items = (await readSeriesList(deps)).map((s) => seriesItem(s, deps.config.publicUrl));
      return c.json({ items, total: items.length }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: 'get',
      path: '/indicators/{id}/values',
      summary: 'The values of one series, by country, sex and year (JSON or CSV)',
      tags: ['Indicators'],
      request: {
        params: z.object({ id: z.string().openapi({ example: 'unpaid-care-and-domestic-work' }) }),
        query: z.object({
          country: z
            .string()
            .optional()
            .openapi({ description: 'ISO alpha-2 or UN M49 code', example: 'MX' }),
          sex: z.string().optional().openapi({ description: 'F, M or _T', example: 'F' }),
          year: z.string().optional().openapi({ example: '2014' }),
          format: z.enum(['json', 'csv']).optional().openapi({ description: 'json (default) or csv' }),
        }),
      },
      responses: {
        200: {
          description: 'The series and its values (X-Total-Count with CSV)',
          content: {
            'application/json': {
              schema: z
                .object({ series: ZSeries, items: z.array(ZValue), total: z.number().int() })
                .openapi('IndicatorValues'),
            },
            'text/csv': { schema: z.string() },
          },
        },
        400: {
          description: 'The year is not a four-digit year',
          content: {
            'application/json': {
              schema: z.object({ code: z.string(), message: z.string(), requestId: z.string() }),
            },
          },
        },
        404: {
          description: 'No series has this id',
          content: {
            'application/json': {
              schema: z.object({ code: z.string(), message: z.string(), requestId: z.string() }),
            },
          },
        },
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const year = query.year && /^\d{4}$/.test(query.year) ? Number(query.year) : undefined;
      if (query.year && year === undefined) throw new AppError('bad_request');
      const { series, values } = await readSeriesValues(deps, c.req.valid('param').id, {
        country: query.country,
        sex: query.sex,
        year,
      });
      if (query.format === 'csv') {
        return c.body(valuesCsv(series, values), 200, {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': attachmentHeader(`${series.id}.csv`, { fallback: 'indicator' }),
          'X-Total-Count': String(values.length),
        });
      }
      return c.json(
        {
          series: seriesItem(series, deps.config.publicUrl),
          items: values.map(valueItem),
          total: values.length,
        },
        200,
      );
    },
  );
}
