import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { catalogueEntryOfSeries, seriesIdOf } from './indicator-catalogue.ts';
import { alpha2ByM49, normalizeM49, regionCodes } from './m49.ts';

/**
 * Reads one indicator file as the UN Statistics Division publishes it (tab-separated, SDMX-style
 * column names, optionally gzipped). The header decides which columns exist; nothing is assumed
 * beyond the few a value cannot do without. Whole-file faults (too big, not tab-separated, missing
 * columns, empty) refuse the file; a bad line is reported with its number and reason, and the
 * caller decides whether to refuse the file or skip such lines.
 */
export const maxIndicatorFileBytes = 20 * 1024 * 1024;

export type TFileFault = 'tooLarge' | 'notText' | 'empty' | 'wrongDelimiter' | 'missingColumns' | 'noRows';

export type TLineProblem = {
  line: number;
  reason:
    | 'columnCount'
    | 'unknownArea'
    | 'badYear'
    | 'notNumber'
    | 'missingValue'
    | 'otherSeries'
    | 'duplicateRow';
  /** The offending text or the earlier line, for the message. */
  detail: string;
};

export type TParsedValue = {
  line: number;
  dimsKey: string;
  areaCode: string;
  country: string | null;
  areaName: string;
  year: number;
  timeDetail: string;
  sex: string;
  age: string;
  ageLabel: string;
  location: string;
  value: number | null;
  valueCode: string | null;
  valueLabel: string | null;
  unitCode: string;
  nature: string;
  natureLabel: string;
  source: string;
  footnote: string;
  release: string;
  isLatest: boolean;
};

export type TParsedSeries = {
  id: string;
  seriesCode: string;
  indicatorCode: string;
  indicatorLabel: string;
  indicatorTitle: string;
  title: string;
  unitCode: string;
  unitLabel: string;
  sdgSeriesCode: string | null;
  kind: 'number' | 'category';
  release: string;
  sortOrder: number;
};

export type TIndicatorFile =
  | { isReadable: false; fileName: string; fault: TFileFault; detail: string }
  | {
      isReadable: true;
      fileName: string;
      checksum: string;
      series: TParsedSeries;
      values: TParsedValue[];
      problems: TLineProblem[];
      /** Keys of lines that were refused but name a value (so it is not taken as withdrawn). */
      refusedKeys: Set<string>;
    };

const requiredColumns = ['MINSET_SERIES', 'REF_AREA', 'TIME_PERIOD'] as const;

/** Splits tab-separated text into records, honouring double quotes (a quoted cell may hold tabs and line breaks). */
export function splitRecords(text: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let isQuoted = false;
  let isCellStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (isQuoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else isQuoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && isCellStart) {
      isQuoted = true;
      isCellStart = false;
    } else if (ch === '\t') {
      cells.push(cell);
      cell = '';
      isCellStart = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      if (!(cells.length === 1 && cells[0] === '')) records.push({ line: recordLine, cells });
      cells = [];
      cell = '';
      line++;
      recordLine = line;
      isCellStart = true;
    } else {
      cell += ch;
      isCellStart = false;
    }
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    records.push({ line: recordLine, cells });
  }
  return records;
}

function decode(bytes: Uint8Array): string | null {
  let raw = bytes;
  if (raw[0] === 0x1f && raw[1] === 0x8b) {
    try {
      raw = gunzipSync(raw, { maxOutputLength: maxIndicatorFileBytes + 1 });
    } catch {
      return null;
    }
    if (raw.byteLength > maxIndicatorFileBytes) return null;
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
  } catch {
    return null;
  }
}

const numberPattern = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

