import type { TDeps } from '../../deps.ts';
import { shortened } from '../../platform/text.ts';
import { campaignText } from './campaign-display.ts';
import { countOpenCampaigns, listOpenCampaigns } from './campaigns.repository.ts';

/** An open campaign as a list on another page shows it: goal and how many organisations endorse it. */
export type TCampaignTeaser = {
  slug: string;
  title: string;
  goal: string;
  language: string;
  endorsements: number;
  endsOn: string | null;
};

/** Open campaigns (published, not closed, not past their end day), most endorsed first, with how many are open in all. */
export async function readCampaignTeasers(
  deps: TDeps,
  locale: string,
  limit: number,
): Promise<{ campaigns: TCampaignTeaser[]; open: number }> {
  const today = deps.clock.now().toISOString().slice(0, 10);
  const [campaigns, open] = await Promise.all([
    listOpenCampaigns(deps.db, today, limit),
    countOpenCampaigns(deps.db, today),
  ]);
  return {
    campaigns: campaigns.map((campaign) => {
      const text = campaignText(campaign, locale);
      return {
        slug: campaign.slug,
        title: text.title,
        goal: shortened(text.goal, 180),
        language: text.language,
        endorsements: campaign.endorsementCount,
        endsOn: campaign.endsOn,
      };
    }),
    open,
  };
}
