import type { TDeps } from '../../deps.ts';
import { worldMapImageVersion } from './map/world-map-image.ts';
import { countCountriesOfMembers, countMemberOrganizations } from './organizations.repository.ts';
import { readMemberCountsByCountry } from './organizations.service.ts';

/** The alliance in numbers (members and their countries), and the address of the members' map picture. */
export type TMemberFigures = { members: number; countries: number; mapImagePath: string };

export async function readMemberFigures(deps: TDeps): Promise<TMemberFigures> {
  const [members, countries, counts] = await Promise.all([
    countMemberOrganizations(deps.db),
    countCountriesOfMembers(deps.db),
    readMemberCountsByCountry(deps),
  ]);
  return { members, countries, mapImagePath: `/members/map.svg?v=${worldMapImageVersion(counts)}` };
}
