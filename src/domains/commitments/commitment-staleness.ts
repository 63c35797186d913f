import type { TStalenessLight } from './commitment-vocabulary.ts';

/**
 * The staleness light, as the UN partnership registry does it: how long since a commitment last told
 * anyone how it is doing.
 * - red: past its end date without a final report, or silent for more than `redMonths`;
 * - amber: silent for more than `amberMonths`;
 * - green: reported within `amberMonths` (or filed its final report);
 * - new: published within `amberMonths` and not reported yet: its first report is not due.
 * Silence is counted from the last report, or from publication when there is none.
 * The same rule runs in SQL for listings and counts (commitments.repository.ts, `lightSql`); the
 * tests check that both agree.
 */
export type TStalenessThresholds = { amberMonths: number; redMonths: number };

export type TStalenessInput = {
  publishedAt: string | null;
  lastReportAt: string | null;
  finalReportAt: string | null;
  endDate: string | null;
};

export type TStalenessCutoffs = {
  /** Reported (or published) before this ISO time: amber at least. */
  amberBefore: string;
  /** Before this: red. */
  redBefore: string;
  /** YYYY-MM-DD: an end date before it has passed. */
  today: string;
};

export function monthsBefore(now: Date, months: number): Date {
  const date = new Date(now.getTime());
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date;
}

export function stalenessCutoffs(now: Date, thresholds: TStalenessThresholds): TStalenessCutoffs {
  return {
    amberBefore: monthsBefore(now, thresholds.amberMonths).toISOString(),
    redBefore: monthsBefore(now, thresholds.redMonths).toISOString(),
    today: now.toISOString().slice(0, 10),
  };
}

export function stalenessOf(commitment: TStalenessInput, cutoffs: TStalenessCutoffs): TStalenessLight {
  if (commitment.finalReportAt) return 'green';
  if (commitment.endDate !== null && commitment.endDate < cutoffs.today) return 'red';
  const since = commitment.lastReportAt ?? commitment.publishedAt;
  if (since === null) return 'new';
  if (since >= cutoffs.amberBefore) return commitment.lastReportAt ? 'green' : 'new';
  if (since >= cutoffs.redBefore) return 'amber';
  return 'red';
}
