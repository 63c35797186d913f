import type { TTranslator } from '../i18n/translator.ts';
import {
  conceptLabel,
  isKnownCountry as isTaxonomyCountry,
  regionsOfCountry,
  countriesOfRegion as taxonomyCountriesOfRegion,
} from './taxonomy.ts';

/**
 * The controlled lists an organisation is described with: stakeholder types, scopes, countries and
 * regions, with their labels in the reader's language. One module so that forms, the directory,
 * the API and the codebook agree.
 */
export const stakeholderTypes = [
  'national_government',
  'local_government',
  'international_agency',
  'private_sector_international',
  'private_sector_national',
  'philanthropy_national',
  'philanthropy_regional',
  'philanthropy_international',
  'academia',
  'youth_organization',
  'feminist_organization',
  'civil_society_network',
] as const;
export type TStakeholderType = (typeof stakeholderTypes)[number];

export const scopes = ['local', 'national', 'regional', 'international'] as const;
export type TScope = (typeof scopes)[number];

export function isStakeholderType(value: string): value is TStakeholderType {
  return (stakeholderTypes as readonly string[]).includes(value);
}

export function isScope(value: string): value is TScope {
  return (scopes as readonly string[]).includes(value);
}

/** Labels are the care taxonomy's (data in every interface language, not interface messages). */
export function stakeholderTypeLabel(i18n: TTranslator, type: string): string {
  return isStakeholderType(type) ? conceptLabel(`stakeholder_type:${type}`, i18n.locale) : type;
}

export function scopeLabel(i18n: TTranslator, scope: string): string {
  return isScope(scope) ? conceptLabel(`scope:${scope}`, i18n.locale) : scope;
}

/** ISO 3166-1 alpha-2 (upper case), as the care taxonomy knows them; XK (Kosovo) included. */
export function isKnownCountry(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && isTaxonomyCountry(code);
}

/**
 * World regions (UN M49 macro-regions, with the Americas split in two as the UN commonly does),
 * so the directory can filter by region.
 */
export const regions = [
  'africa',
  'asia',
  'europe',
  'latin_america_caribbean',
  'northern_america',
  'oceania',
] as const;
export type TRegion = (typeof regions)[number];

export function isRegion(value: string): value is TRegion {
  return (regions as readonly string[]).includes(value);
}

/** The region's countries (upper-case ISO codes), from the care taxonomy. */
export function countriesOfRegion(region: TRegion): readonly string[] {
  return taxonomyCountriesOfRegion(region);
}

/** The one of our directory regions a country belongs to, if any. */
export function regionOfCountry(code: string): TRegion | undefined {
  return regionsOfCountry(code)
    .map((id) => id.replace(/^region:/, ''))
    .find((id): id is TRegion => isRegion(id));
}
