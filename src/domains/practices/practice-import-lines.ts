import type { TAnalyser } from '../../platform/search/analyser.ts';
import {
  analyseSearchText,
  packAnalysis,
  type TIndexAnalysis,
} from '../../platform/search/document-analysis.ts';
import { slugify } from '../../platform/text.ts';
import {
  contentColumns,
  contentOf,
  facetsOf,
  type TContentColumns,
  type TFacetRow,
  type TPracticeContent,
} from './practice-record.ts';
import { practiceSearchText, type TPracticeSearchText } from './practice-search-text.ts';
import { type TPracticeInput, ZPracticeInput } from './practices.schemas.ts';

/**
 * The bulk import's work on a line that needs no database: checking it (JSON, the practice's shape, a
 * slug) and preparing its index entry. Kept apart from the writer (practice-import.service.ts) so that
 * the import's worker threads load only this and the analyser (ADR 0104, 0106): nothing of the
 * database or of the search domain, which gives the analyser (`hubAnalyser`, or one a worker builds
 * from the hub's place names).
 */
export type TImportProblem = { line: number; field: string; messageKey: string; detail?: string };
export type TCheckedRecord = { line: number; input: TPracticeInput & { slug: string } };
/**
 * A good line as the import's worker threads send it, ready to write (ADR 0128): no input object (the
 * writer would only turn it into strings again), but what the content decides — its rows' values
 * (`preparePracticeRows`) and its index entry's text and analysis (`preparePracticeSearch`). The writer
 * computes the same with the same functions for a record checked on its own thread.
 */
export type TPreparedRecord = { line: number; slug: string; rows: TPreparedRows; search: TPreparedSearch };
export type TImportRecord = TCheckedRecord | TPreparedRecord;

export const slugOfRecord = (record: TImportRecord): string =>
  'input' in record ? record.input.slug : record.slug;

/** A record's input: as checked, or read back from its snapshot (the content a revision keeps), to update. */
export function inputOfRecord(record: TImportRecord): TPracticeInput & { slug: string } {
  if ('input' in record) return record.input;
  return { ...(JSON.parse(record.rows.snapshot) as TPracticeContent), slug: record.slug };
}
/** Its indexed text and analysis; the analysis packed (a few strings: ADR 0106) to cross threads cheaply. */
export type TPreparedSearch = { text: TPracticeSearchText; analysis: TIndexAnalysis };

/**
 * What a new imported practice's rows hold that its content alone decides (ADR 0128): the practices
 * table's content columns, its first revision's snapshot, and its facets as an import publishes it (not
 * verified, not featured). Serialising these took a fifth of the import writer's own work; the workers
 * compute them beside the analysis, and the writer adds ids, dates and the actor.
 */
export type TPreparedRows = { columns: TContentColumns; snapshot: string; facets: TFacetRow[] };

/** A checked line's content: its input without the slug (what a revision keeps and the index reads). */
export function contentOfInput(input: TPracticeInput & { slug: string }): TPracticeContent {
  const { slug: _slug, ...content } = input;
  return content as TPracticeContent;
}

export function preparePracticeRows(input: TPracticeInput & { slug: string }): TPreparedRows {
  const content = contentOfInput(input);
  return {
    columns: contentColumns(content),
    snapshot: JSON.stringify(contentOf(content)),
    facets: facetsOf({ ...content, isVerified: false, isFeatured: false }),
  };
}

/** The CPU-heavy part of indexing a new practice, from its content alone (run in the import's workers). */
export function preparePracticeSearch(
  input: TPracticeInput & { slug: string },
  analyser: TAnalyser,
): TPreparedSearch {
  const text = practiceSearchText(contentOfInput(input));
  return { text, analysis: packAnalysis(analyseSearchText(analyser, text)) };
}

/** Checks JSON lines; blank lines are skipped but counted, so numbers match the file. */
export function checkImportLines(lines: readonly string[]): {
  records: TCheckedRecord[];
  problems: TImportProblem[];
} {
  const records: TCheckedRecord[] = [];
  const checker = createLineChecker();
  lines.forEach((text, index) => {
    const record = checker.check(text, index + 1);
    if (record) records.push(record);
  });
  return { records, problems: checker.problems };
}

