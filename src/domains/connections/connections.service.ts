import { type TActor, writerOrganizationIds } from '../../core/actor.ts';
import { auditedWrite } from '../../core/audited-write.ts';
import { parseOrThrow } from '../../core/validation.ts';
import type { TDeps } from '../../deps.ts';
import type { TDb } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { analyseListing } from './connection-analysis.ts';
import { syncListingIndex } from './connection-indexing.ts';
import { isListed, todayOf } from './connection-state.ts';
import { announceListingsChanged } from './connection-term-memory.ts';
import { authorize, can, type TListingResource } from './connections.policy.ts';
import {
  closeListingAtVersion,
  findListing,
  findOrganizationForListing,
  insertListing,
  listingFacetCounts,
  listListedListings,
  listMemberOrganizations,
  listOrganizationListings,
  replaceTerms,
  setTermsOpen,
  type TListing,
  type TListingFilters,
  updateListingAtVersion,
} from './connections.repository.ts';
import {
  type TListingInput,
  type TListingInputRaw,
  type TListingKind,
  ZCloseInput,
  ZListingInput,
} from './connections.schemas.ts';

/** Publishing, editing, closing and reading offers and needs: authorise → validate → transaction → audit. */
export type TRequestBy = { requestId?: string | null };

export { isExpired, isListed, todayOf } from './connection-state.ts';

export function listingResourceOf(listing: TListing): TListingResource {
  return { organizationId: listing.organization.id, isOpen: listing.status === 'open' };
}

function validated(deps: TDeps, raw: TListingInputRaw, previousUntil: string | null): TListingInput {
  const input = parseOrThrow(ZListingInput, raw);
  if (input.openUntil && input.openUntil < todayOf(deps) && input.openUntil !== previousUntil)
    throw new AppError('validation_failed', { fieldErrors: { openUntil: 'connections.errors.pastDate' } });
  return input;
}

async function checkOrganization(deps: TDeps, actor: TActor, organizationId: string) {
  authorize(actor, 'create', { organizationId, isOpen: true });
  const organization = await findOrganizationForListing(deps.db, organizationId);
  if (!organization?.isMember)
    throw new AppError('validation_failed', {
      fieldErrors: { organizationId: 'connections.errors.organization' },
    });
  return organization;
}

/** What an offer's or a need's audit entries are about. */
const listingSubject = (listing: Pick<TListing, 'id' | 'kind'>) => ({
  type: `connection_${listing.kind}`,
  id: listing.id,
});

/** A written listing's open terms (what matches are found by) and its search document. */
async function saveTermsAndIndex(
  deps: TDeps,
  trx: TDb,
  listing: Pick<TListing, 'id' | 'kind'>,
  terms: readonly string[],
): Promise<void> {
  await replaceTerms(trx, listing.id, listing.kind, terms, true);
  const saved = await findListing(trx, listing.id);
  if (saved) await syncListingIndex(deps, saved, trx);
}

export async function publishListing(
  deps: TDeps,
  actor: TActor,
  kind: TListingKind,
  raw: TListingInputRaw,
  by: TRequestBy = {},
): Promise<string> {
  authorize(actor, 'create');
  const input = validated(deps, raw, null);
  await checkOrganization(deps, actor, input.organizationId);
  const { content, terms } = analyseListing(input);
  const id = newId();
  const row = { id, kind, organizationId: input.organizationId, ...content };
  await auditedWrite(deps, actor, by, async ({ trx, at, audit }) => {
    await insertListing(trx, { ...row, createdBy: actor.userId, at });
    await saveTermsAndIndex(deps, trx, row, terms);
    await audit('connections.published', listingSubject(row), {
      organizationId: input.organizationId,
      helpKind: input.helpKind,
    });
  });
  announceListingsChanged([id]);
  return id;
}

export async function readListing(
  deps: TDeps,
  actor: TActor,
  kind: TListingKind,
  id: string,
): Promise<TListing> {
  const listing = /^[\w-]{1,64}$/.test(id) ? await findListing(deps.db, id) : undefined;
  if (!listing || listing.kind !== kind) throw new AppError('not_found');
  // A former member's listings leave the public space; its people still see them.
  if (
    !listing.isOrganizationMember &&
    !can(actor, 'edit', { organizationId: listing.organization.id, isOpen: true })
  )
    throw new AppError('not_found');
  authorize(actor, 'view', listingResourceOf(listing));
  return listing;
}

export async function updateListing(
  deps: TDeps,
  actor: TActor,
  listing: TListing,
  raw: TListingInputRaw,
  version: number,
  by: TRequestBy = {},
): Promise<void> {
  authorize(actor, 'edit', listingResourceOf(listing));
  const input = validated(deps, { ...raw, organizationId: listing.organization.id }, listing.openUntil);
  const { content, terms } = analyseListing(input);
  await auditedWrite(deps, actor, by, async ({ trx, at, audit }) => {
    if (!(await updateListingAtVersion(trx, listing.id, version, { ...content, at })))
      throw new AppError('conflict');
    await saveTermsAndIndex(deps, trx, listing, terms);
    await audit('connections.updated', listingSubject(listing), { organizationId: listing.organization.id });
  });
  announceListingsChanged([listing.id]);
}

export async function closeListing(
  deps: TDeps,
  actor: TActor,
  listing: TListing,
  raw: { reason?: unknown; version?: unknown },
  by: TRequestBy = {},
): Promise<void> {
  authorize(actor, 'close', listingResourceOf(listing));
  const input = parseOrThrow(ZCloseInput, raw);
  await auditedWrite(deps, actor, by, async ({ trx, at, audit }) => {
    if (!(await closeListingAtVersion(trx, listing.id, input.version, input.reason, at)))
      throw new AppError('conflict');
    await setTermsOpen(trx, listing.id, false);
    await deps.search.removeDocument(listing.id, { db: trx });
    await audit('connections.closed', listingSubject(listing), {
      organizationId: listing.organization.id,
      reason: input.reason,
    });
  });
  announceListingsChanged([listing.id]);
}

export const listingsPageSize = 20;

/** Listed offers or needs for the API: a window of them and how many there are. */
export async function listListings(
  deps: TDeps,
  filters: TListingFilters,
  window: { limit: number; offset: number },
) {
  return listListedListings(deps.db, filters, todayOf(deps), window);
}

export async function browseListings(deps: TDeps, filters: TListingFilters, page: number) {
  const today = todayOf(deps);
  const [list, facets] = await Promise.all([
    listListedListings(deps.db, filters, today, {
      limit: listingsPageSize,
      offset: (page - 1) * listingsPageSize,
    }),
    listingFacetCounts(deps.db, filters, today),
  ]);
  return { ...list, facets };
}

/** The member organisations the person may publish for (owner or editor). */
export async function publishableOrganizations(deps: TDeps, actor: TActor) {
  return listMemberOrganizations(deps.db, writerOrganizationIds(actor));
}

/** An organisation's listed offers and needs (its profile page). */
export async function listedListingsOf(deps: TDeps, organizationId: string): Promise<TListing[]> {
  const today = todayOf(deps);
  return (await listOrganizationListings(deps.db, [organizationId])).filter((l) => isListed(l, today));
}
