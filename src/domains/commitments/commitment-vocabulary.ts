import type { TTranslator } from '../../i18n/translator.ts';

/**
 * The controlled lists a commitment is described with, in one place so forms, listings, the
 * dashboard, the API, the CSV export and the codebook agree. Labels live in commitments.json.
 */
export const commitmentKinds = ['research', 'programme', 'policy_strategy', 'financing', 'advocacy'] as const;
export type TCommitmentKind = (typeof commitmentKinds)[number];

export const commitmentStages = ['under_way', 'in_development'] as const;
export type TCommitmentStage = (typeof commitmentStages)[number];

export const commitmentLevels = ['local', 'subnational', 'national', 'regional', 'global'] as const;
export type TCommitmentLevel = (typeof commitmentLevels)[number];

/**
 * Where a commitment is in the secretariat's review. "withdrawn": taken off the public record, by its
 * lead or by the secretariat, with a reason; its makers may rework it and submit it again.
 */
export const commitmentStatuses = ['draft', 'submitted', 'returned', 'published', 'withdrawn'] as const;
export type TCommitmentStatus = (typeof commitmentStatuses)[number];

/** What a progress report says about a deliverable (and, summed up, about the commitment). */
export const progressStatuses = ['on_track', 'delayed', 'completed', 'discontinued'] as const;
export type TProgressStatus = (typeof progressStatuses)[number];

/** Progress as listings show it: a reported status, or none yet. */
export const progressFilterValues = [...progressStatuses, 'not_reported'] as const;

/**
 * The staleness light: green (reported recently), amber, red (long silent, or ended without a final
 * report); "new" is a commitment published recently that has not had to report yet.
 */
export const stalenessLights = ['new', 'green', 'amber', 'red'] as const;
export type TStalenessLight = (typeof stalenessLights)[number];

export const makerRoles = ['lead', 'co_maker'] as const;
export const makerStatuses = ['pending', 'confirmed', 'declined'] as const;
export type TMakerStatus = (typeof makerStatuses)[number];

function isOneOf<T extends string>(list: readonly T[], value: string | null | undefined): value is T {
  return value != null && (list as readonly string[]).includes(value);
}

export const isCommitmentKind = (v: string | null | undefined) => isOneOf(commitmentKinds, v);
export const isCommitmentStage = (v: string | null | undefined) => isOneOf(commitmentStages, v);
export const isCommitmentLevel = (v: string | null | undefined) => isOneOf(commitmentLevels, v);
export const isCommitmentStatus = (v: string | null | undefined) => isOneOf(commitmentStatuses, v);
export const isProgressStatus = (v: string | null | undefined) => isOneOf(progressStatuses, v);
export const isStalenessLight = (v: string | null | undefined) => isOneOf(stalenessLights, v);

export function kindLabel(i18n: TTranslator, kind: string | null): string {
  return isCommitmentKind(kind) ? i18n.t(`commitments.kind.${kind}`) : i18n.t('commitments.value.none');
}

export function stageLabel(i18n: TTranslator, stage: string | null): string {
  return isCommitmentStage(stage) ? i18n.t(`commitments.stage.${stage}`) : i18n.t('commitments.value.none');
}

export function levelLabel(i18n: TTranslator, level: string | null): string {
  return isCommitmentLevel(level) ? i18n.t(`commitments.level.${level}`) : i18n.t('commitments.value.none');
}

export function progressLabel(i18n: TTranslator, status: string | null): string {
  return isProgressStatus(status)
    ? i18n.t(`commitments.progress.${status}`)
    : i18n.t('commitments.progress.not_reported');
}

export function statusLabel(i18n: TTranslator, status: string): string {
  return isCommitmentStatus(status) ? i18n.t(`commitments.status.${status}`) : status;
}

export function lightLabel(i18n: TTranslator, light: string): string {
  return isStalenessLight(light) ? i18n.t(`commitments.light.${light}`) : light;
}

/**
 * The vocabularies the listing filters by and the dashboard counts by: their values in order, and
 * each value's label (a value outside the list, such as "none" or "not_reported", reads as not stated).
 */
export const commitmentFacets = {
  kind: { values: commitmentKinds, label: kindLabel },
  stage: { values: commitmentStages, label: stageLabel },
  level: { values: commitmentLevels, label: levelLabel },
  progress: { values: progressFilterValues, label: progressLabel },
  light: { values: stalenessLights, label: lightLabel },
} as const;
export type TCommitmentFacet = keyof typeof commitmentFacets;

/** A facet's value in the reader's language. */
export function facetLabel(i18n: TTranslator, facet: TCommitmentFacet, value: string): string {
  return commitmentFacets[facet].label(i18n, value);
}

/** Slugs that are pages under /commitments, never commitments. */
export const reservedCommitmentSlugs = new Set([
  'new',
  'mine',
  'review',
  'dashboard',
  'report',
  'rounds',
  'cycles',
  'codebook',
  'export',
]);
