/**
 * The organizations domain's record types: what its repositories return and its services and views take.
 * Views import these, never a repository.
 */
export type TOrganizationRecord = {
  id: string;
  slug: string;
  name: string;
  acronym: string | null;
  nameTranslations: Record<string, string>;
  descriptionTranslations: Record<string, string>;
  stakeholderType: string;
  scope: string;
  countries: string[];
  city: string | null;
  website: string | null;
  description: string;
  language: string;
  membershipStatus: string;
  logoKey: string | null;
  logoType: string | null;
  logoWidth: number | null;
  logoHeight: number | null;
  publicEmail: string | null;
  publicPhone: string | null;
  privateContacts: Record<string, string>;
  isChampion: boolean;
  championSince: string | null;
  championCitation: string | null;
  championCitationLanguage: string | null;
  publishedAt: string | null;
  applicationId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

/**
 * The details an organisation describes itself with in public (what the join form and the profile
 * editor ask for, the directory lists and the search indexes), named once for the shapes that carry them.
 */
export type TOrganizationDetailKey =
  | 'name'
  | 'acronym'
  | 'nameTranslations'
  | 'stakeholderType'
  | 'scope'
  | 'countries'
  | 'city'
  | 'description'
  | 'language';
