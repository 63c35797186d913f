import { sql } from 'kysely';
import type { TDb } from '../../platform/db/database.ts';
import type { TStalenessCutoffs } from './commitment-staleness.ts';
import { lightSql } from './commitments.repository.ts';

/**
 * The dashboard's and the accountability report's figures, counted by the database: a handful of
 * GROUP BY queries over published commitments (optionally of one cycle), each reading an index.
 * JavaScript only folds the grouped rows into maps.
 */
export type TCount = Map<string, number>;

export type TDashboardFigures = {
  total: number;
  averagePercent: number | null;
  byKind: TCount;
  byStage: TCount;
  byLevel: TCount;
  byProgress: TCount;
  byLight: TCount;
  byType: TCount;
  byFiveR: TCount;
  bySdg: TCount;
  byCountry: TCount;
  byTheme: TCount;
  financing: { currency: string; total: number; count: number }[];
  rounds: { id: string; title: string; deadline: string; expected: number; reported: number }[];
  trend: { year: string; published: number; reports: number }[];
};

function add(map: TCount, key: string, n: number): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

export async function readDashboardFigures(
  db: TDb,
  cycleId: string | null,
  cutoffs: TStalenessCutoffs,
): Promise<TDashboardFigures> {
  const published = () => {
    let query = db.selectFrom('commitments').where('commitments.status', '=', 'published');
    if (cycleId) query = query.where('commitments.cycle_id', '=', cycleId);
    return query;
  };

  // One pass over the published commitments, grouped by every single-valued dimension at once.
  const light = lightSql(cutoffs);
  const groupedQuery = published()
    .select([
      'kind',
      'stage',
      'level',
      'progress_status as progress',
      'stakeholder_type as type',
      light.as('light'),
      (eb) => eb.fn.countAll<number>().as('n'),
      (eb) => eb.fn.sum<number>('progress_percent').as('percent_sum'),
      (eb) => eb.fn.count<number>('progress_percent').as('percent_count'),
    ])
    // By position: PostgreSQL does not see two parameterised CASE expressions as the same one.
    .groupBy(sql`1, 2, 3, 4, 5, 6`)
    .execute();

  // Kept up to date on write (replaceFacets): a few hundred rows, whatever the number of commitments.
  let facetQuery = db
    .selectFrom('commitment_facet_counts')
    .select(['facet', 'value', (eb) => eb.fn.sum<number>('n').as('n')])
    .where('n', '>', 0);
  if (cycleId) facetQuery = facetQuery.where('cycle_id', '=', cycleId);
  const facetsQuery = facetQuery.groupBy(['facet', 'value']).execute();

  const financingQuery = published()
    .select([
      'currency',
      (eb) => eb.fn.sum<number>('amount').as('total'),
      (eb) => eb.fn.countAll<number>().as('n'),
    ])
    .where('amount', 'is not', null)
    .where('currency', 'is not', null)
    .groupBy('currency')
    .orderBy('currency')
    .execute();

  let roundQuery = db
    .selectFrom('reporting_rounds')
    .select((eb) => [
      'reporting_rounds.id',
      'reporting_rounds.title',
      'reporting_rounds.deadline',
      eb
        .selectFrom('commitments')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('commitments.cycle_id', '=', 'reporting_rounds.cycle_id')
        .where('commitments.status', '=', 'published')
        .where('commitments.published_at', '<=', sql<string>`reporting_rounds.deadline || 'T23:59:59.999Z'`)
        .as('expected'),
      eb
        .selectFrom('commitment_reports')
        .select(sql<number>`count(distinct commitment_reports.commitment_id)`.as('n'))
        .whereRef('commitment_reports.round_id', '=', 'reporting_rounds.id')
        .where('commitment_reports.is_published', '=', 1)
        .as('reported'),
    ]);
  if (cycleId) roundQuery = roundQuery.where('reporting_rounds.cycle_id', '=', cycleId);
  const roundsQuery = roundQuery.orderBy('reporting_rounds.deadline').execute();

  const publishedYear = sql<string>`substr(commitments.published_at, 1, 4)`;
  const publishedByYearQuery = published()
    .select([publishedYear.as('year'), (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(publishedYear)
    .execute();
  // Reports of published commitments only (a withdrawn commitment's reports leave with it).
  const reportYear = sql<string>`substr(commitment_reports.reported_at, 1, 4)`;
  let reportsQuery = db
    .selectFrom('commitment_reports')
    .select([reportYear.as('year'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('commitment_reports.is_published', '=', 1);
  if (cycleId) reportsQuery = reportsQuery.where('commitment_reports.cycle_id', '=', cycleId);
  // On PostgreSQL the pool runs these side by side; SQLite answers them one after the other.
  const [grouped, facets, financing, rounds, publishedByYear, reportsByYear] = await Promise.all([
    groupedQuery,
    facetsQuery,
    financingQuery,
    roundsQuery,
    publishedByYearQuery,
    reportsQuery.groupBy(reportYear).execute(),
  ]);

  const figures: TDashboardFigures = {
    total: 0,
    averagePercent: null,
    byKind: new Map(),
    byStage: new Map(),
    byLevel: new Map(),
    byProgress: new Map(),
    byLight: new Map(),
    byType: new Map(),
    byFiveR: new Map(),
    bySdg: new Map(),
    byCountry: new Map(),
    byTheme: new Map(),
    financing: financing.map((f) => ({
      currency: f.currency ?? '',
      total: Number(f.total),
      count: Number(f.n),
    })),
    rounds: rounds.map((r) => ({
      id: r.id,
      title: r.title,
      deadline: r.deadline,
      expected: Number(r.expected ?? 0),
      reported: Number(r.reported ?? 0),
    })),
    trend: [],
  };
  let percentSum = 0;
  let percentCount = 0;
  for (const row of grouped) {
    const n = Number(row.n);
    figures.total += n;
    add(figures.byKind, row.kind ?? 'none', n);
    add(figures.byStage, row.stage ?? 'none', n);
    add(figures.byLevel, row.level ?? 'none', n);
    add(figures.byProgress, row.progress ?? 'not_reported', n);
    add(figures.byType, row.type, n);
    add(figures.byLight, row.light, n);
    percentSum += Number(row.percent_sum ?? 0);
    percentCount += Number(row.percent_count ?? 0);
  }
  figures.averagePercent = percentCount > 0 ? Math.round(percentSum / percentCount) : null;
  const facetMaps: Record<string, TCount> = {
    five_r: figures.byFiveR,
    sdg: figures.bySdg,
    country: figures.byCountry,
    theme: figures.byTheme,
  };
  for (const row of facets) {
    const map = facetMaps[row.facet];
    if (map) add(map, row.value, Number(row.n));
  }
  const years = new Map<string, { year: string; published: number; reports: number }>();
  const yearOf = (year: string) => {
    const entry = years.get(year) ?? { year, published: 0, reports: 0 };
    years.set(year, entry);
    return entry;
  };
  for (const row of publishedByYear) if (row.year) yearOf(row.year).published += Number(row.n);
  for (const row of reportsByYear) if (row.year) yearOf(row.year).reports += Number(row.n);
  figures.trend = [...years.values()].sort((a, b) => a.year.localeCompare(b.year));
  return figures;
}
