import { contentFields, type TPracticeContent } from './practice-record.ts';

/**
 * Field-by-field comparison of two versions of a practice. Text fields are compared line by line
 * (longest common subsequence), structured fields as their JSON, so a reviewer sees what changed.
 */
export type TLineChange = { kind: 'same' | 'added' | 'removed'; text: string };
export type TFieldDiff = { field: (typeof contentFields)[number]; lines: TLineChange[] };

const textFields = new Set(['title', 'summary', 'body', 'beneficiaries']);

function toLines(field: string, value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  if (textFields.has(field) && typeof value === 'string') return value.split(/\r?\n/);
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return [typeof value === 'string' ? value : JSON.stringify(value)];
}

/** A line diff; inputs are capped so a huge body cannot make the page slow. */
export function diffLines(before: string[], after: string[]): TLineChange[] {
  const a = before.slice(0, 2000);
  const b = after.slice(0, 2000);
  const table: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i -= 1) {
    const row = table[i] as number[];
    const below = table[i + 1] as number[];
    for (let j = b.length - 1; j >= 0; j -= 1) {
      row[j] = a[i] === b[j] ? (below[j + 1] ?? 0) + 1 : Math.max(below[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const out: TLineChange[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i] as string });
      i += 1;
      j += 1;
    } else if ((table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0)) {
      out.push({ kind: 'removed', text: a[i] as string });
      i += 1;
    } else {
      out.push({ kind: 'added', text: b[j] as string });
      j += 1;
    }
  }
  for (; i < a.length; i += 1) out.push({ kind: 'removed', text: a[i] as string });
  for (; j < b.length; j += 1) out.push({ kind: 'added', text: b[j] as string });
  return out;
}

/** The fields that differ between two versions, each with its line changes. */
export function diffPractices(
  before: Partial<TPracticeContent>,
  after: Partial<TPracticeContent>,
): TFieldDiff[] {
  const diffs: TFieldDiff[] = [];
  for (const field of contentFields) {
    const left = toLines(field, before[field]);
    const right = toLines(field, after[field]);
    if (JSON.stringify(left) === JSON.stringify(right)) continue;
    diffs.push({ field, lines: diffLines(left, right) });
  }
  return diffs;
}
