import type { TSearchSource } from '../../core/search-sources.ts';
import type { TDeps } from '../../deps.ts';
import type { TDb } from '../../platform/db/database.ts';
import { markdownToText } from '../../platform/markdown.ts';
import type { TReindexCount, TSearchDocument } from '../../platform/search/search-index.ts';
import { regionConceptIds } from '../../taxonomy/region-concepts.ts';
import type { TCampaign } from './campaigns.record.ts';
import { campaignRows } from './campaigns.repository.ts';

/**
 * Keeps the hub's one search box in step with campaigns, as practices and commitments do: a public
 * campaign (running or closed) is in the index as type "campaign", found at
 * /{locale}/campaigns/{slug}; a draft is not. Called inside the transaction that changes the
 * campaign, so the two never disagree. The title, goal and call to action are analysed in the
 * campaign's language (translations are indexed with them), and its themes and countries are
 * declared as concepts, so a search in another language finds it too.
 */
export function campaignSearchDocument(c: TCampaign): TSearchDocument {
  const translations = Object.values(c.translations);
  const publishedAt = c.publishedAt ?? c.createdAt;
  const regions = new Set(c.countries.flatMap(regionConceptIds));
  return {
    id: c.id,
    type: 'campaign',
    slug: c.slug,
    language: c.language,
    title: c.title,
    summary: [c.goal, ...translations.map((t) => `${t.title ?? ''} ${t.goal ?? ''}`)]
      .filter((part) => part.trim() !== '')
      .join('\n'),
    body: [
      c.callToAction,
      markdownToText(c.body),
      c.organization?.name ?? '',
      ...translations.map((t) => `${t.callToAction ?? ''} ${markdownToText(t.body ?? '')}`),
    ]
      .filter((part) => part.trim() !== '')
      .join('\n'),
    publishedAt,
    facets: [
      { facet: 'language', value: c.language },
      ...c.countries.map((value) => ({ facet: 'country', value })),
      ...[...regions].map((value) => ({ facet: 'region', value })),
      ...c.themes.map((value) => ({ facet: 'theme', value })),
      { facet: 'year', value: publishedAt.slice(0, 4) },
    ],
    concepts: [...c.themes, ...c.countries.map((code) => `country:${code.toLowerCase()}`)],
  };
}

export function isCampaignSearchable(c: Pick<TCampaign, 'status'>): boolean {
  return c.status === 'published' || c.status === 'closed';
}

/** Upserts a public campaign's document, or removes a draft's; true when it is in the index. */
export async function syncCampaignIndex(
  deps: Pick<TDeps, 'search'>,
  c: TCampaign,
  db?: TDb,
): Promise<boolean> {
  const isSearchable = isCampaignSearchable(c);
  if (isSearchable) await deps.search.upsertDocument(campaignSearchDocument(c), db ? { db } : {});
  else await deps.search.removeDocument(c.id, db ? { db } : {});
  return isSearchable;
}

/** Syncs every campaign's document and drops those of campaigns that are gone (the search reindex). */
export function reindexAllCampaigns(deps: Pick<TDeps, 'search'>): Promise<TReindexCount> {
  return deps.search.reindexRecords('campaign', campaignRows, (c, trx) => syncCampaignIndex(deps, c, trx));
}

/** What this domain makes searchable (core/search-sources.ts), registered by compose.ts. */
export const campaignSearchSource: TSearchSource = {
  name: 'campaign',
  types: {
    campaign: { path: '/campaigns', labelKey: 'search.type.campaign' },
  },
  reindex: reindexAllCampaigns,
};
