import { localeTags } from '../../i18n/locales.ts';
import { toCsvTable } from '../../platform/csv.ts';
import type { TOrganizationRecord } from './organizations.record.ts';
import type { TDirectoryEntry } from './organizations.repository.ts';

/**
 * The open-data shape of a member organisation, for the JSON API and the CSV export, and the
 * codebook that explains each CSV column (the page /members/codebook renders it).
 */
export type TPublicOrganization = Pick<
  TOrganizationRecord,
  | 'slug'
  | 'name'
  | 'acronym'
  | 'stakeholderType'
  | 'scope'
  | 'countries'
  | 'city'
  | 'website'
  | 'description'
  | 'isChampion'
  | 'championSince'
> & {
  /** The name in other languages, by language tag. */
  names: Record<string, string>;
  descriptionLanguage: string;
  memberSince: string | null;
  profileUrl: string;
};

export function toPublicOrganization(org: TDirectoryEntry, publicUrl: string): TPublicOrganization {
  return {
    slug: org.slug,
    name: org.name,
    acronym: org.acronym,
    names: org.nameTranslations,
    stakeholderType: org.stakeholderType,
    scope: org.scope,
    countries: org.countries,
    city: org.city,
    website: org.website,
    description: org.description,
    descriptionLanguage: org.language,
    isChampion: org.isChampion,
    championSince: org.championSince,
    memberSince: org.publishedAt,
    profileUrl: `${publicUrl}/en/members/${encodeURIComponent(org.slug)}`,
  };
}

/** CSV columns in order: name, what the codebook says about it (a message key), and the value. */
export const csvColumns: readonly { name: string; key: string; value: (o: TPublicOrganization) => string }[] =
  [
    { name: 'slug', key: 'slug', value: (o) => o.slug },
    { name: 'name', key: 'name', value: (o) => o.name },
    { name: 'acronym', key: 'acronym', value: (o) => o.acronym ?? '' },
    ...localeTags.map((tag) => ({
      name: `name_${tag}`,
      key: 'nameIn',
      value: (o: TPublicOrganization) => o.names[tag] ?? '',
    })),
    { name: 'stakeholder_type', key: 'stakeholderType', value: (o) => o.stakeholderType },
    { name: 'scope', key: 'scope', value: (o) => o.scope },
    { name: 'countries', key: 'countries', value: (o) => o.countries.join(';') },
    { name: 'city', key: 'city', value: (o) => o.city ?? '' },
    { name: 'website', key: 'website', value: (o) => o.website ?? '' },
    { name: 'description_language', key: 'descriptionLanguage', value: (o) => o.descriptionLanguage },
    { name: 'is_champion', key: 'isChampion', value: (o) => (o.isChampion ? '1' : '0') },
    { name: 'champion_since', key: 'championSince', value: (o) => o.championSince?.slice(0, 10) ?? '' },
    { name: 'member_since', key: 'memberSince', value: (o) => o.memberSince?.slice(0, 10) ?? '' },
    { name: 'profile_url', key: 'profileUrl', value: (o) => o.profileUrl },
  ];

/** RFC 4180 CSV with a byte-order mark (spreadsheets read "Bogotá" right), through the shared writer. */
export function toCsv(rows: readonly TPublicOrganization[]): string {
  return toCsvTable(
    csvColumns.map((c) => c.name),
    rows.map((row) => csvColumns.map((c) => c.value(row))),
  );
}
