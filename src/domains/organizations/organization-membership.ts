import type { TDb } from '../../platform/db/database.ts';
import type { TSearchIndex } from '../../platform/search/search-index.ts';
import { findOrganizationBySlug, markFormerMember } from './organizations.repository.ts';

/**
 * Membership as the membership domain changes it (ADR 0048): an organisation that leaves the alliance
 * becomes a former member — one conditional update, in the caller's transaction, that also takes it out
 * of the hub's search. Its profile, directory entry and map point disappear with it (they list members
 * only); its records (practices, commitments, reports, events) stay, as history.
 */
export type TMemberOrganization = {
  id: string;
  slug: string;
  name: string;
  isMember: boolean;
  version: number;
};

export async function findOrganizationForMembership(
  db: TDb,
  slug: string,
): Promise<TMemberOrganization | undefined> {
  const org = await findOrganizationBySlug(db, slug);
  if (!org) return undefined;
  return {
    id: org.id,
    slug: org.slug,
    name: org.name,
    isMember: org.membershipStatus === 'member',
    version: org.version,
  };
}

/**
 * Makes a member a former member if it still is one at the version the person saw; false when it
 * already was not (a second submit, someone else ended it first) or it changed meanwhile.
 */
export async function endOrganizationMembership(
  trx: TDb,
  search: TSearchIndex,
  organization: { id: string; version: number },
  at: string,
): Promise<boolean> {
  if (!(await markFormerMember(trx, organization.id, organization.version, at))) return false;
  await search.removeDocument(organization.id, { db: trx });
  return true;
}
