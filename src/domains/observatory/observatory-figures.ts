import type { TValueRow } from './observatory.record.ts';

/**
 * From a country's many values of one series (by age, location, year) to the figures people read:
 * the headline breakdown (people aged 15 and over, or the widest age group the survey has, in all
 * areas), women and men side by side for the latest year that has both, the gap, and the trend.
 */
const agePreference = ['Y_GE15', 'Y_GE10', 'Y_GE12', 'Y_GE16', 'Y15T64', 'Y20T74', '_T', ''];

function ageRank(age: string): number {
  const i = agePreference.indexOf(age);
  return i === -1 ? agePreference.length : i;
}

/** The rows of the headline breakdown: all areas (or no location), the preferred age group. */
export function headlineRows(rows: readonly TValueRow[]): TValueRow[] {
  const national = rows.filter((r) => r.location === '_T' || r.location === '');
  const pool = national.length > 0 ? national : [...rows];
  if (pool.length === 0) return [];
  const best = Math.min(...pool.map((r) => ageRank(r.age)));
  const ages = new Set(pool.filter((r) => ageRank(r.age) === best).map((r) => r.age));
  // Several unknown age groups rank alike: keep the most frequent one so the trend compares like with like.
  const age = [...ages].sort(
    (a, b) =>
      pool.filter((r) => r.age === b).length - pool.filter((r) => r.age === a).length || a.localeCompare(b),
  )[0];
  return pool.filter((r) => r.age === age);
}

export type TFigure = {
  year: number;
  women: TValueRow | null;
  men: TValueRow | null;
  total: TValueRow | null;
  /** Women minus men, when both have a number. */
  gap: number | null;
  /** The value to show when the series is not by sex (or for categories). */
  main: TValueRow | null;
};

function figureOf(year: number, rows: readonly TValueRow[]): TFigure {
  const of = (sex: string) => rows.find((r) => r.year === year && r.sex === sex) ?? null;
  const women = of('F');
  const men = of('M');
  const total = of('_T') ?? of('');
  const gap = women?.value != null && men?.value != null ? women.value - men.value : null;
  return { year, women, men, total, gap, main: total ?? women ?? men };
}

/** One figure per year of the headline breakdown, oldest first. */
export function trendOf(rows: readonly TValueRow[]): TFigure[] {
  const headline = headlineRows(rows);
  const years = [...new Set(headline.map((r) => r.year))].sort((a, b) => a - b);
  return years.map((year) => figureOf(year, headline));
}

/** The latest year that has women and men (else the latest year at all). */
export function latestFigure(rows: readonly TValueRow[]): TFigure | null {
  const trend = trendOf(rows);
  for (let i = trend.length - 1; i >= 0; i--) {
    const f = trend[i] as TFigure;
    if (f.women && f.men) return f;
  }
  return trend.at(-1) ?? null;
}

/** The number a map or a ranking uses for a figure: the gap, women, men, or the main value. */
export type TMeasure = 'women' | 'men' | 'gap' | 'value';

export function measureOf(figure: TFigure, measure: TMeasure): number | null {
  switch (measure) {
    case 'women':
      return figure.women?.value ?? null;
    case 'men':
      return figure.men?.value ?? null;
    case 'gap':
      return figure.gap;
    default:
      return figure.main?.value ?? (figure.main?.value_code ? Number(figure.main.value_code) : null);
  }
}

/** Five colour steps cut at the quintiles of the values, lowest first. */
export function quantileBreaks(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  return [1, 2, 3, 4].map(
    (q) => sorted[Math.min(sorted.length - 1, Math.floor((q * sorted.length) / 5))] as number,
  );
}

export function stepOf(value: number, breaks: readonly number[]): number {
  let step = 1;
  for (const b of breaks) if (value >= b) step++;
  return Math.min(step, 5);
}
