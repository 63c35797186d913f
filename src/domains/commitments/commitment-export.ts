import { toCsvText } from '../../platform/csv.ts';
import { stakeholderTypes } from '../../taxonomy/organization-vocabulary.ts';
import { conceptsOf } from '../../taxonomy/taxonomy.ts';
import {
  commitmentKinds,
  commitmentLevels,
  commitmentStages,
  progressFilterValues,
  stalenessLights,
} from './commitment-vocabulary.ts';
import type { TListedCommitment } from './commitments.record.ts';

/**
 * Open data: one shape for the JSON API, the CSV export and the codebook that documents both.
 * Field names are stable; values are codes (labels are in the codebook, in every language).
 */
export type TExportItem = {
  slug: string;
  url: string;
  title: string;
  language: string;
  titleTranslations: Record<string, string>;
  description: string;
  leadOrganization: string;
  leadOrganizationSlug: string;
  coMakers: string[];
  pendingCoMakers: string[];
  stakeholderType: string;
  kind: string | null;
  stage: string | null;
  level: string | null;
  countries: string[];
  fiveR: string[];
  sdgTargets: string[];
  themes: string[];
  cycle: string;
  startDate: string | null;
  endDate: string | null;
  amount: number | null;
  currency: string | null;
  progressStatus: string;
  progressPercent: number | null;
  light: string;
  lastReportAt: string | null;
  reportCount: number;
  publishedAt: string | null;
  fromConnectionAt: string | null;
};

export type TCodebookField = {
  name: keyof TExportItem;
  type: 'string' | 'number' | 'date' | 'datetime' | 'list' | 'object';
  /** The codes the field takes, when it is a closed list. */
  values?: () => readonly string[];
};

export const codebookFields: readonly TCodebookField[] = [
  { name: 'slug', type: 'string' },
  { name: 'url', type: 'string' },
  { name: 'title', type: 'string' },
  { name: 'language', type: 'string' },
  { name: 'titleTranslations', type: 'object' },
  { name: 'description', type: 'string' },
  { name: 'leadOrganization', type: 'string' },
  { name: 'leadOrganizationSlug', type: 'string' },
  { name: 'coMakers', type: 'list' },
  { name: 'pendingCoMakers', type: 'list' },
  { name: 'stakeholderType', type: 'string', values: () => stakeholderTypes },
  { name: 'kind', type: 'string', values: () => commitmentKinds },
  { name: 'stage', type: 'string', values: () => commitmentStages },
  { name: 'level', type: 'string', values: () => commitmentLevels },
  { name: 'countries', type: 'list' },
  { name: 'fiveR', type: 'list', values: () => conceptsOf('five_r').map((c) => c.id) },
  { name: 'sdgTargets', type: 'list', values: () => conceptsOf('sdg_target').map((c) => c.id) },
  { name: 'themes', type: 'list', values: () => conceptsOf('theme').map((c) => c.id) },
  { name: 'cycle', type: 'string' },
  { name: 'startDate', type: 'date' },
  { name: 'endDate', type: 'date' },
  { name: 'amount', type: 'number' },
  { name: 'currency', type: 'string' },
  { name: 'progressStatus', type: 'string', values: () => progressFilterValues },
  { name: 'progressPercent', type: 'number' },
  { name: 'light', type: 'string', values: () => stalenessLights },
  { name: 'lastReportAt', type: 'datetime' },
  { name: 'reportCount', type: 'number' },
  { name: 'publishedAt', type: 'datetime' },
  { name: 'fromConnectionAt', type: 'datetime' },
];

export function toExportItem(
  c: TListedCommitment,
  makers: readonly { name: string; role: string; status: string }[],
  publicUrl: string,
): TExportItem {
  return {
    slug: c.slug,
    url: `${publicUrl}/en/commitments/${encodeURIComponent(c.slug)}`,
    title: c.title,
    language: c.language,
    titleTranslations: c.translations.title,
    description: c.description,
    leadOrganization: c.leadName,
    leadOrganizationSlug: c.leadSlug,
    coMakers: makers.filter((m) => m.role === 'co_maker' && m.status === 'confirmed').map((m) => m.name),
    pendingCoMakers: makers.filter((m) => m.role === 'co_maker' && m.status === 'pending').map((m) => m.name),
    stakeholderType: c.stakeholderType,
    kind: c.kind,
    stage: c.stage,
    level: c.level,
    countries: c.countries,
    fiveR: c.fiveR,
    sdgTargets: c.sdgTargets,
    themes: c.themes,
    cycle: c.cycleSlug,
    startDate: c.startDate,
    endDate: c.endDate,
    amount: c.amount,
    currency: c.currency,
    progressStatus: c.progressStatus ?? 'not_reported',
    progressPercent: c.progressPercent,
    light: c.light,
    lastReportAt: c.lastReportAt,
    reportCount: c.reportCount,
    publishedAt: c.publishedAt,
    fromConnectionAt: c.fromConnectionAt,
  };
}

/**
 * RFC 4180 CSV with a header row of the codebook's field names; UTF-8 with a BOM for spreadsheets,
 * lists joined with "; " and the title's translations as a JSON object.
 */
export function toCsv(items: readonly TExportItem[]): string {
  const names = codebookFields.map((f) => f.name);
  const rows = items.map((item) => ({ ...item, titleTranslations: JSON.stringify(item.titleTranslations) }));
  return toCsvText(names, rows, { listSeparator: '; ' });
}
