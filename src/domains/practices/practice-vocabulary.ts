/**
 * The closed lists a practice is described with, besides the care taxonomy's concepts: its kind,
 * scope, workflow status, the roles of implementers and the shapes of eligibility rules.
 * Labels live in practices.json under the same names.
 */
export const practiceKinds = [
  'policy',
  'programme',
  'service',
  'partnership',
  'research',
  'evaluation',
  'dataset',
  'tool',
  'guide',
  'law',
] as const;
export type TPracticeKind = (typeof practiceKinds)[number];

export const practiceScopes = ['local', 'national', 'regional', 'international'] as const;
export type TPracticeScope = (typeof practiceScopes)[number];

/** draft → submitted → published | returned (with comments) → submitted …; published → unpublished. */
export const practiceStatuses = ['draft', 'submitted', 'returned', 'published', 'unpublished'] as const;
export type TPracticeStatus = (typeof practiceStatuses)[number];

export const implementerRoles = ['lead', 'partner', 'funder'] as const;
export type TImplementerRole = (typeof implementerRoles)[number];

export const employmentStatuses = ['working', 'not_working'] as const;
export const dependantKinds = ['child', 'older', 'disabled'] as const;
export const evidenceKinds = ['evaluation', 'study', 'data', 'report', 'other'] as const;

export function isPracticeKind(value: string): value is TPracticeKind {
  return (practiceKinds as readonly string[]).includes(value);
}

/** Staleness of a record by the time since a curator last reviewed it (as the UN registry's light). */
export type TStaleness = 'fresh' | 'ageing' | 'stale';

export function stalenessOf(lastReviewedAt: string | null, now: Date): TStaleness {
  if (!lastReviewedAt) return 'stale';
  const days = (now.getTime() - Date.parse(lastReviewedAt)) / 86_400_000;
  if (days <= 365) return 'fresh';
  if (days <= 730) return 'ageing';
  return 'stale';
}
