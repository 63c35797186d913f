import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TActor } from '../../core/actor.ts';
import { audit } from '../../core/audit.ts';
import type { TDeps } from '../../deps.ts';
import { newId } from '../../platform/ids.ts';
import {
  readIndicatorFile,
  type TIndicatorFile,
  type TLineProblem,
  type TParsedValue,
} from './indicator-file.ts';
import { authorize } from './observatory.policy.ts';
import type { TValueRow } from './observatory.record.ts';
import {
  countSeries,
  deleteValues,
  findSeriesByCode,
  insertHistory,
  insertImport,
  insertValues,
  listSeriesValues,
  saveSeries,
  type THistoryEntry,
  updateValue,
} from './observatory.repository.ts';
import { forgetObservatoryCache } from './observatory-cache.ts';

/**
 * Loading indicator files. Every file is read and checked before anything is written; a file with
 * a fault, or with bad lines unless the caller skips them, refuses the whole batch. Loading compares
 * each value with the one stored: new ones are added, changed ones keep their former value in the
 * history, values a new release no longer carries are withdrawn (and kept in the history too). A
 * file identical to the one last loaded changes nothing.
 */
export type TChangeExample = {
  areaName: string;
  year: number;
  sex: string;
  age: string;
  location: string;
  before: string;
  after: string;
};

export type TImportReport = {
  fileName: string;
  seriesId: string | null;
  title: string;
  outcome: 'loaded' | 'unchanged' | 'refused' | 'notLoaded';
  fault: string | null;
  faultDetail: string;
  problems: TLineProblem[];
  added: number;
  changed: number;
  withdrawn: number;
  unchanged: number;
  skipped: number;
  examples: TChangeExample[];
};

export type TImportOptions = { isSkippingInvalid: boolean; requestId?: string | null };

const shippedDirectory = join(import.meta.dirname, 'data');

function blankReport(file: TIndicatorFile): TImportReport {
  return {
    fileName: file.fileName,
    seriesId: file.isReadable ? file.series.id : null,
    title: file.isReadable ? file.series.title : '',
    outcome: 'notLoaded',
    fault: file.isReadable ? null : file.fault,
    faultDetail: file.isReadable ? '' : file.detail,
    problems: file.isReadable ? file.problems : [],
    added: 0,
    changed: 0,
    withdrawn: 0,
    unchanged: 0,
    skipped: 0,
    examples: [],
  };
}

function shown(v: { value: number | null; valueLabel: string | null }): string {
  return v.value !== null ? String(v.value) : (v.valueLabel ?? '');
}

const isValueDifferent = (row: TValueRow, v: TParsedValue) =>
  row.value !== v.value ||
  row.value_code !== v.valueCode ||
  row.value_label !== v.valueLabel ||
  row.source !== v.source ||
  row.footnote !== v.footnote ||
  row.nature !== v.nature;

const isMetaDifferent = (row: TValueRow, v: TParsedValue) =>
  row.area_name !== v.areaName ||
  row.country !== v.country ||
  row.time_detail !== v.timeDetail ||
  row.age_label !== v.ageLabel ||
  row.unit_code !== v.unitCode ||
  row.nature_label !== v.natureLabel ||
  row.release !== v.release ||
  row.is_latest !== (v.isLatest ? 1 : 0);

/** The secretariat's upload: the same as the command line, after the permission check. */
export async function uploadIndicatorFile(
  deps: TDeps,
  actor: TActor,
  file: { name: string; bytes: Uint8Array },
  options: TImportOptions,
): Promise<TImportReport> {
  authorize(actor, 'importIndicators');
  const [report] = await importIndicatorFiles(deps, [readIndicatorFile(file.bytes, file.name)], {
    ...options,
    actorId: actor.userId,
  });
  return report as TImportReport;
}

