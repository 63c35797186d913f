import { audit } from '../../core/audit.ts';
import type { TDeps } from '../../deps.ts';
import type { TDb } from '../../platform/db/database.ts';
import { stalenessCutoffs } from './commitment-staleness.ts';
import {
  commitmentTitles,
  listCommitmentsOfOrganizations,
  markFromConnection,
} from './commitments.repository.ts';

/**
 * Commitments as the connections domain sees them (issue 14): an outcome "new commitment" of an
 * introduction names one of the recording organisation's published commitments, and the commitment
 * then says it came from a connection (its page, API and CSV).
 */
export type TCommitmentChoice = { id: string; slug: string; title: string; language: string };

/** The published commitments an organisation makes, as lead or confirmed co-maker, newest first. */
export async function commitmentsOfOrganization(
  deps: Pick<TDeps, 'db' | 'clock' | 'config'>,
  organizationId: string,
): Promise<TCommitmentChoice[]> {
  const cutoffs = stalenessCutoffs(deps.clock.now(), deps.config.commitmentStaleness);
  const rows = await listCommitmentsOfOrganizations(deps.db, [organizationId], cutoffs);
  return rows
    .filter((r) => r.status === 'published' && (r.makerRole === 'lead' || r.makerStatus === 'confirmed'))
    .map((r) => ({ id: r.id, slug: r.slug, title: r.title, language: r.language }));
}

/**
 * Inside the caller's transaction: marks the commitment as having come from a connection, if it is one
 * of the organisation's published commitments (false otherwise, and nothing is written). The first link
 * moves the commitment's version on and is audited on the commitment (`commitments.linked_to_connection`,
 * naming the introduction), so its history says where it came from.
 */
export async function linkCommitmentToConnection(
  deps: Pick<TDeps, 'db' | 'clock' | 'config'>,
  trx: TDb,
  link: {
    commitmentId: string;
    organizationId: string;
    introductionId: string;
    at: string;
    actorId: string | null;
    requestId?: string | null;
  },
): Promise<boolean> {
  const mine = await commitmentsOfOrganization({ ...deps, db: trx }, link.organizationId);
  if (!mine.some((c) => c.id === link.commitmentId)) return false;
  if (await markFromConnection(trx, link.commitmentId, link.at))
    await audit(
      trx,
      { actorId: link.actorId, requestId: link.requestId ?? null, at: link.at },
      'commitments.linked_to_connection',
      { type: 'commitment', id: link.commitmentId },
      { introductionId: link.introductionId, organizationId: link.organizationId },
    );
  return true;
}

/** The published ones among these commitments, by id, to link to. */
export async function publishedCommitmentLinks(
  deps: Pick<TDeps, 'db'>,
  ids: readonly string[],
): Promise<Map<string, TCommitmentChoice>> {
  const rows = await commitmentTitles(deps.db, [...new Set(ids)]);
  return new Map(
    rows
      .filter((r) => r.status === 'published')
      .map((r) => [r.id, { id: r.id, slug: r.slug, title: r.title, language: r.language }] as const),
  );
}
