import type { TSearchSource } from '../../core/search-sources.ts';
import type { TDb } from '../../platform/db/database.ts';
import type { TReindexCount, TSearchDocument, TSearchIndex } from '../../platform/search/search-index.ts';
import { findConcept, regionsOfCountry } from '../../taxonomy/taxonomy.ts';
import type { TOrganizationDetailKey, TOrganizationRecord } from './organizations.record.ts';
import { organizationRows } from './organizations.repository.ts';

/**
 * Keeps the hub's search index in step with organisations, as practice-indexing.ts does for
 * practices: a member organisation is in the index (type "organization"), any other is not. Called
 * inside the transaction that changes the organisation, so the two never disagree. The name and
 * description in their own language lead; their translations are indexed with them, so a reader
 * finds a member in any language it is described in. Private contacts are never indexed.
 */
type TIndexedOrganization = Pick<
  TOrganizationRecord,
  | 'id'
  | 'slug'
  | TOrganizationDetailKey
  | 'descriptionTranslations'
  | 'membershipStatus'
  | 'publishedAt'
  | 'createdAt'
>;

export function organizationSearchDocument(org: TIndexedOrganization): TSearchDocument {
  const languages = new Set([
    ...Object.keys(org.nameTranslations),
    ...Object.keys(org.descriptionTranslations),
  ]);
  languages.delete(org.language);
  const translations = [...languages].map(
    (l) => `${org.nameTranslations[l] ?? ''} ${org.descriptionTranslations[l] ?? ''}`,
  );
  const stakeholderConcept = `stakeholder_type:${org.stakeholderType}`;
  const regions = new Set(
    org.countries.flatMap((code) => regionsOfCountry(code).map((r) => (r.includes(':') ? r : `region:${r}`))),
  );
  return {
    id: org.id,
    type: 'organization',
    slug: org.slug,
    language: org.language,
    title: org.acronym ? `${org.name} (${org.acronym})` : org.name,
    summary: [org.description, ...translations].filter((part) => part.trim() !== '').join('\n'),
    body: [org.city ?? ''].filter((part) => part.trim() !== '').join('\n'),
    publishedAt: org.publishedAt ?? org.createdAt,
    facets: [
      ...org.countries.map((value) => ({ facet: 'country', value })),
      ...[...regions].map((value) => ({ facet: 'region', value })),
    ],
    concepts: [
      ...(findConcept(stakeholderConcept) ? [stakeholderConcept] : []),
      ...org.countries.map((code) => `country:${code.toLowerCase()}`),
    ],
  };
}

/** Upserts a member organisation's document, or removes the document of any other; true when indexed. */
export async function syncOrganizationIndex(
  search: TSearchIndex,
  org: TIndexedOrganization,
  db?: TDb,
): Promise<boolean> {
  if (org.membershipStatus === 'member') {
    await search.upsertDocument(organizationSearchDocument(org), db ? { db } : {});
    return true;
  }
  await search.removeDocument(org.id, db ? { db } : {});
  return false;
}

/** Syncs every organisation's document and drops those of organisations that are gone (the search reindex). */
export function reindexAllOrganizations(search: TSearchIndex): Promise<TReindexCount> {
  return search.reindexRecords('organization', organizationRows, (org, trx) =>
    syncOrganizationIndex(search, org, trx),
  );
}

/** What this domain makes searchable (core/search-sources.ts), registered by compose.ts. */
export const organizationSearchSource: TSearchSource = {
  name: 'organization',
  types: {
    organization: { path: '/members', labelKey: 'search.type.organization' },
  },
  reindex: (deps) => reindexAllOrganizations(deps.search),
};
