import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocumentText, type TDocumentType } from '../../platform/document-text.ts';
import { extractDocument, type TLookups } from './extract/extract-document.ts';
import { foldForMatch } from './extract/source-text.ts';
import type { TProposedField } from './imports.schemas.ts';

/**
 * `npm run documents:evaluate -- DIR`: how well extraction reads a folder of documents whose fields a
 * person wrote down in DIR/expected.jsonl (issue 18). Exact for language and kind; a normalised match
 * for title, date and event start; F1 for countries, places, organisations and populations; recall
 * for eligibility conditions (each expected condition found in a proposed one).
 */
export type TExpected = {
  file: string;
  language: string;
  kind: string;
  title: string;
  date: string | null;
  event_start?: string | null;
  countries?: string[];
  places?: string[];
  organisations?: string[];
  populations?: string[];
  eligibility?: string[];
};

export const evaluatedFields = [
  'language',
  'kind',
  'title',
  'date',
  'event_start',
  'countries',
  'places',
  'organisations',
  'populations',
  'eligibility',
] as const;
export type TEvaluatedField = (typeof evaluatedFields)[number];

const plain = (text: string) =>
  foldForMatch(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function typeOf(file: string): TDocumentType {
  const extension = file.toLowerCase().split('.').pop() ?? '';
  if (extension === 'pdf' || extension === 'docx') return extension;
  if (extension === 'html' || extension === 'htm') return 'html';
  return 'text';
}

/** F1 of two sets compared by a key; both empty is a perfect score. */
export function f1(
  expected: readonly string[],
  found: readonly string[],
  same = (a: string, b: string) => a === b,
) {
  if (expected.length === 0 && found.length === 0) return 1;
  const hits = expected.filter((e) => found.some((f) => same(e, f))).length;
  const precision =
    found.length === 0 ? 0 : found.filter((f) => expected.some((e) => same(e, f))).length / found.length;
  const recall = expected.length === 0 ? 0 : hits / expected.length;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

const sameName = (a: string, b: string) => {
  const x = plain(a);
  const y = plain(b);
  return x === y || (x.length >= 6 && y.length >= 6 && (x.includes(y) || y.includes(x)));
};

const words = (text: string) =>
  new Set(
    plain(text)
      .split(' ')
      .filter((w) => w.length >= 3),
  );

/** A condition is found when a proposed one shares most of its words. */
const sameCondition = (expected: string, found: string) => {
  const want = words(expected);
  if (want.size === 0) return false;
  const have = words(found);
  let shared = 0;
  for (const w of want) if ([...have].some((h) => h.startsWith(w.slice(0, 5)))) shared++;
  return shared / want.size >= 0.6;
};

const valuesOf = (fields: readonly TProposedField[], name: TProposedField['field']) =>
  fields.filter((f) => f.field === name).map((f) => f.value);

/** A place named in any language, as the gazetteer's id ("Warsaw", "Warszawa" → place:warsaw). */
export type TPlaceIdOf = (name: string) => string | null;

export function scoreDocument(
  expected: TExpected,
  fields: readonly TProposedField[],
  placeIdOf: TPlaceIdOf = () => null,
): Record<TEvaluatedField, number | null> {
  const first = (name: TProposedField['field']) => valuesOf(fields, name)[0] ?? null;
  const date = first('date');
  const start = first('eventStart');
  const bare = (id: string) => id.replace(/^population:/, '');
  return {
    language: first('language') === expected.language ? 1 : 0,
    kind: first('kind') === expected.kind ? 1 : 0,
    title: plain(first('title') ?? '') === plain(expected.title) ? 1 : 0,
    date:
      expected.date === null
        ? date === null
          ? 1
          : 0
        : date?.startsWith(expected.date) && date.length >= expected.date.length
          ? 1
          : 0,
    event_start:
      expected.event_start === undefined
        ? null
        : expected.event_start === null
          ? start === null || expected.kind !== 'event'
            ? 1
            : 0
          : start?.slice(0, 16) === expected.event_start.slice(0, 16)
            ? 1
            : 0,
    countries: expected.countries === undefined ? null : f1(expected.countries, valuesOf(fields, 'country')),
    places:
      expected.places === undefined
        ? null
        : f1(
            expected.places.map((p) => placeIdOf(p) ?? plain(p)),
            fields.filter((f) => f.field === 'city').map((f) => String(f.detail?.placeId ?? plain(f.value))),
          ),
    organisations:
      expected.organisations === undefined
        ? null
        : f1(
            expected.organisations,
            [
              ...new Set([
                ...valuesOf(fields, 'organisation'),
                ...valuesOf(fields, 'lead'),
                ...valuesOf(fields, 'partner'),
              ]),
            ],
            sameName,
          ),
    populations:
      expected.populations === undefined
        ? null
        : f1(
            expected.populations.map(bare),
            valuesOf(fields, 'concept')
              .filter((c) => c.startsWith('population:'))
              .map(bare),
          ),
    eligibility:
      expected.eligibility === undefined || expected.eligibility.length === 0
        ? null
        : expected.eligibility.filter((e) => valuesOf(fields, 'eligibility').some((f) => sameCondition(e, f)))
            .length / expected.eligibility.length,
  };
}

export type TEvaluation = {
  scores: Record<TEvaluatedField, number>;
  perDocument: { file: string; scores: Record<TEvaluatedField, number | null> }[];
};

export async function evaluateFolder(dir: string, lookups: TLookups): Promise<TEvaluation> {
  const lines = readFileSync(join(dir, 'expected.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const perDocument: TEvaluation['perDocument'] = [];
  for (const line of lines) {
    const expected = JSON.parse(line) as TExpected;
    const read = await readDocumentText(readFileSync(join(dir, expected.file)), typeOf(expected.file));
    const fields = read.isRead ? extractDocument(read.text, lookups, read.title) : [];
    const placeIdOf = (name: string) =>
      lookups.places(name).find((m) => m.placeId.startsWith('place:'))?.placeId ?? null;
    perDocument.push({ file: expected.file, scores: scoreDocument(expected, fields, placeIdOf) });
  }
  const scores = Object.fromEntries(
    evaluatedFields.map((field) => {
      const values = perDocument.map((d) => d.scores[field]).filter((v): v is number => v !== null);
      return [field, values.length === 0 ? 1 : values.reduce((a, b) => a + b, 0) / values.length];
    }),
  ) as Record<TEvaluatedField, number>;
  return { scores, perDocument };
}
