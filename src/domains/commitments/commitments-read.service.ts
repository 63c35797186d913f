import type { TActor } from '../../core/actor.ts';
import type { TDeps } from '../../deps.ts';
import { findOrganizationBySlug } from '../organizations/index.ts';
import {
  findCycleBySlug,
  listCycles,
  listRoundReminders,
  listRounds,
} from './commitment-reporting.repository.ts';
import { stalenessCutoffs } from './commitment-staleness.ts';
import { authorize } from './commitments.policy.ts';
import {
  countPublishedCommitments,
  findCommitmentBySlug,
  listCommitmentsByStatus,
  listCommitmentsOfOrganizations,
  listDeliverables,
  listMakersOfCommitments,
  listMemberOrganizations,
  listPublishedCommitments,
  listPublishedCommitmentTitles,
} from './commitments.repository.ts';
import { emptyCommitmentFilter, type TCommitmentFilter } from './commitments.schemas.ts';

/**
 * Reading lists of commitments: the public listing (browse page, API, CSV, feed), a member's
 * workspace and the secretariat's review queue.
 */
export async function resolveFilter(deps: TDeps, filter: TCommitmentFilter) {
  const cycle = filter.cycle ? await findCycleBySlug(deps.db, filter.cycle) : undefined;
  const organization = filter.organization
    ? await findOrganizationBySlug(deps.db, filter.organization)
    : undefined;
  return {
    ...filter,
    // An unknown cycle or organisation matches nothing rather than everything.
    cycleId: filter.cycle ? (cycle?.id ?? 'none') : null,
    organizationId: filter.organization ? (organization?.id ?? 'none') : null,
  };
}

export async function readPublishedList(
  deps: TDeps,
  filter: TCommitmentFilter,
  page: { limit: number; offset: number },
) {
  const cutoffs = stalenessCutoffs(deps.clock.now(), deps.config.commitmentStaleness);
  const resolved = await resolveFilter(deps, filter);
  const [items, total] = await Promise.all([
    listPublishedCommitments(deps.db, resolved, cutoffs, page),
    countPublishedCommitments(deps.db, resolved, cutoffs),
  ]);
  return { items, total };
}

export async function readBrowsePage(
  deps: TDeps,
  filter: TCommitmentFilter,
  page: { limit: number; offset: number },
) {
  const [list, cycles] = await Promise.all([readPublishedList(deps, filter, page), listCycles(deps.db)]);
  return { ...list, cycles };
}

export async function readWorkspace(deps: TDeps, actor: TActor) {
  const cutoffs = stalenessCutoffs(deps.clock.now(), deps.config.commitmentStaleness);
  const rows = await listCommitmentsOfOrganizations(deps.db, [...actor.organizationRoles.keys()], cutoffs);
  const isWriter = (organizationId: string) =>
    ['owner', 'editor'].includes(actor.organizationRoles.get(organizationId) ?? '');
  return {
    items: rows.filter((r) => r.makerStatus !== 'declined'),
    invitations: rows.filter(
      (r) => r.makerRole === 'co_maker' && r.makerStatus === 'pending' && isWriter(r.makerId),
    ),
  };
}

export async function readReviewQueue(deps: TDeps, actor: TActor) {
  authorize(actor, 'listForReview');
  return listCommitmentsByStatus(deps.db, 'submitted');
}

export async function readPublishedBySlug(deps: TDeps, slug: string) {
  const cutoffs = stalenessCutoffs(deps.clock.now(), deps.config.commitmentStaleness);
  const [item] = await listPublishedCommitments(deps.db, { ...emptyCommitmentFilter, slug }, cutoffs, {
    limit: 1,
    offset: 0,
  });
  return item;
}

/** What another domain needs to ask a commitment's lead organisation for an introduction (issue 14). */
export type TCommitmentForIntroduction = {
  slug: string;
  title: string;
  language: string;
  organizationId: string;
};

/** A published commitment by its slug, as an introduction's subject; undefined when unknown or not public. */
export async function findCommitmentForIntroduction(
  deps: Pick<TDeps, 'db'>,
  slug: string,
): Promise<TCommitmentForIntroduction | undefined> {
  const commitment = await findCommitmentBySlug(deps.db, slug);
  if (commitment?.status !== 'published') return undefined;
  return {
    slug: commitment.slug,
    title: commitment.title,
    language: commitment.language,
    organizationId: commitment.leadOrganizationId,
  };
}

/** Published commitments to pick from (an event's related commitments): slug, title, language. */
export function listCommitmentChoices(deps: Pick<TDeps, 'db'>) {
  return listPublishedCommitmentTitles(deps.db);
}

/** The organisations that make each commitment (lead first), by commitment id. */
export function readMakersOf(deps: TDeps, commitmentIds: readonly string[]) {
  return listMakersOfCommitments(deps.db, commitmentIds);
}

/** A commitment's deliverables, in their order. */
export function readDeliverables(deps: TDeps, commitmentId: string) {
  return listDeliverables(deps.db, commitmentId);
}

/** The member organisations a commitment form offers as makers. */
export function readMemberOrganizations(deps: TDeps) {
  return listMemberOrganizations(deps.db);
}

/** The reporting rounds, for the rounds page. */
export function readRounds(deps: TDeps) {
  return listRounds(deps.db);
}

/** The reminders a round sends (the secretariat sees them on the round's page). */
export function readRoundReminders(deps: TDeps, roundId: string) {
  return listRoundReminders(deps.db, roundId);
}
