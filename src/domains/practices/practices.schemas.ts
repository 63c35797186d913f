import { z } from 'zod';
import { isKnownCountry } from '../../taxonomy/organization-vocabulary.ts';
import { isConceptOf } from './practice-taxonomy.ts';
import {
  dependantKinds,
  employmentStatuses,
  evidenceKinds,
  implementerRoles,
  practiceKinds,
  practiceScopes,
} from './practice-vocabulary.ts';

/**
 * A practice as it is written, submitted, imported and returned by the API. Error messages are
 * message keys. One schema serves the form (after practice-form.ts turns fields into this shape),
 * the JSON API and the bulk import, so all three accept exactly the same records.
 */
export const practiceLimits = {
  title: 300,
  summary: 2000,
  body: 50_000,
  beneficiaries: 5000,
  listItems: 60,
  shortText: 300,
  url: 1000,
} as const;

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const noControlCharacters = (v: string) => !controlCharacters.test(v);

const requiredText = (max: number) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, 'validation.required')
    .max(max, 'validation.tooLong')
    .refine(noControlCharacters, 'validation.invalid');

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.tooLong')
    .refine(noControlCharacters, 'validation.invalid')
    .optional()
    .transform((v) => v ?? '');

/** http(s) and mailto only: a javascript: or data: address is refused, not stored. */
export const ZWebUrl = z
  .string()
  .trim()
  .max(practiceLimits.url, 'validation.tooLong')
  .refine((v) => {
    try {
      const url = new URL(v);
      return ['http:', 'https:', 'mailto:'].includes(url.protocol);
    } catch {
      return false;
    }
  }, 'practices.errors.url');

const ZLanguageTag = z
  .string({ error: 'validation.required' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/, 'practices.errors.language');

const ZDate = z
  .string()
  .trim()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'practices.errors.date');

const ZSlug = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'validation.required')
  .max(80, 'validation.tooLong')
  .regex(/^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u, 'practices.errors.slug');

const list = <T extends z.ZodType>(item: T) =>
  z.array(item).max(practiceLimits.listItems, 'validation.tooLong').default([]);

const conceptList = (scheme: string) =>
  list(z.string().refine((id) => isConceptOf(scheme, id), 'validation.invalidChoice')).transform((ids) => [
    ...new Set(ids),
  ]);

export const ZCountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isKnownCountry, 'practices.errors.country');

export const ZCity = z.object({
  name: requiredText(practiceLimits.shortText),
  country: ZCountryCode.optional(),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
});
export type TCity = z.infer<typeof ZCity>;

export const ZImplementer = z
  .object({
    role: z.enum(implementerRoles, { error: 'validation.invalidChoice' }),
    organizationSlug: z.string().trim().max(80).optional(),
    name: optionalText(practiceLimits.shortText),
    url: ZWebUrl.optional(),
  })
  .refine((i) => i.name !== '' || !!i.organizationSlug, 'practices.errors.implementer');
export type TImplementer = z.infer<typeof ZImplementer>;

const nonEmptyList = <T extends z.ZodType>(item: T) =>
  z.array(item).min(1, 'validation.required').max(practiceLimits.listItems, 'validation.tooLong');

export const ZEligibilityRule = z.discriminatedUnion('type', [
  z.object({ type: z.literal('residence'), places: nonEmptyList(requiredText(practiceLimits.shortText)) }),
  z.object({ type: z.literal('employment'), statuses: nonEmptyList(z.enum(employmentStatuses)) }),
  z.object({ type: z.literal('caring_for'), dependants: nonEmptyList(z.enum(dependantKinds)) }),
  z.object({ type: z.literal('other'), text: requiredText(practiceLimits.beneficiaries) }),
]);
export type TEligibilityRule = z.infer<typeof ZEligibilityRule>;

export const ZEvidence = z.object({
  title: requiredText(practiceLimits.shortText),
  kind: z.enum(evidenceKinds).default('other'),
  url: ZWebUrl.optional(),
  year: z.number().int().min(1900).max(2100).optional(),
  summary: optionalText(practiceLimits.summary),
});
export type TEvidence = z.infer<typeof ZEvidence>;

export const ZLink = z.object({ label: requiredText(practiceLimits.shortText), url: ZWebUrl });
export type TLink = z.infer<typeof ZLink>;

export const ZContact = z
  .object({
    name: optionalText(practiceLimits.shortText),
    email: z.union([z.literal(''), z.email('validation.email')]).optional(),
    phone: optionalText(60),
    url: ZWebUrl.optional(),
    /** A street address, for the directions link of the practice's page (ADR 0072). */
    address: optionalText(practiceLimits.shortText).optional(),
  })
  .default({ name: '', phone: '' });
export type TContact = z.infer<typeof ZContact>;

/** The fields a translation may carry; the original's fields are never replaced by them. */
export const translatableFields = ['title', 'summary', 'body', 'beneficiaries'] as const;
export type TTranslatableField = (typeof translatableFields)[number];

export const ZTranslation = z.object({
  title: optionalText(practiceLimits.title),
  summary: optionalText(practiceLimits.summary),
  body: optionalText(practiceLimits.body),
  beneficiaries: optionalText(practiceLimits.beneficiaries),
});
export type TTranslation = z.infer<typeof ZTranslation>;

export const ZPracticeInput = z.object({
  slug: ZSlug.optional(),
  kind: z.enum(practiceKinds, { error: 'validation.invalidChoice' }),
  language: ZLanguageTag,
  title: requiredText(practiceLimits.title),
  summary: requiredText(practiceLimits.summary),
  body: requiredText(practiceLimits.body),
  beneficiaries: optionalText(practiceLimits.beneficiaries),
  translations: z.record(ZLanguageTag, ZTranslation).default({}),
  countries: z
    .array(ZCountryCode)
    .min(1, 'practices.errors.countries')
    .max(practiceLimits.listItems, 'validation.tooLong')
    .transform((c) => [...new Set(c)]),
  cities: list(ZCity),
  scope: z.enum(practiceScopes, { error: 'validation.invalidChoice' }).optional(),
  startDate: ZDate.optional(),
  endDate: ZDate.optional(),
  isOngoing: z.boolean().default(false),
  implementers: list(ZImplementer),
  populations: conceptList('population'),
  eligibility: list(ZEligibilityRule),
  themes: conceptList('theme'),
  fiveR: conceptList('five_r'),
  sdgTargets: conceptList('sdg_target'),
  evidence: list(ZEvidence),
  links: list(ZLink),
  contact: ZContact,
});
export type TPracticeInput = z.infer<typeof ZPracticeInput>;
/** What callers may pass before defaults are applied (the import's JSON lines, the API's bodies). */
export type TPracticeInputRaw = z.input<typeof ZPracticeInput>;

export const ZReturnComment = z.object({ comment: requiredText(practiceLimits.summary) });