/** One line checked alone: its record, its problem, or nothing for a blank line (no memory of other lines). */
export type TLineCheck =
  | { line: number; record: TCheckedRecord }
  | { line: number; problem: TImportProblem }
  | { line: number };

/** Checks one line on its own: JSON, the practice's shape, a slug. Pure, so a worker thread can run it. */
export function checkPracticeLine(text: string, line: number): TLineCheck {
  if (text.trim() === '') return { line };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      line,
      problem: { line, field: '', messageKey: 'import.notJson', detail: (error as Error).message },
    };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { line, problem: { line, field: '', messageKey: 'import.notObject' } };
  const parsed = ZPracticeInput.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      line,
      problem: {
        line,
        field: issue?.path.join('.') ?? '',
        messageKey: /^[a-z]+\.[\w.]+$/i.test(issue?.message ?? '')
          ? (issue?.message ?? '')
          : 'validation.invalid',
        detail: issue?.message,
      },
    };
  }
  const slug = parsed.data.slug ?? slugify(parsed.data.title);
  if (!slug) return { line, problem: { line, field: 'slug', messageKey: 'practices.errors.slug' } };
  return { line, record: { line, input: { ...parsed.data, slug } } };
}

/** What the file's order adds to a line checked alone: its slug, to find a slug used twice. */
export type TLineVerdict = { line: number; problem?: TImportProblem; slug?: string };

/** The verdict on a line checked alone (a problem, its slug, or neither for a blank line). */
export function verdictOf(checked: TLineCheck): TLineVerdict {
  if ('problem' in checked) return { line: checked.line, problem: checked.problem };
  if ('record' in checked) return { line: checked.line, slug: checked.record.input.slug };
  return { line: checked.line };
}

/**
 * Checks lines one at a time, remembering the slugs seen (a slug twice in a file is a problem), so a
 * file of any size can be checked as it is read, and read again to load (practice-file-import.ts).
 * `accept` takes the verdict on a line already checked alone (`checkPracticeLine`, perhaps in a worker
 * thread) and says whether the line is good; verdicts must come in the file's order.
 */
export function createLineChecker(): {
  check(text: string, line: number): TCheckedRecord | undefined;
  accept(verdict: TLineVerdict): boolean;
  problems: TImportProblem[];
} {
  const problems: TImportProblem[] = [];
  const seen = new Map<string, number>();
  function accept({ line, problem, slug }: TLineVerdict): boolean {
    if (problem) {
      problems.push(problem);
      return false;
    }
    if (slug === undefined) return false;
    const earlier = seen.get(slug);
    if (earlier !== undefined) {
      problems.push({ line, field: 'slug', messageKey: 'import.duplicateSlug', detail: `line ${earlier}` });
      return false;
    }
    seen.set(slug, line);
    return true;
  }
  function check(text: string, line: number): TCheckedRecord | undefined {
    const checked = checkPracticeLine(text, line);
    return accept(verdictOf(checked)) && 'record' in checked ? checked.record : undefined;
  }
  return { check, accept, problems };
}

/** One batch of a file's lines as bytes (split at line feeds), for a worker: check them, or also prepare. */
export type TLineBatchTask = { mode: 'check' | 'prepare'; firstLine: number; bytes: Uint8Array };
export type TLineAnswer = TLineVerdict & { record?: TImportRecord };

/**
 * A worker's job (practice-import.worker.ts), also run on the main thread when there are no workers.
 * With an analyser (a worker's, the same as the hub's), a good line's record carries its prepared index
 * entry; without (one thread), the index analyses it as it writes it, as every other write does.
 */
export function runLineBatch(task: TLineBatchTask, analyser?: TAnalyser): TLineAnswer[] {
  const text = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength).toString('utf8');
  const lines = text.split('\n');
  // The batch ends with its last line's line feed, except at the end of a file without one.
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((raw, k) => {
    const checked = checkPracticeLine(raw.endsWith('\r') ? raw.slice(0, -1) : raw, task.firstLine + k);
    const verdict = verdictOf(checked);
    if (task.mode === 'check' || !('record' in checked)) return verdict;
    if (!analyser) return { ...verdict, record: checked.record };
    const { line, input } = checked.record;
    return {
      ...verdict,
      record: {
        line,
        slug: input.slug,
        rows: preparePracticeRows(input),
        search: preparePracticeSearch(input, analyser),
      },
    };
  });
}
