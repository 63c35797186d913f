import { z } from 'zod';
import type { TFormValues } from '../../http/forms.ts';
import { isLocale, localeTags } from '../../i18n/locales.ts';
import {
  isKnownCountry,
  isRegion,
  isScope,
  isStakeholderType,
} from '../../taxonomy/organization-vocabulary.ts';

/**
 * The organisation as a form describes it (the application form and the profile editor share it).
 * Every field is optional here; what a submitted application must have is checked by the caller
 * (a draft may be incomplete, a submission may not).
 */
export const organizationLimits = {
  name: 200,
  acronym: 30,
  city: 120,
  website: 300,
  description: 5000,
  email: 254,
  phone: 40,
  countries: 60,
} as const;

/** Control characters other than tab and line breaks never belong in a name or a description. */
function isControlCharacter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return (code < 32 && ch !== '\t' && ch !== '\n' && ch !== '\r') || code === 127;
}

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.tooLong')
    .refine((v) => ![...v].some(isControlCharacter), 'validation.invalid')
    .optional()
    .transform((v) => (v ? v : null));

const ZWebsite = z
  .string()
  .trim()
  .max(organizationLimits.website, 'validation.tooLong')
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const candidate = /^[a-z][a-z0-9+.-]*:/i.test(v) ? v : `https://${v}`;
    try {
      const url = new URL(candidate);
      const isWeb = url.protocol === 'https:' || url.protocol === 'http:';
      if (!isWeb || !url.hostname.includes('.') || /\s/.test(v)) throw new Error('not a web address');
      return url.toString();
    } catch {
      ctx.addIssue({ code: 'custom', message: 'organizations.errors.website' });
      return z.NEVER;
    }
  });

const ZOptionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(organizationLimits.email, 'validation.tooLong')
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    if (!z.email().safeParse(v).success) {
      ctx.addIssue({ code: 'custom', message: 'validation.email' });
      return z.NEVER;
    }
    return v;
  });

const ZCountries = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v, ctx) => {
    const list = (v === undefined ? [] : Array.isArray(v) ? v : [v]).map((c) => c.trim().toUpperCase());
    const codes = [...new Set(list.filter((c) => c !== ''))];
    if (codes.length > organizationLimits.countries) {
      ctx.addIssue({ code: 'custom', message: 'validation.tooLong' });
      return z.NEVER;
    }
    if (codes.some((c) => !isKnownCountry(c))) {
      ctx.addIssue({ code: 'custom', message: 'organizations.errors.unknownCountry' });
      return z.NEVER;
    }
    return codes;
  });

const ZChoice = (isValid: (v: string) => boolean) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      if (!isValid(v)) {
        ctx.addIssue({ code: 'custom', message: 'validation.invalidChoice' });
        return z.NEVER;
      }
      return v;
    });

const ZLanguageTag = ZChoice((v) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(v));

const nameVariantFields = Object.fromEntries(
  localeTags.map((tag) => [`name_${tag}`, optionalText(organizationLimits.name)]),
) as Record<`name_${string}`, ReturnType<typeof optionalText>>;

/** The contact person's fields: the application form's (address required) and the profile's private contacts. */
export const contactLimits = { name: 120, email: 254, role: 120, phone: 40 } as const;

const optionalContactText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.tooLong')
    .optional()
    .transform((v) => v || null);

const contactEmail = z.string({ error: 'validation.required' }).trim().toLowerCase();

const contactTexts = {
  contactName: optionalContactText(contactLimits.name),
  contactRole: optionalContactText(contactLimits.role),
  contactPhone: optionalContactText(contactLimits.phone),
};

/** The applicant's contact: the address is required (the application's mail goes there). */
export const applicantContactFields = {
  ...contactTexts,
  contactEmail: contactEmail
    .min(1, 'validation.required')
    .max(contactLimits.email, 'validation.tooLong')
    .pipe(z.email('validation.email')),
};

/** The profile's private contacts: every field may stay empty. */
export const privateContactFields = {
  ...contactTexts,
  contactEmail: contactEmail
    .max(contactLimits.email, 'validation.tooLong')
    .optional()
    .refine((v) => !v || z.email().safeParse(v).success, 'validation.email')
    .transform((v) => v || null),
};

export const ZOrganizationFields = z.object({
  name: optionalText(organizationLimits.name),
  acronym: optionalText(organizationLimits.acronym),
  ...nameVariantFields,
  stakeholderType: ZChoice(isStakeholderType),
  scope: ZChoice(isScope),
  countries: ZCountries,
  city: optionalText(organizationLimits.city),
  website: ZWebsite,
  description: optionalText(organizationLimits.description),
  descriptionLanguage: ZLanguageTag,
  publicEmail: ZOptionalEmail,
  publicPhone: optionalText(organizationLimits.phone),
});
export type TOrganizationFields = z.infer<typeof ZOrganizationFields>;

