import type { Selectable } from 'kysely';
import { parseJson } from '../../core/records.ts';
import type { PracticesTable } from '../../platform/db/schema.ts';
import { regionIdsOfCountry } from './practice-taxonomy.ts';
import type { TPracticeStatus } from './practice-vocabulary.ts';
import type { TPracticeInput } from './practices.schemas.ts';

/** A practice as the service and pages see it: the input's fields plus workflow and review state. */
export type TPractice = Omit<TPracticeInput, 'slug'> & {
  id: string;
  slug: string;
  status: TPracticeStatus;
  isVerified: boolean;
  isFeatured: boolean;
  lastReviewedAt: string | null;
  reviewComment: string | null;
  organizationId: string | null;
  createdBy: string | null;
  submittedAt: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
};

/** The content of a practice: what a revision keeps and what the diff page compares. */
export type TPracticeContent = Omit<TPracticeInput, 'slug'>;

export const contentFields = [
  'kind',
  'language',
  'title',
  'summary',
  'body',
  'beneficiaries',
  'translations',
  'countries',
  'cities',
  'scope',
  'startDate',
  'endDate',
  'isOngoing',
  'implementers',
  'populations',
  'eligibility',
  'themes',
  'fiveR',
  'sdgTargets',
  'evidence',
  'links',
  'contact',
] as const satisfies readonly (keyof TPracticeContent)[];

export function contentOf(practice: TPracticeContent): TPracticeContent {
  return Object.fromEntries(contentFields.map((f) => [f, practice[f]])) as TPracticeContent;
}

export function practiceFromRow(row: Selectable<PracticesTable>): TPractice {
  return {
    id: row.id,
    slug: row.slug,
    status: row.status as TPracticeStatus,
    kind: row.kind as TPractice['kind'],
    language: row.language,
    title: row.title,
    summary: row.summary,
    body: row.body,
    beneficiaries: row.beneficiaries,
    translations: parseJson(row.translations, {}),
    countries: parseJson(row.countries, []),
    cities: parseJson(row.cities, []),
    scope: (row.scope ?? undefined) as TPractice['scope'],
    startDate: row.start_date ?? undefined,
    endDate: row.end_date ?? undefined,
    isOngoing: row.is_ongoing === 1,
    implementers: parseJson(row.implementers, []),
    populations: parseJson(row.populations, []),
    eligibility: parseJson(row.eligibility, []),
    themes: parseJson(row.themes, []),
    fiveR: parseJson(row.five_r, []),
    sdgTargets: parseJson(row.sdg_targets, []),
    evidence: parseJson(row.evidence, []),
    links: parseJson(row.links, []),
    contact: parseJson(row.contact, { name: '', phone: '' }),
    isVerified: row.is_verified === 1,
    isFeatured: row.is_featured === 1,
    lastReviewedAt: row.last_reviewed_at,
    reviewComment: row.review_comment,
    organizationId: row.organization_id,
    createdBy: row.created_by,
    submittedAt: row.submitted_at,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/** The content columns of a row, from a practice's content. */
export type TContentColumns = ReturnType<typeof contentColumns>;

export function contentColumns(content: TPracticeContent) {
  return {
    kind: content.kind,
    language: content.language,
    title: content.title,
    summary: content.summary,
    body: content.body,
    beneficiaries: content.beneficiaries,
    translations: JSON.stringify(content.translations),
    countries: JSON.stringify(content.countries),
    cities: JSON.stringify(content.cities),
    scope: content.scope ?? null,
    start_date: content.startDate ?? null,
    end_date: content.endDate ?? null,
    is_ongoing: content.isOngoing ? 1 : 0,
    implementers: JSON.stringify(content.implementers),
    populations: JSON.stringify(content.populations),
    eligibility: JSON.stringify(content.eligibility),
    themes: JSON.stringify(content.themes),
    five_r: JSON.stringify(content.fiveR),
    sdg_targets: JSON.stringify(content.sdgTargets),
    evidence: JSON.stringify(content.evidence),
    links: JSON.stringify(content.links),
    contact: JSON.stringify(content.contact),
  };
}

export type TFacetRow = { facet: string; value: string };

/** What a practice's facets are read from: its content and whether it is verified or featured. */
export type TFacetSource = Pick<
  TPractice,
  'kind' | 'language' | 'countries' | 'themes' | 'populations' | 'fiveR' | 'sdgTargets' | 'startDate'
> &
  Pick<TPractice, 'isVerified' | 'isFeatured'>;

/**
 * The facet rows a practice is listed by (ADR 0130): a published practice's facets, none for any other.
 * Every reader of practice_facets lists published practices only, so its counts need no join to practices.
 */
export function listedFacetsOf(practice: TFacetSource & Pick<TPractice, 'status'>): TFacetRow[] {
  return practice.status === 'published' ? facetsOf(practice) : [];
}

/** The facet rows of a practice: what browse pages, concept pages and related practices look up. */
export function facetsOf(practice: TFacetSource): TFacetRow[] {
  const rows: TFacetRow[] = [
    { facet: 'kind', value: practice.kind },
    { facet: 'language', value: practice.language },
  ];
  const regions = new Set<string>();
  for (const country of practice.countries) {
    rows.push({ facet: 'country', value: country });
    for (const region of regionIdsOfCountry(country)) regions.add(region);
  }
  for (const region of regions) rows.push({ facet: 'region', value: region });
  for (const id of practice.themes) rows.push({ facet: 'theme', value: id });
  for (const id of practice.populations) rows.push({ facet: 'population', value: id });
  for (const id of practice.fiveR) rows.push({ facet: 'five_r', value: id });
  for (const id of practice.sdgTargets) rows.push({ facet: 'sdg_target', value: id });
  const year = practice.startDate?.slice(0, 4);
  if (year) rows.push({ facet: 'year', value: year });
  if (practice.isVerified) rows.push({ facet: 'verified', value: 'yes' });
  if (practice.isFeatured) rows.push({ facet: 'featured', value: 'yes' });
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = `${r.facet}\u0000${r.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export type TOrganizationLink = { id: string; slug: string; name: string };
export type TMemberChoice = { slug: string; name: string; acronym: string | null };
export type TPracticeFile = {
  uploadId: string;
  title: string;
  contentType: string;
  byteSize: number;
  storageKey: string;
  originalName: string;
};
export type TLinkedRecommendation = {
  id: string;
  verb: string;
  text: string;
  language: string;
  eventSlug: string;
  eventTitle: string;
  eventLanguage: string;
  eventStatus: string;
};