export async function importIndicatorFiles(
  deps: TDeps,
  files: readonly TIndicatorFile[],
  options: TImportOptions & { actorId: string | null },
): Promise<TImportReport[]> {
  const reports = files.map(blankReport);
  const isRefused = files.some(
    (f) => !f.isReadable || (f.problems.length > 0 && !options.isSkippingInvalid) || f.values.length === 0,
  );
  if (isRefused) {
    for (const [i, f] of files.entries()) {
      const report = reports[i] as TImportReport;
      if (!f.isReadable || f.problems.length > 0 || f.values.length === 0) report.outcome = 'refused';
    }
    return reports;
  }
  const at = deps.clock.now().toISOString();
  const seen = new Set<string>();
  await deps.db.transaction().execute(async (trx) => {
    for (const [i, file] of files.entries()) {
      if (!file.isReadable) continue;
      const report = reports[i] as TImportReport;
      report.skipped = file.problems.length;
      const { series, values } = file;
      if (seen.has(series.seriesCode)) {
        report.outcome = 'refused';
        report.fault = 'repeatedSeries';
        continue;
      }
      seen.add(series.seriesCode);
      const stored = await findSeriesByCode(trx, series.seriesCode);
      if (stored && stored.checksum === file.checksum && file.problems.length === 0) {
        report.outcome = 'unchanged';
        report.unchanged = values.length;
        continue;
      }
      const existing = new Map(
        stored ? (await listSeriesValues(trx, stored.id)).map((r) => [r.dims_key, r]) : [],
      );
      const fresh: TParsedValue[] = [];
      const history: THistoryEntry[] = [];
      let isMetaChanged = false;
      for (const v of values) {
        const row = existing.get(v.dimsKey);
        if (!row) {
          fresh.push(v);
          continue;
        }
        existing.delete(v.dimsKey);
        if (isValueDifferent(row, v)) {
          history.push({ row, change: 'changed' });
          if (report.examples.length < 8)
            report.examples.push({
              areaName: v.areaName,
              year: v.year,
              sex: v.sex,
              age: v.age,
              location: v.location,
              before: shown({ value: row.value, valueLabel: row.value_label }),
              after: shown(v),
            });
          await updateValue(trx, row.id, series.id, v, at);
        } else if (isMetaDifferent(row, v)) {
          isMetaChanged = true;
          await updateValue(trx, row.id, series.id, v, at);
        } else report.unchanged++;
      }
      const withdrawn = [...existing.values()].filter((r) => !file.refusedKeys.has(r.dims_key));
      report.added = fresh.length;
      report.changed = history.length;
      report.withdrawn = withdrawn.length;
      const countries = new Set(values.map((v) => v.country).filter((c) => c !== null));
      const years = values.map((v) => v.year);
      await saveSeries(trx, series, {
        fileName: file.fileName,
        checksum: file.checksum,
        valueCount: values.length + (existing.size - withdrawn.length),
        countryCount: countries.size,
        firstYear: years.length > 0 ? Math.min(...years) : null,
        lastYear: years.length > 0 ? Math.max(...years) : null,
        at,
      });
      report.outcome = 'loaded';
      if (fresh.length + history.length + withdrawn.length === 0 && !isMetaChanged && stored) {
        report.outcome = 'unchanged';
        continue;
      }
      await insertValues(trx, series.id, fresh, at);
      const importId = newId(Date.parse(at));
      await insertImport(trx, {
        id: importId,
        seriesId: series.id,
        fileName: file.fileName,
        checksum: file.checksum,
        release: series.release,
        added: report.added,
        changed: report.changed,
        withdrawn: report.withdrawn,
        unchanged: report.unchanged,
        skipped: report.skipped,
        actorId: options.actorId,
        at,
      });
      await insertHistory(
        trx,
        importId,
        [...history, ...withdrawn.map((row) => ({ row, change: 'withdrawn' as const }))],
        at,
      );
      await deleteValues(
        trx,
        withdrawn.map((r) => r.id),
      );
      await audit(
        trx,
        { actorId: options.actorId, requestId: options.requestId ?? null, at },
        'observatory.indicators_imported',
        { type: 'indicator_series', id: series.id },
        {
          file: file.fileName,
          release: series.release,
          added: report.added,
          changed: report.changed,
          withdrawn: report.withdrawn,
          skipped: report.skipped,
        },
      );
    }
  });
  forgetObservatoryCache();
  return reports;
}

/** The files that ship with the hub (a copy of the UN Statistics Division's, gzipped). */
export function shippedIndicatorFiles(): string[] {
  return readdirSync(shippedDirectory)
    .filter((name) => /\.tsv(\.gz)?$/.test(name))
    .sort()
    .map((name) => join(shippedDirectory, name));
}

export function readIndicatorPath(path: string): TIndicatorFile {
  const name = path.split(/[\\/]/).pop() ?? path;
  return readIndicatorFile(readFileSync(path), name);
}

/** On first start (and in the demo): loads the shipped series when none is loaded yet. */
export async function loadShippedIndicatorsIfEmpty(deps: TDeps): Promise<number> {
  if ((await countSeries(deps.db)) > 0) return 0;
  let reports: Awaited<ReturnType<typeof importIndicatorFiles>>;
  try {
    reports = await importIndicatorFiles(deps, shippedIndicatorFiles().map(readIndicatorPath), {
      isSkippingInvalid: false,
      actorId: null,
    });
  } catch (error) {
    // Another node sharing the database, started at the same moment, loaded them first: ours
    // collided on a unique key, and there is nothing left to do.
    if ((await countSeries(deps.db)) > 0) return 0;
    throw error;
  }
  const loaded = reports.filter((r) => r.outcome === 'loaded').length;
  if (loaded > 0) deps.logger.info({ series: loaded }, 'care indicators loaded');
  return loaded;
}
