import { sql } from 'kysely';
import type { TDb } from '../../platform/db/database.ts';
import type { TStalenessCutoffs } from './commitment-staleness.ts';
import type { TCount, TDashboardFigures } from './commitments.record.ts';

/**
 * The dashboard's and the accountability report's figures, counted by the database: a handful of
 * GROUP BY queries over published commitments (optionally of one cycle), each reading an index.
 * JavaScript only folds the grouped rows into maps.
 */

function add(map: TCount, key: string, n: number): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

/** Neither finally reported nor past its end: its light depends on when it last spoke. */
function isOpen(cutoffs: TStalenessCutoffs) {
  return sql<boolean>`(commitments.final_report_at is null and (commitments.end_date is null or commitments.end_date >= ${cutoffs.today}))`;
}

const silentSince = sql<string>`coalesce(commitments.last_report_at, commitments.published_at)`;

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

  // Kept up to date on write (countDimensions, countReports): a few rows per dimension and value,
  // whatever the number of commitments and reports.
  let dimensionQuery = db
    .selectFrom('commitment_dimension_counts')
    .select([
      'dimension',
      'value',
      (eb) => eb.fn.sum<number>('n').as('n'),
      (eb) => eb.fn.sum<number>('percent_sum').as('percent_sum'),
      (eb) => eb.fn.sum<number>('percent_count').as('percent_count'),
    ])
    .where('n', '>', 0);
  if (cycleId) dimensionQuery = dimensionQuery.where('cycle_id', '=', cycleId);
  const groupedQuery = dimensionQuery.groupBy(['dimension', 'value']).execute();

  // The light changes with the date, so it is counted here: one pass over an index, no sorting. The
  // same rule as lightSql(); red is what is left.
  const lightsQuery = published()
    .select([
      sql<number>`count(*)`.as('n'),
      sql<number>`sum(case when commitments.final_report_at is not null then 1
        when ${isOpen(cutoffs)} and commitments.last_report_at >= ${cutoffs.amberBefore} then 1
        else 0 end)`.as('green'),
      sql<number>`sum(case when ${isOpen(cutoffs)} and ${silentSince} < ${cutoffs.amberBefore}
        and ${silentSince} >= ${cutoffs.redBefore} then 1 else 0 end)`.as('amber'),
      sql<number>`sum(case when ${isOpen(cutoffs)} and (${silentSince} is null
        or (commitments.last_report_at is null and commitments.published_at >= ${cutoffs.amberBefore}))
        then 1 else 0 end)`.as('fresh'),
    ])
    .executeTakeFirst();

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
        .selectFrom('commitment_dimension_counts')
        .select(sql<number>`sum(commitment_dimension_counts.n)`.as('n'))
        .where('commitment_dimension_counts.dimension', '=', 'round')
        .whereRef('commitment_dimension_counts.value', '=', 'reporting_rounds.id')
        .as('reported'),
    ]);
  if (cycleId) roundQuery = roundQuery.where('reporting_rounds.cycle_id', '=', cycleId);
  const roundsQuery = roundQuery.orderBy('reporting_rounds.deadline').execute();

  // On PostgreSQL the pool runs these side by side; SQLite answers them one after the other.
  const [grouped, lights, facets, financing, rounds] = await Promise.all([
    groupedQuery,
    lightsQuery,
    facetsQuery,
    financingQuery,
    roundsQuery,
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
  const years = new Map<string, { year: string; published: number; reports: number }>();
  const yearOf = (year: string) => {
    const entry = years.get(year) ?? { year, published: 0, reports: 0 };
    years.set(year, entry);
    return entry;
  };
  const maps: Record<string, TCount> = {
    kind: figures.byKind,
    stage: figures.byStage,
    level: figures.byLevel,
    progress: figures.byProgress,
    type: figures.byType,
  };
  const noneOf: Record<string, string> = { progress: 'not_reported' };
  for (const row of grouped) {
    const n = Number(row.n);
    if (row.dimension === 'published_year') {
      if (row.value) yearOf(row.value).published += n;
    } else if (row.dimension === 'report_year') {
      if (row.value) yearOf(row.value).reports += n;
    } else if (maps[row.dimension]) {
      add(maps[row.dimension] as TCount, row.value || (noneOf[row.dimension] ?? 'none'), n);
      if (row.dimension === 'kind') figures.total += n;
      if (row.dimension === 'progress') {
        percentSum += Number(row.percent_sum ?? 0);
        percentCount += Number(row.percent_count ?? 0);
      }
    }
  }
  figures.trend = [...years.values()].sort((a, b) => a.year.localeCompare(b.year));
  const lightCounts = {
    green: Number(lights?.green ?? 0),
    amber: Number(lights?.amber ?? 0),
    new: Number(lights?.fresh ?? 0),
  };
  const red = Number(lights?.n ?? 0) - lightCounts.green - lightCounts.amber - lightCounts.new;
  for (const [light, n] of [...Object.entries(lightCounts), ['red', red] as const]) {
    if (n > 0) figures.byLight.set(light, n);
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
  return figures;
}
