import type { TTranslator } from '../../i18n/translator.ts';
import { maxIndicatorFileBytes, type TLineProblem } from './indicator-file.ts';
import type { TImportReport } from './indicator-import.service.ts';

/**
 * An import report in words, line by line, in the reader's language: what was refused and why
 * (file, line, reason), or what changed. The command line prints these lines; the upload page shows them.
 */
export const shownProblems = 50;

export function describeProblem(i18n: TTranslator, fileName: string, p: TLineProblem): string {
  return i18n.t('observatory.import.problemLine', {
    file: fileName,
    line: p.line,
    reason: i18n.t(`observatory.import.problem.${p.reason}`, { detail: p.detail }),
  });
}

export function describeFault(i18n: TTranslator, report: TImportReport): string {
  return i18n.t(`observatory.import.fault.${report.fault}`, {
    detail: report.faultDetail || 'none',
    max: maxIndicatorFileBytes / 1024 / 1024,
  });
}

export function describeImport(i18n: TTranslator, report: TImportReport): string[] {
  const { t } = i18n;
  const file = report.fileName;
  if (report.outcome === 'refused' && report.fault)
    return [t('observatory.import.refusedFile', { file, reason: describeFault(i18n, report) })];
  if (report.outcome === 'refused' || (report.outcome === 'notLoaded' && report.problems.length > 0)) {
    const lines = report.problems.slice(0, shownProblems).map((p) => describeProblem(i18n, file, p));
    if (report.problems.length > shownProblems)
      lines.push(t('observatory.import.moreProblems', { count: report.problems.length - shownProblems }));
    if (report.problems.length === 0)
      lines.push(t('observatory.import.refusedFile', { file, reason: t('observatory.import.fault.noRows') }));
    return lines;
  }
  if (report.outcome === 'notLoaded') return [t('observatory.import.notLoaded', { file })];
  const counts = {
    file,
    title: report.title,
    added: report.added,
    changed: report.changed,
    withdrawn: report.withdrawn,
    unchanged: report.unchanged,
    skipped: report.skipped,
  };
  if (report.outcome === 'unchanged') return [t('observatory.import.unchanged', counts)];
  const lines = [t('observatory.import.loaded', counts)];
  for (const e of report.examples) {
    lines.push(
      t('observatory.import.example', {
        area: e.areaName,
        year: e.year,
        breakdown: [e.sex, e.age, e.location].filter((x) => x && x !== '_T').join(' '),
        before: e.before,
        after: e.after,
      }),
    );
  }
  return lines;
}
