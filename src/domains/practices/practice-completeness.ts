import { markdownToText } from '../../platform/markdown.ts';
import type { TPracticeContent } from './practice-record.ts';

/**
 * How completely a practice is documented (PRODUCT.md §4: "completeness"): a list of checks on what
 * a reader needs to reuse a practice, and the share of them that pass. Computed from the record and
 * its files whenever it is shown, so it can never disagree with what the record holds.
 * Each check's key names a message `practices.completeness.item.<key>` (what is still missing).
 */
export const completenessChecks = [
  'summary',
  'body',
  'dates',
  'places',
  'scope',
  'implementers',
  'populations',
  'eligibility',
  'themes',
  'classification',
  'evidence',
  'linksOrFiles',
  'contact',
] as const;
export type TCompletenessCheck = (typeof completenessChecks)[number];

/** A summary shorter than this says too little to decide whether to read on. */
export const minSummaryChars = 120;
/** A description shorter than this (as text, without Markdown) cannot say how the practice works. */
export const minBodyChars = 400;

export type TCompleteness = {
  /** 0–100, rounded. */
  score: number;
  missing: TCompletenessCheck[];
};

const passes: Record<TCompletenessCheck, (p: TPracticeContent, fileCount: number) => boolean> = {
  summary: (p) => p.summary.trim().length >= minSummaryChars,
  body: (p) => markdownToText(p.body).trim().length >= minBodyChars,
  dates: (p) => !!p.startDate && (p.isOngoing || !!p.endDate),
  places: (p) => p.cities.length > 0,
  scope: (p) => !!p.scope,
  implementers: (p) => p.implementers.length > 0,
  populations: (p) => p.populations.length > 0,
  eligibility: (p) => p.eligibility.length > 0 || p.beneficiaries.trim() !== '',
  themes: (p) => p.themes.length > 0,
  classification: (p) => p.fiveR.length > 0 || p.sdgTargets.length > 0,
  evidence: (p) => p.evidence.length > 0,
  linksOrFiles: (p, fileCount) => p.links.length > 0 || fileCount > 0,
  contact: (p) => !!(p.contact.email || p.contact.phone || p.contact.url),
};

export function completenessOf(practice: TPracticeContent, fileCount: number): TCompleteness {
  const missing = completenessChecks.filter((check) => !passes[check](practice, fileCount));
  const score = Math.round((100 * (completenessChecks.length - missing.length)) / completenessChecks.length);
  return { score, missing };
}

/** The review queue's orders: by last change (as before), or least / most complete first. */
export const queueSorts = ['updated', 'completeness', '-completeness'] as const;
export type TQueueSort = (typeof queueSorts)[number];

export function queueSortFrom(value: string | undefined): TQueueSort {
  return (queueSorts as readonly string[]).includes(value ?? '') ? (value as TQueueSort) : 'updated';
}
