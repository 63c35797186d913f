import { audit } from '../core/audit.ts';
import type { TDeps } from '../deps.ts';
import { forgetHomeFigures } from '../domains/home/home.service.ts';
import { readMeta, writeMeta } from '../platform/db/app-meta.ts';
import { demoApplicationsPart } from './demo-applications.ts';
import { demoCampaignsPart } from './demo-campaigns.ts';
import { demoCommitmentsPart } from './demo-commitments.ts';
import { demoCommunitiesPart } from './demo-communities.ts';
import { demoCommunityMeetingsPart } from './demo-community-meetings.ts';
import { demoConnectionsPart } from './demo-connections.ts';
import type { TDemoContext, TDemoPart } from './demo-context.ts';
import { demoEventsPart } from './demo-events.ts';
import { demoImportsPart } from './demo-imports.ts';
import { demoNewsPart } from './demo-news.ts';
import { demoOrganizationsPart } from './demo-organizations.ts';
import { demoPicturesPart } from './demo-pictures.ts';
import { demoPracticesPart } from './demo-practices.ts';
import { demoSiteTextsPart } from './demo-site-texts.ts';

/**
 * The demo, part by part, in loading order. A new kind of demo content (practices, events, news,
 * campaigns…) is one file, src/demo/demo-<records>.ts, exporting its typed data and a TDemoPart,
 * plus one line here; later parts find the organisations' ids in ctx.organizationIds.
 */
const demoParts: readonly TDemoPart[] = [
  demoOrganizationsPart,
  demoCommitmentsPart,
  demoPracticesPart,
  demoEventsPart,
  demoNewsPart,
  demoCampaignsPart,
  demoPicturesPart,
  demoCommunitiesPart,
  demoCommunityMeetingsPart,
  demoConnectionsPart,
  demoSiteTextsPart,
  demoImportsPart,
  demoApplicationsPart,
];

const loadedKey = 'demo_loaded';

/**
 * Loads the demo content once, into an empty database (no users, no organisations), in one
 * transaction: all of it or nothing. Returns true when it loaded something.
 */
export async function loadDemoIfEmpty(deps: TDeps): Promise<boolean> {
  if (await readMeta(deps.db, loadedKey)) return false;
  if (!(await isDatabaseEmpty(deps.db))) return false;
  const at = deps.clock.now().toISOString();
  try {
    const counts = await deps.db.transaction().execute(async (trx) => {
      const ctx: TDemoContext = { db: trx, at, organizationIds: new Map(), files: deps.files };
      const loaded: Record<string, number> = {};
      for (const part of demoParts) loaded[part.name] = await part.load(ctx);
      await audit(trx, { actorId: null, at }, 'demo.loaded', { type: 'installation', id: null }, loaded);
      await writeMeta(trx, loadedKey, at);
      return loaded;
    });
    forgetHomeFigures();
    deps.logger.info({ demo: counts }, 'demo content loaded');
    return true;
  } catch (error) {
    // Another app node sharing the database may have loaded it at the same moment: then ours
    // rolled back on a unique slug, and there is nothing left to do.
    if (await readMeta(deps.db, loadedKey)) return false;
    throw error;
  }
}

async function isDatabaseEmpty(db: TDeps['db']): Promise<boolean> {
  const user = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (user) return false;
  const organization = await db.selectFrom('organizations').select('id').limit(1).executeTakeFirst();
  return organization === undefined;
}
