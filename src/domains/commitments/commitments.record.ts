import type { TCommitmentStatus } from './commitment-vocabulary.ts';

/**
 * The commitments domain's record types: what its repositories return and its services and views take.
 * Views import these, never a repository.
 */
export type TCount = Map<string, number>;
export type TDashboardFigures = {
  total: number;
  averagePercent: number | null;
  byKind: TCount;
  byStage: TCount;
  byLevel: TCount;
  byProgress: TCount;
  byLight: TCount;
  byType: TCount;
  byFiveR: TCount;
  bySdg: TCount;
  byCountry: TCount;
  byTheme: TCount;
  financing: { currency: string; total: number; count: number }[];
  rounds: { id: string; title: string; deadline: string; expected: number; reported: number }[];
  trend: { year: string; published: number; reports: number }[];
};

export type TEvidenceFile = {
  reportId: string;
  uploadId: string;
  storageKey: string;
  name: string;
  contentType: string;
  byteSize: number;
};

export type TCycle = { id: string; slug: string; startsOn: string; endsOn: string };
export type TRound = {
  id: string;
  cycleId: string;
  /** The name the round was opened with, in `titleLanguage`; translations are site texts. */
  title: string;
  titleLanguage: string;
  opensOn: string;
  deadline: string;
  remindDaysBefore: number;
  remindDaysAfter: number;
  createdAt: string;
};
export type TReportItem = {
  deliverableId: string;
  status: string;
  percent: number;
  narrative: string;
  evidence: string[];
};
export type TReport = {
  id: string;
  roundId: string | null;
  roundTitle: string | null;
  organizationName: string | null;
  reporterName: string | null;
  reportedAt: string;
  status: string;
  percent: number;
  narrative: string;
  isFinal: boolean;
  items: TReportItem[];
};

export type TCommitment = {
  id: string;
  slug: string;
  status: TCommitmentStatus;
  cycleId: string;
  leadOrganizationId: string;
  stakeholderType: string;
  language: string;
  title: string;
  description: string;
  translations: { title: Record<string, string>; description: Record<string, string> };
  kind: string | null;
  stage: string | null;
  level: string | null;
  countries: string[];
  amount: number | null;
  currency: string | null;
  startDate: string | null;
  endDate: string | null;
  fiveR: string[];
  sdgTargets: string[];
  themes: string[];
  practiceLinks: string[];
  eventLinks: string[];
  reviewComment: string | null;
  progressStatus: string | null;
  progressPercent: number | null;
  lastReportAt: string | null;
  finalReportAt: string | null;
  reportCount: number;
  createdBy: string | null;
  submittedAt: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  withdrawnAt: string | null;
  withdrawalReason: string | null;
  withdrawnBy: string | null;
  /** When a connection's outcome was first linked to it (issue 14), or null. */
  fromConnectionAt: string | null;
};
export type TDeliverable = {
  id: string;
  position: number;
  title: string;
  measure: string;
  target: string;
  dueDate: string | null;
  latestStatus: string | null;
  latestPercent: number | null;
};
export type TListedCommitment = TCommitment & {
  light: string;
  leadName: string;
  leadSlug: string;
  cycleSlug: string;
};