/**
 * One translation of the name and description, from the profile editor's translation form. Both
 * empty means "remove the translation"; whether the language is the original one is the service's.
 */
export const ZOrganizationTranslation = z.object({
  version: z.coerce.number().int().min(1),
  translationLanguage: z
    .string({ error: 'organizations.errors.translationLanguage' })
    .trim()
    .refine((v) => isLocale(v), 'organizations.errors.translationLanguage'),
  translationName: optionalText(organizationLimits.name),
  translationDescription: optionalText(organizationLimits.description),
});
export type TOrganizationTranslation = z.infer<typeof ZOrganizationTranslation>;

/** The organisation's data as stored (in an application, and on the organisation itself). */
export type TOrganizationData = {
  name: string;
  acronym: string | null;
  nameTranslations: Record<string, string>;
  stakeholderType: string | null;
  scope: string | null;
  countries: string[];
  city: string | null;
  website: string | null;
  description: string;
  descriptionLanguage: string | null;
  publicEmail: string | null;
  publicPhone: string | null;
};

export function organizationDataFrom(fields: TOrganizationFields): TOrganizationData {
  const nameTranslations: Record<string, string> = {};
  for (const tag of localeTags) {
    const value = (fields as Record<string, unknown>)[`name_${tag}`];
    if (typeof value === 'string' && value !== '') nameTranslations[tag] = value;
  }
  return {
    name: fields.name ?? '',
    acronym: fields.acronym,
    nameTranslations,
    stakeholderType: fields.stakeholderType,
    scope: fields.scope,
    countries: fields.countries,
    city: fields.city,
    website: fields.website,
    description: fields.description ?? '',
    descriptionLanguage: fields.descriptionLanguage,
    publicEmail: fields.publicEmail,
    publicPhone: fields.publicPhone,
  };
}

/** The form values that show stored organisation data again (to resume a draft, to edit a profile). */
export function organizationFormValues(data: Partial<TOrganizationData>): TFormValues {
  const values: TFormValues = {
    name: data.name ?? '',
    acronym: data.acronym ?? '',
    stakeholderType: data.stakeholderType ?? '',
    scope: data.scope ?? '',
    countries: data.countries ?? [],
    city: data.city ?? '',
    website: data.website ?? '',
    description: data.description ?? '',
    descriptionLanguage: data.descriptionLanguage ?? '',
    publicEmail: data.publicEmail ?? '',
    publicPhone: data.publicPhone ?? '',
  };
  for (const [tag, name] of Object.entries(data.nameTranslations ?? {})) values[`name_${tag}`] = name;
  return values;
}

/** The fields a complete organisation must have, as message keys per missing field. */
export function missingOrganizationFields(data: TOrganizationData): Record<string, string> {
  const missing: Record<string, string> = {};
  if (!data.name) missing.name = 'validation.required';
  if (!data.stakeholderType) missing.stakeholderType = 'validation.required';
  if (!data.scope) missing.scope = 'validation.required';
  if (data.countries.length === 0) missing.countries = 'organizations.errors.countryRequired';
  if (!data.description) missing.description = 'validation.required';
  return missing;
}

/** The directory's filters, from a query string (pages and API alike). Unknown values are dropped. */
export const directoryPageSize = 24;

export type TDirectoryFilter = {
  type: string | null;
  scope: string | null;
  country: string | null;
  region: string | null;
  isChampion: boolean;
  q: string | null;
  page: number;
};

export function directoryFilterFrom(query: Record<string, string | undefined>): TDirectoryFilter {
  const type = query.type && isStakeholderType(query.type) ? query.type : null;
  const scope = query.scope && isScope(query.scope) ? query.scope : null;
  const countryCode = query.country?.toUpperCase();
  const country = countryCode && isKnownCountry(countryCode) ? countryCode : null;
  const region = query.region && isRegion(query.region) ? query.region : null;
  const q = query.q?.trim().slice(0, 100) || null;
  const page = Math.min(Math.max(Number.parseInt(query.page ?? '1', 10) || 1, 1), 10_000);
  return { type, scope, country, region, isChampion: query.champion === '1', q, page };
}

/** The filter as a query string with a fixed parameter order, so every list has one stable URL. */
export function directoryQueryString(
  filter: TDirectoryFilter,
  changes: Partial<TDirectoryFilter> = {},
): string {
  const f = { ...filter, ...changes };
  const params = new URLSearchParams();
  if (f.q) params.set('q', f.q);
  if (f.type) params.set('type', f.type);
  if (f.scope) params.set('scope', f.scope);
  if (f.region) params.set('region', f.region);
  if (f.country) params.set('country', f.country);
  if (f.isChampion) params.set('champion', '1');
  if (f.page > 1) params.set('page', String(f.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}
