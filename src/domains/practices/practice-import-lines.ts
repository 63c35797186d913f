import type { TAnalyser } from '../../platform/search/analyser.ts';
import {
  analyseSearchText,
  packAnalysis,
  type TIndexAnalysis,
} from '../../platform/search/document-analysis.ts';
import { slugify } from '../../platform/text.ts';
import type { TPracticeContent } from './practice-record.ts';
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
export type TCheckedRecord = {
  line: number;
  input: TPracticeInput & { slug: string };
  /**
   * Its index entry's text and analysis, when computed already (`preparePracticeSearch`, in the import's
   * worker threads); the writer computes them otherwise, with the same functions.
   */
  search?: TPreparedSearch;
};
/** Its indexed text and analysis; the analysis packed (a few strings: ADR 0106) to cross threads cheaply. */
export type TPreparedSearch = { text: TPracticeSearchText; analysis: TIndexAnalysis };

/** The CPU-heavy part of indexing a new practice, from its content alone (run in the import's workers). */
export function preparePracticeSearch(
  input: TPracticeInput & { slug: string },
  analyser: TAnalyser,
): TPreparedSearch {
  const { slug: _slug, ...content } = input;
  const text = practiceSearchText(content as TPracticeContent);
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
export type TLineAnswer = TLineVerdict & { record?: TCheckedRecord };

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
    return {
      ...verdict,
      record: { ...checked.record, search: preparePracticeSearch(checked.record.input, analyser) },
    };
  });
}
