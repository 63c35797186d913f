import { syncCampaignIndex } from '../domains/campaigns/campaign-indexing.ts';
import {
  findCampaignBySlug,
  insertCampaign,
  insertEndorsement,
} from '../domains/campaigns/campaigns.repository.ts';
import type { TCampaignScope } from '../domains/campaigns/campaigns.schemas.ts';
import { createHubSearch } from '../domains/search/hub-search.ts';
import { dialectOf } from '../platform/db/dialect-of.ts';
import { newId } from '../platform/ids.ts';
import type { TDemoPart } from './demo-context.ts';

/**
 * The demo's campaigns, from the founding texts' calls to act "at national, regional and global level":
 * putting care at the centre of the recovery (the alliance's own call), and a European year for women's
 * mental health. A few demo members endorse them.
 */
export type TDemoCampaign = {
  slug: string;
  language: string;
  title: string;
  goal: string;
  callToAction: string;
  scope: TCampaignScope;
  countries: string[];
  themes: string[];
  startsOn: string | null;
  endsOn: string | null;
  lead: string;
  endorsers: { slug: string; statement?: string }[];
};

export const demoCampaigns: readonly TDemoCampaign[] = [
  {
    slug: 'care-at-the-centre-of-the-recovery',
    language: 'en',
    title: 'Care at the centre of the recovery',
    goal: 'Make care a public responsibility shared by governments, employers, communities and families, everywhere.',
    callToAction:
      'Endorse the call, and tell us what your organisation will do at local, national or global level.',
    scope: 'global',
    countries: [],
    themes: ['theme:care_systems', 'theme:unpaid_care_work'],
    startsOn: '2021-06-30',
    endsOn: null,
    lead: 'inmujeres',
    endorsers: [
      { slug: 'un-women' },
      { slug: 'uclg', statement: 'Cities are where care happens.' },
      { slug: 'make-mothers-matter' },
      { slug: 'rops-krakow' },
    ],
  },
  {
    slug: 'eu-year-for-womens-mental-health',
    language: 'en',
    title: 'A European year for women’s mental health',
    goal: 'Have the European Union dedicate a year to women’s mental health, with mothers’ mental load in view.',
    callToAction: 'Endorse the call and share it with your representatives in the European Parliament.',
    scope: 'regional',
    countries: ['BE', 'FR', 'DE', 'PL'],
    themes: ['theme:caregiver_health'],
    startsOn: '2023-10-09',
    endsOn: '2024-12-31',
    lead: 'make-mothers-matter',
    endorsers: [{ slug: 'mine-mother-centres' }, { slug: 'easpd' }],
  },
];

export const demoCampaignsPart: TDemoPart = {
  name: 'campaigns',
  async load(ctx) {
    const search = createHubSearch({ db: ctx.db, dialect: dialectOf(ctx.db) });
    for (const c of demoCampaigns) {
      const id = newId(Date.parse(ctx.at));
      await insertCampaign(ctx.db, {
        id,
        slug: c.slug,
        status: 'published',
        language: c.language,
        title: c.title,
        goal: c.goal,
        call_to_action: c.callToAction,
        body: '',
        translations: '{}',
        scope: c.scope,
        countries: JSON.stringify(c.countries),
        themes: JSON.stringify(c.themes),
        starts_on: c.startsOn,
        ends_on: c.endsOn,
        materials: '[]',
        image_url: null,
        image_alt: null,
        organization_id: ctx.organizationIds.get(c.lead) ?? null,
        created_by: null,
        created_at: ctx.at,
        updated_at: ctx.at,
        published_at: ctx.at,
      });
      for (const e of c.endorsers) {
        const organizationId = ctx.organizationIds.get(e.slug);
        if (!organizationId) continue;
        await insertEndorsement(ctx.db, {
          campaignId: id,
          organizationId,
          userId: null,
          statement: e.statement ?? null,
          at: ctx.at,
        });
      }
      const saved = await findCampaignBySlug(ctx.db, c.slug);
      if (saved) await syncCampaignIndex({ search }, saved, ctx.db);
    }
    return demoCampaigns.length;
  },
};
