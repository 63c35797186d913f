import { z } from 'zod';
import { isKnownCountry } from '../../taxonomy/organization-vocabulary.ts';
import { isConceptOf, type TConceptScheme } from '../../taxonomy/taxonomy.ts';
import { isKnownCurrency } from './commitment-amounts.ts';
import {
  commitmentKinds,
  commitmentLevels,
  commitmentStages,
  progressFilterValues,
  progressStatuses,
  stalenessLights,
} from './commitment-vocabulary.ts';

/**
 * The shapes commitments are written, reported and filtered in. Error messages are message keys.
 * Checks that need more than one field or the database (dates within the cycle, amounts in the
 * writer's language) are made by the service after these.
 */
export const commitmentLimits = {
  title: 300,
  description: 20_000,
  shortText: 500,
  narrative: 10_000,
  listItems: 60,
  deliverables: 30,
  links: 20,
  url: 1000,
} as const;

/** No control characters but tab, line feed and carriage return. */
const noControlCharacters = (v: string) =>
  ![...v].some((ch) => {
    const code = ch.charCodeAt(0);
    return (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127;
  });

export const requiredText = (max: number) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, 'validation.required')
    .max(max, 'validation.tooLong')
    .refine(noControlCharacters, 'validation.invalid');

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.tooLong')
    .refine(noControlCharacters, 'validation.invalid')
    .default('');

/** A calendar date, YYYY-MM-DD, that exists. */
export const ZIsoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'commitments.errors.date')
  .refine((v) => {
    const date = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === v;
  }, 'commitments.errors.date');

