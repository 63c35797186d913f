import { isCurator, type TActor, writerOrganizationIds } from '../../core/actor.ts';
import { pageWithTotal } from '../../core/listing.ts';
import { sectionWithRecords, type TSitemapSource } from '../../core/sitemap.ts';
import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import type { TCampaign } from './campaigns.record.ts';
import {
  countPublicCampaigns,
  findCampaignBySlug,
  listEndorsements,
  listOwnDraftCampaigns,
  listPublicCampaigns,
  listSitemapRows,
} from './campaigns.repository.ts';

/** Reading campaigns for pages and the API: what routes call instead of the repository. */
export type { TCampaign };

/** Published and closed campaigns, a page at a time, with how many there are in all. */
export function readPublicCampaigns(deps: TDeps, limit: number, offset = 0) {
  return pageWithTotal(listPublicCampaigns(deps.db, limit, offset), countPublicCampaigns(deps.db));
}

/** The list page: the public campaigns, and the drafts this person may write (none when anonymous). */
export async function readCampaignsIndex(deps: TDeps, actor: TActor, limit: number) {
  const items = await listPublicCampaigns(deps.db, limit);
  const drafts = actor.userId
    ? await listOwnDraftCampaigns(deps.db, {
        userId: actor.userId,
        organizationIds: writerOrganizationIds(actor),
        isAll: isCurator(actor),
      })
    : [];
  return { items, drafts };
}

/** A public campaign with its endorsements; a draft or unknown slug is not found. */
export async function readPublicCampaign(deps: TDeps, slug: string) {
  const campaign = await findCampaignBySlug(deps.db, slug);
  if (!campaign || campaign.status === 'draft') throw new AppError('not_found');
  return { campaign, endorsements: await listEndorsements(deps.db, campaign.id) };
}

/** The campaigns section and every published or closed campaign's page, for /sitemap.xml (core/sitemap.ts). */
export const campaignSitemapSource: TSitemapSource = {
  name: 'campaigns',
  entries: async (deps) => sectionWithRecords('/campaigns', await listSitemapRows(deps.db, 20_000)),
};
