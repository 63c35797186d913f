import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, IndicatorSeriesTable } from '../../platform/db/schema.ts';
import { newId } from '../../platform/ids.ts';
import type { TParsedSeries, TParsedValue } from './indicator-file.ts';
import type { TValueRow } from './observatory.record.ts';

/** The observatory's SQL: series, their values, history and imports. */
type TExecutor = Kysely<Database> | Transaction<Database>;

export type TSeriesRow = Selectable<IndicatorSeriesTable>;

const batchSize = 400;

/** Writes many rows (or ids) as statements of at most `batchSize` each, in order. */
async function inBatches<T>(items: readonly T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += batchSize) await write(items.slice(i, i + batchSize));
}

export async function findSeriesByCode(db: TExecutor, seriesCode: string): Promise<TSeriesRow | undefined> {
  return db
    .selectFrom('indicator_series')
    .selectAll()
    .where('series_code', '=', seriesCode)
    .executeTakeFirst();
}

export async function findSeries(db: TExecutor, id: string): Promise<TSeriesRow | undefined> {
  return db.selectFrom('indicator_series').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listSeries(db: TExecutor): Promise<TSeriesRow[]> {
  return db.selectFrom('indicator_series').selectAll().orderBy('sort_order').orderBy('id').execute();
}

export async function countSeries(db: TExecutor): Promise<number> {
  const row = await db
    .selectFrom('indicator_series')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function saveSeries(
  db: TExecutor,
  series: TParsedSeries,
  facts: {
    fileName: string;
    checksum: string;
    valueCount: number;
    countryCount: number;
    firstYear: number | null;
    lastYear: number | null;
    at: string;
  },
): Promise<void> {
  const values = {
    series_code: series.seriesCode,
    indicator_code: series.indicatorCode,
    indicator_label: series.indicatorLabel,
    indicator_title: series.indicatorTitle,
    title: series.title,
    unit_code: series.unitCode,
    unit_label: series.unitLabel,
    sdg_series_code: series.sdgSeriesCode,
    kind: series.kind,
    release: series.release,
    sort_order: series.sortOrder,
    file_name: facts.fileName,
    checksum: facts.checksum,
    value_count: facts.valueCount,
    country_count: facts.countryCount,
    first_year: facts.firstYear,
    last_year: facts.lastYear,
    updated_at: facts.at,
  };
  await db
    .insertInto('indicator_series')
    .values({ id: series.id, ...values, created_at: facts.at })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
}

/** Every current value of a series, for comparing with a new file. */
export async function listSeriesValues(db: TExecutor, seriesId: string): Promise<TValueRow[]> {
  return db.selectFrom('indicator_values').selectAll().where('series_id', '=', seriesId).execute();
}

function valueRow(seriesId: string, v: TParsedValue, at: string) {
  return {
    series_id: seriesId,
    dims_key: v.dimsKey,
    area_code: v.areaCode,
    country: v.country,
    area_name: v.areaName,
    year: v.year,
    time_detail: v.timeDetail,
    sex: v.sex,
    age: v.age,
    age_label: v.ageLabel,
    location: v.location,
    value: v.value,
    value_code: v.valueCode,
    value_label: v.valueLabel,
    unit_code: v.unitCode,
    nature: v.nature,
    nature_label: v.natureLabel,
    source: v.source,
    footnote: v.footnote,
    release: v.release,
    is_latest: v.isLatest ? 1 : 0,
    updated_at: at,
  };
}

export async function insertValues(
  db: TExecutor,
  seriesId: string,
  values: readonly TParsedValue[],
  at: string,
): Promise<void> {
  const now = Date.parse(at);
  await inBatches(values, (batch) =>
    db
      .insertInto('indicator_values')
      .values(batch.map((v) => ({ id: newId(now), ...valueRow(seriesId, v, at) })))
      .execute(),
  );
}

export async function updateValue(db: TExecutor, id: string, seriesId: string, v: TParsedValue, at: string) {
  await db
    .updateTable('indicator_values')
    .set(valueRow(seriesId, v, at))
    .where('id', '=', id)
    .execute();
}

export async function deleteValues(db: TExecutor, ids: readonly string[]): Promise<void> {
  await inBatches(ids, (batch) => db.deleteFrom('indicator_values').where('id', 'in', batch).execute());
}

export type THistoryEntry = { row: TValueRow; change: 'changed' | 'withdrawn' };

export async function insertHistory(
  db: TExecutor,
  importId: string,
  entries: readonly THistoryEntry[],
  at: string,
): Promise<void> {
  const now = Date.parse(at);
  await inBatches(entries, (batch) => {
    const rows = batch.map(({ row, change }) => ({
      id: newId(now),
      series_id: row.series_id,
      import_id: importId,
      dims_key: row.dims_key,
      country: row.country,
      year: row.year,
      change,
      value: row.value,
      value_label: row.value_label,
      source: row.source,
      footnote: row.footnote,
      release: row.release,
      replaced_at: at,
    }));
    return db.insertInto('indicator_value_history').values(rows).execute();
  });
}

export async function insertImport(
  db: TExecutor,
  entry: {
    id: string;
    seriesId: string;
    fileName: string;
    checksum: string;
    release: string;
    added: number;
    changed: number;
    withdrawn: number;
    unchanged: number;
    skipped: number;
    actorId: string | null;
    at: string;
  },
): Promise<void> {
  await db
    .insertInto('indicator_imports')
    .values({
      id: entry.id,
      series_id: entry.seriesId,
      file_name: entry.fileName,
      checksum: entry.checksum,
      release: entry.release,
      added: entry.added,
      changed: entry.changed,
      withdrawn: entry.withdrawn,
      unchanged: entry.unchanged,
      skipped: entry.skipped,
      actor_id: entry.actorId,
      imported_at: entry.at,
    })
    .execute();
}

export async function listImports(db: TExecutor, limit: number) {
  return db
    .selectFrom('indicator_imports')
    .leftJoin('users', 'users.id', 'indicator_imports.actor_id')
    .selectAll('indicator_imports')
    .select('users.name as actor_name')
    .orderBy('indicator_imports.imported_at', 'desc')
    .orderBy('indicator_imports.id', 'desc')
    .limit(limit)
    .execute();
}

export type TValueFilter = {
  seriesId: string;
  country?: string;
  areaCode?: string;
  sex?: string;
  year?: number;
  /** Only countries (not regions and groups). */
  isCountriesOnly?: boolean;
};

export async function listValues(db: TExecutor, filter: TValueFilter): Promise<TValueRow[]> {
  let query = db.selectFrom('indicator_values').selectAll().where('series_id', '=', filter.seriesId);
  if (filter.country) query = query.where('country', '=', filter.country);
  if (filter.areaCode) query = query.where('area_code', '=', filter.areaCode);
  if (filter.sex !== undefined) query = query.where('sex', '=', filter.sex);
  if (filter.year !== undefined) query = query.where('year', '=', filter.year);
  if (filter.isCountriesOnly) query = query.where('country', 'is not', null);
  return query
    .orderBy('area_code')
    .orderBy('year')
    .orderBy('sex')
    .orderBy('age')
    .orderBy('location')
    .execute();
}

/** Every value of one country (or area) across series. */
export async function listAreaValues(db: TExecutor, areaCode: string): Promise<TValueRow[]> {
  return db
    .selectFrom('indicator_values')
    .selectAll()
    .where('area_code', '=', areaCode)
    .orderBy('series_id')
    .orderBy('year')
    .execute();
}

/** How many values each country has, for the countries index. */
export async function countValuesByCountry(db: TExecutor): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('indicator_values')
    .select(['country', (eb) => eb.fn.countAll<number>().as('n')])
    .where('country', 'is not', null)
    .groupBy('country')
    .execute();
  return new Map(rows.map((r) => [r.country as string, Number(r.n)]));
}

export async function listValueHistory(db: TExecutor, seriesId: string, country: string) {
  return db
    .selectFrom('indicator_value_history')
    .selectAll()
    .where('series_id', '=', seriesId)
    .where('country', '=', country)
    .orderBy('replaced_at', 'desc')
    .execute();
}