export const ZWebUrl = z
  .string()
  .trim()
  .max(commitmentLimits.url, 'validation.tooLong')
  .refine((v) => {
    try {
      return ['http:', 'https:'].includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, 'commitments.errors.url');

const ZLanguageTag = z
  .string({ error: 'validation.required' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/, 'commitments.errors.language');

const conceptList = (scheme: TConceptScheme) =>
  z
    .array(z.string().refine((id) => isConceptOf(scheme, id), 'validation.invalidChoice'))
    .max(commitmentLimits.listItems, 'validation.tooLong')
    .transform((ids) => [...new Set(ids)]);

const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: 'validation.invalidChoice' }).nullable();

export const ZDeliverableInput = z.object({
  id: z.string().max(40).nullable(),
  title: requiredText(commitmentLimits.shortText),
  measure: optionalText(commitmentLimits.shortText),
  target: optionalText(commitmentLimits.shortText),
  dueDate: ZIsoDate.nullable(),
});
export type TDeliverableInput = z.infer<typeof ZDeliverableInput>;

export const ZCommitmentInput = z.object({
  leadOrganizationId: z.string({ error: 'validation.required' }).min(1, 'validation.required').max(40),
  cycleId: z.string({ error: 'validation.required' }).min(1, 'validation.required').max(40),
  language: ZLanguageTag,
  title: requiredText(commitmentLimits.title),
  description: optionalText(commitmentLimits.description),
  kind: optionalChoice(commitmentKinds),
  stage: optionalChoice(commitmentStages),
  level: optionalChoice(commitmentLevels),
  countries: z
    .array(z.string().trim().toUpperCase().refine(isKnownCountry, 'commitments.errors.country'))
    .max(commitmentLimits.listItems, 'validation.tooLong')
    .transform((c) => [...new Set(c)]),
  /** As typed, in the writer's language; parsed by the service. */
  amountText: z.string().trim().max(60, 'validation.tooLong'),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .refine((c) => /^[A-Z]{3}$/.test(c) && isKnownCurrency(c), 'commitments.errors.currency')
    .nullable(),
  startDate: ZIsoDate.nullable(),
  endDate: ZIsoDate.nullable(),
  fiveR: conceptList('five_r'),
  sdgTargets: conceptList('sdg_target'),
  themes: conceptList('theme'),
  coMakerIds: z.array(z.string().max(40)).max(commitmentLimits.listItems, 'validation.tooLong'),
  practiceLinks: z.array(ZWebUrl).max(commitmentLimits.links, 'validation.tooLong'),
  eventLinks: z.array(ZWebUrl).max(commitmentLimits.links, 'validation.tooLong'),
  /** Records chosen in the pickers: "practice:<id>", "event:<id>", "recommendation:<event id>:<id>". */
  links: z.array(z.string().max(120)).max(commitmentLimits.links, 'validation.tooLong').default([]),
  deliverables: z.array(ZDeliverableInput).max(commitmentLimits.deliverables, 'validation.tooLong'),
  translation: z
    .object({
      language: ZLanguageTag,
      title: optionalText(commitmentLimits.title),
      description: optionalText(commitmentLimits.description),
    })
    .nullable(),
});
export type TCommitmentInput = z.infer<typeof ZCommitmentInput>;

export const ZReturnComment = z.object({ comment: requiredText(commitmentLimits.narrative) });

export const ZWithdrawal = z.object({ reason: requiredText(commitmentLimits.shortText * 4) });

export const ZReportItemInput = z.object({
  deliverableId: z.string().min(1).max(40),
  status: z.enum(progressStatuses, { error: 'validation.invalidChoice' }),
  /** As typed; parsed (0–100, any digits) by the service. */
  percentText: z.string().trim().max(12, 'validation.tooLong'),
  narrative: optionalText(commitmentLimits.narrative),
  evidence: z.array(ZWebUrl).max(commitmentLimits.links, 'validation.tooLong'),
});
export type TReportItemInput = z.infer<typeof ZReportItemInput>;

export const ZReportInput = z.object({
  narrative: optionalText(commitmentLimits.narrative),
  isFinal: z.boolean(),
  items: z.array(ZReportItemInput).min(1, 'validation.required').max(commitmentLimits.deliverables),
});
export type TReportInput = z.infer<typeof ZReportInput>;

export const ZRoundInput = z.object({
  cycleId: z.string({ error: 'validation.required' }).min(1, 'validation.required').max(40),
  title: requiredText(commitmentLimits.title),
  opensOn: ZIsoDate,
  deadline: ZIsoDate,
  remindDaysBefore: z.coerce
    .number({ error: 'commitments.errors.days' })
    .int('commitments.errors.days')
    .min(0, 'commitments.errors.days')
    .max(180, 'commitments.errors.days'),
  remindDaysAfter: z.coerce
    .number({ error: 'commitments.errors.days' })
    .int('commitments.errors.days')
    .min(0, 'commitments.errors.days')
    .max(180, 'commitments.errors.days'),
});
export type TRoundInput = z.infer<typeof ZRoundInput>;

export const ZCycleInput = z.object({
  startYear: z.coerce.number().int().min(2000).max(2100),
  endYear: z.coerce.number().int().min(2000).max(2100),
});

/** What a listing may be narrowed by (the browse page, the API, the CSV export, the feed). */
export type TCommitmentFilter = {
  q: string | null;
  cycle: string | null;
  kind: string | null;
  stage: string | null;
  level: string | null;
  progress: string | null;
  light: string | null;
  fiveR: string | null;
  sdg: string | null;
  country: string | null;
  theme: string | null;
  type: string | null;
  organization: string | null;
};

export const emptyCommitmentFilter: TCommitmentFilter = {
  q: null,
  cycle: null,
  kind: null,
  stage: null,
  level: null,
  progress: null,
  light: null,
  fiveR: null,
  sdg: null,
  country: null,
  theme: null,
  type: null,
  organization: null,
};

/** Reads filters from a query string, dropping what is not a known value. */
export function commitmentFilterFrom(query: Record<string, string | undefined>): TCommitmentFilter {
  const pick = (value: string | undefined, allowed: readonly string[]) =>
    value && allowed.includes(value) ? value : null;
  const concept = (value: string | undefined, scheme: TConceptScheme) =>
    value && isConceptOf(scheme, value) ? value : null;
  const country = query.country?.trim().toUpperCase();
  const q = query.q?.trim().slice(0, 200);
  return {
    q: q ? q : null,
    cycle: query.cycle && /^\d{4}-\d{4}$/.test(query.cycle) ? query.cycle : null,
    kind: pick(query.kind, commitmentKinds),
    stage: pick(query.stage, commitmentStages),
    level: pick(query.level, commitmentLevels),
    progress: pick(query.progress, progressFilterValues),
    light: pick(query.light, stalenessLights),
    fiveR: concept(query.fiveR, 'five_r'),
    sdg: concept(query.sdg, 'sdg_target'),
    country: country && isKnownCountry(country) ? country : null,
    theme: concept(query.theme, 'theme'),
    type: query.type && /^[a-z_]{3,40}$/.test(query.type) ? query.type : null,
    organization:
      query.organization && /^[\p{L}\p{N}-]{1,80}$/u.test(query.organization) ? query.organization : null,
  };
}

export function filterQueryString(filter: TCommitmentFilter, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
