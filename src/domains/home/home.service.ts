import type { TDeps } from '../../deps.ts';
import { bumpContentVersion, currentContentVersion } from '../../platform/content-version.ts';
import { countPublicCommunities } from '../communities/index.ts';
import {
  countCountriesOfMembers,
  countMemberOrganizations,
} from '../organizations/organizations.repository.ts';

export type THomeFigures = { members: number; countries: number; communities: number; discussions: number };

let cached: { at: number; version: number; figures: THomeFigures } | undefined;

/**
 * The figures on the home page; kept for a minute, as they change slowly and the page is the busiest,
 * and forgotten when the content version moves (a change announced on this node or another).
 */
export async function readHomeFigures(deps: TDeps): Promise<THomeFigures> {
  const now = Date.now();
  const version = currentContentVersion();
  if (cached && cached.version === version && now - cached.at < 60_000) return cached.figures;
  const figures = {
    members: await countMemberOrganizations(deps.db),
    countries: await countCountriesOfMembers(deps.db),
    ...(await countPublicCommunities(deps).then((n) => ({
      communities: n.communities,
      discussions: n.threads,
    }))),
  };
  cached = { at: now, version, figures };
  return figures;
}

/** Call after a change that the home page shows (members, countries): every node drops figures and pages. */
export function forgetHomeFigures(): void {
  cached = undefined;
  bumpContentVersion();
}
