import { audit } from '../../core/audit.ts';
import type { TExecutor } from '../../core/records.ts';
import { listSoleFacilitations } from './communities.repository.ts';

/**
 * When an account is deleted (docs/adr/0080): a community it alone facilitated is not left with nobody
 * in charge unseen, and the deletion is not refused for it (nobody has to stay to be erased). In the
 * deletion's transaction, each such community gets an audit entry; from then on the secretariat looks
 * after it: its page says so to everyone, and the secretariat's directory lists it among the
 * communities without a facilitator until they or a member take the role (the secretariat appoints
 * one from the members list, as it always could).
 */
export async function handOverFacilitationsOf(
  trx: TExecutor,
  input: { userId: string; at: string; requestId?: string | null },
): Promise<string[]> {
  const communities = await listSoleFacilitations(trx, input.userId);
  for (const community of communities)
    await audit(
      trx,
      { actorId: input.userId, requestId: input.requestId, at: input.at },
      'communities.facilitator_lost',
      { type: 'community', id: community.id },
      { slug: community.slug, reason: 'account_deleted' },
    );
  return communities.map((c) => c.slug);
}
