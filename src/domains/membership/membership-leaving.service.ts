import { z } from 'zod';
import type { TActor } from '../../core/actor.ts';
import { audit } from '../../core/audit.ts';
import { parseOrThrow } from '../../core/validation.ts';
import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { forgetHomeFigures } from '../home/index.ts';
import {
  endOrganizationMembership,
  findOrganizationForMembership,
  type TMemberOrganization,
} from '../organizations/index.ts';
import { can } from './membership.policy.ts';
import { runMembershipEndHooks } from './membership-ending.ts';

/**
 * Leaving the alliance (ADR 0048): an organisation's owners end its membership, or the secretariat
 * does. One transaction makes it a former member, runs every domain's hook (connections closes its
 * open offers, needs and requests and tells both sides) and writes `membership.ended`. A second submit
 * finds it no longer a member and changes nothing.
 */
const ZEndMembership = z.object({
  version: z.coerce.number().int().min(1),
  confirm: z.literal('on', { error: 'membership.leave.confirmRequired' }),
});

export type TEndResult = 'ended' | 'already_ended';

function resourceOf(organization: TMemberOrganization) {
  return { applicantUserId: null, organizationId: organization.id, isKeyHolder: false };
}

/** The organisation whose membership the person may end; 404 for anyone else (it does not say more). */
export async function readMembershipToEnd(
  deps: TDeps,
  actor: TActor,
  slug: string,
): Promise<TMemberOrganization> {
  const organization = await findOrganizationForMembership(deps.db, slug);
  if (!organization || !can(actor, 'endMembership', resourceOf(organization)))
    throw new AppError('not_found');
  return organization;
}

export async function endMembership(
  deps: TDeps,
  actor: TActor,
  organization: TMemberOrganization,
  raw: { version?: unknown; confirm?: unknown },
  by: { requestId?: string | null } = {},
): Promise<TEndResult> {
  if (!can(actor, 'endMembership', resourceOf(organization))) throw new AppError('not_found');
  if (!organization.isMember) return 'already_ended';
  const input = parseOrThrow(ZEndMembership, raw);
  const at = deps.clock.now().toISOString();
  const isBySecretariat = actor.organizationRoles.get(organization.id) !== 'owner';
  const outcome = await deps.db.transaction().execute(async (trx) => {
    if (
      !(await endOrganizationMembership(
        trx,
        deps.search,
        { id: organization.id, version: input.version },
        at,
      ))
    ) {
      const now = await findOrganizationForMembership(trx, organization.slug);
      if (!now?.isMember) return { result: 'already_ended' as const, afterCommit: [] };
      throw new AppError('conflict');
    }
    const hooks = await runMembershipEndHooks(deps, trx, {
      organizationId: organization.id,
      organizationName: organization.name,
      at,
      isBySecretariat,
    });
    await audit(
      trx,
      { actorId: actor.userId, requestId: by.requestId ?? null, at },
      'membership.ended',
      { type: 'organization', id: organization.id },
      { isBySecretariat, ...hooks.counts },
    );
    return { result: 'ended' as const, afterCommit: hooks.afterCommit };
  });
  for (const after of outcome.afterCommit) after();
  if (outcome.result === 'ended') {
    deps.mailer.kick();
    forgetHomeFigures();
  }
  return outcome.result;
}