export function readIndicatorFile(bytes: Uint8Array, fileName: string): TIndicatorFile {
  const refuse = (fault: TFileFault, detail = ''): TIndicatorFile => ({
    isReadable: false,
    fileName,
    fault,
    detail,
  });
  if (bytes.byteLength > maxIndicatorFileBytes) return refuse('tooLarge', String(bytes.byteLength));
  const text = decode(bytes);
  if (text === null) return refuse('notText');
  if (text.trim() === '') return refuse('empty');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  if (!firstLine.includes('\t')) {
    const guess = [',', ';', '|'].find((d) => firstLine.includes(d)) ?? '';
    return refuse('wrongDelimiter', guess);
  }
  const records = splitRecords(text);
  const header = (records.shift()?.cells ?? []).map((h) => h.trim());
  const missing = requiredColumns.filter((c) => !header.includes(c));
  const hasValue = header.includes('OBS_VALUE') || header.includes('VALUE_CATEGORY');
  if (!hasValue) missing.push('OBS_VALUE' as never);
  if (missing.length > 0) return refuse('missingColumns', missing.join(', '));
  if (records.length === 0) return refuse('noRows');

  const index = new Map(header.map((name, i) => [name, i]));
  const has = (name: string) => index.has(name);
  const kind: 'number' | 'category' = has('OBS_VALUE') ? 'number' : 'category';
  const first = records[0]?.cells ?? [];
  const at = (cells: string[], name: string): string => {
    const i = index.get(name);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const seriesCode = at(first, 'MINSET_SERIES');
  const entry = catalogueEntryOfSeries(seriesCode);

  const values: TParsedValue[] = [];
  const problems: TLineProblem[] = [];
  const refusedKeys = new Set<string>();
  const seen = new Map<string, number>();
  let release = '';
  for (const { line, cells } of records) {
    const lineNo = line;
    if (cells.length !== header.length) {
      problems.push({ line: lineNo, reason: 'columnCount', detail: `${cells.length}/${header.length}` });
      continue;
    }
    const rowSeries = at(cells, 'MINSET_SERIES');
    if (rowSeries !== seriesCode) {
      problems.push({ line: lineNo, reason: 'otherSeries', detail: rowSeries });
      continue;
    }
    const rawArea = at(cells, 'REF_AREA');
    const areaCode = normalizeM49(rawArea);
    const country = areaCode ? (alpha2ByM49.get(areaCode) ?? null) : null;
    const yearText = at(cells, 'TIME_PERIOD');
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN;
    const sex = at(cells, 'SEX');
    const age = at(cells, 'AGE');
    const location = at(cells, 'URBANIZATION');
    const dimsKey = [areaCode ?? rawArea, yearText, sex, age, location, at(cells, 'REPORTING_TYPE')].join(
      '|',
    );
    if (!areaCode || (!country && !regionCodes.includes(areaCode))) {
      problems.push({ line: lineNo, reason: 'unknownArea', detail: rawArea });
      continue;
    }
    if (Number.isNaN(year)) {
      problems.push({ line: lineNo, reason: 'badYear', detail: yearText });
      refusedKeys.add(dimsKey);
      continue;
    }
    const footnote = at(cells, 'COMMENT_OBS');
    let value: number | null = null;
    let valueCode: string | null = null;
    let valueLabel: string | null = null;
    if (kind === 'number') {
      const text = at(cells, 'OBS_VALUE');
      if (text === '') {
        problems.push({ line: lineNo, reason: 'missingValue', detail: '' });
        refusedKeys.add(dimsKey);
        continue;
      }
      if (!numberPattern.test(text)) {
        problems.push({ line: lineNo, reason: 'notNumber', detail: text.slice(0, 40) });
        refusedKeys.add(dimsKey);
        continue;
      }
      value = Number(text);
    } else {
      valueCode = at(cells, 'VALUE_CATEGORY');
      valueLabel = at(cells, 'VALUE_CATEGORY_DESC') || null;
      if (valueCode === '') {
        problems.push({ line: lineNo, reason: 'missingValue', detail: '' });
        refusedKeys.add(dimsKey);
        continue;
      }
      const match = entry?.numberFromFootnote?.exec(footnote);
      if (match?.[1]) value = Number(match[1]);
    }
    const earlier = seen.get(dimsKey);
    if (earlier !== undefined) {
      problems.push({ line: lineNo, reason: 'duplicateRow', detail: String(earlier) });
      refusedKeys.add(dimsKey);
      continue;
    }
    seen.set(dimsKey, lineNo);
    const sourceYear = at(cells, 'SOURCE_YEAR');
    if (sourceYear > release) release = sourceYear;
    values.push({
      line: lineNo,
      dimsKey,
      areaCode,
      country,
      areaName: at(cells, 'REF_AREA_DESC'),
      year,
      timeDetail: at(cells, 'TIME_DETAIL'),
      sex,
      age,
      ageLabel: at(cells, 'AGE_DESC'),
      location,
      value,
      valueCode,
      valueLabel,
      unitCode: entry?.derivedUnit ?? at(cells, 'UNIT_MEASURE'),
      nature: at(cells, 'NATURE'),
      natureLabel: at(cells, 'NATURE_DESC'),
      source: at(cells, 'SOURCE_DETAIL'),
      footnote,
      release: sourceYear,
      isLatest: /^true$/i.test(at(cells, 'isLatestValue')),
    });
  }
  // A duplicate refuses both of its lines: which one is right cannot be known.
  for (const p of problems) {
    if (p.reason !== 'duplicateRow') continue;
    const i = values.findIndex((v) => v.line === Number(p.detail));
    if (i >= 0) values.splice(i, 1);
  }
  const sortOrder = Number.parseInt(at(first, 'sort_order'), 10);
  return {
    isReadable: true,
    fileName,
    checksum: createHash('sha256').update(text).digest('hex'),
    series: {
      id: seriesIdOf(seriesCode),
      seriesCode,
      indicatorCode: at(first, 'INDICATOR_ID'),
      indicatorLabel: at(first, 'INDICATOR_LABEL'),
      indicatorTitle: at(first, 'INDICATOR_DESC'),
      title: at(first, 'MINSET_SERIES_DESC') || seriesCode,
      unitCode: entry?.derivedUnit ?? at(first, 'UNIT_MEASURE'),
      unitLabel: at(first, 'UNIT_MEASURE_DESC'),
      sdgSeriesCode: at(first, 'SDG_SeriesID') || null,
      kind,
      release: release || at(first, 'SOURCE_YEAR'),
      sortOrder: Number.isNaN(sortOrder) ? 100_000 : sortOrder,
    },
    values,
    problems: problems.sort((a, b) => a.line - b.line),
    refusedKeys,
  };
}
