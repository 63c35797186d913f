import type { TDeps } from '../../deps.ts';
import { bumpContentVersion } from '../../platform/content-version.ts';
import {
  countCountriesOfMembers,
  countMemberOrganizations,
} from '../organizations/organizations.repository.ts';

export type THomeFigures = { members: number; countries: number };

let cached: { at: number; figures: THomeFigures } | undefined;

/** The figures on the home page; kept for a minute, as they change slowly and the page is the busiest. */
export async function readHomeFigures(deps: TDeps): Promise<THomeFigures> {
  const now = Date.now();
  if (cached && now - cached.at < 60_000) return cached.figures;
  const figures = {
    members: await countMemberOrganizations(deps.db),
    countries: await countCountriesOfMembers(deps.db),
  };
  cached = { at: now, figures };
  return figures;
}

/** Call after a change that the home page shows (members, countries): drops cached figures and pages. */
export function forgetHomeFigures(): void {
  cached = undefined;
  bumpContentVersion();
}
