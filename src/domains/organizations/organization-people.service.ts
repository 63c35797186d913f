import type { TActor } from '../../core/actor.ts';
import { auditedWrite } from '../../core/audited-write.ts';
import type { TDeps } from '../../deps.ts';
import { isLocale } from '../../i18n/locales.ts';
import { translator } from '../../i18n/translator.ts';
import { AppError } from '../../platform/errors.ts';
import { hashToken, newId, newSecretToken } from '../../platform/ids.ts';
import { can } from './organizations.policy.ts';
import type { TOrganizationRecord } from './organizations.record.ts';
import {
  deleteOrganizationPerson,
  findOpenInvitation,
  findOrganizationBySlug,
  insertInvitation,
  listOpenInvitations,
  listOrganizationPeople,
  lockAndCountOwners,
  markInvitationAccepted,
  revokeInvitation,
  upsertOrganizationPerson,
} from './organizations.repository.ts';

/**
 * The people of an organisation: owners invite colleagues by e-mail (as owner, editor or member)
 * and remove them; the last owner cannot leave. An invitation is a single-use link for one address.
 */
export const invitationDays = 14;

async function organizationForPeople(deps: TDeps, actor: TActor, slug: string): Promise<TOrganizationRecord> {
  const organization = await findOrganizationBySlug(deps.db, slug);
  if (!organization) throw new AppError('not_found');
  if (!can(actor, 'managePeople', organization))
    throw new AppError(actor.userId ? 'forbidden' : 'unauthenticated');
  return organization;
}

export async function readPeople(deps: TDeps, actor: TActor, slug: string) {
  const organization = await organizationForPeople(deps, actor, slug);
  return {
    organization,
    people: await listOrganizationPeople(deps.db, organization.id),
    invitations: await listOpenInvitations(deps.db, organization.id, deps.clock.now().toISOString()),
  };
}

export async function invitePerson(
  deps: TDeps,
  input: {
    actor: TActor;
    slug: string;
    email: string;
    role: string;
    locale: string;
    requestId: string | null;
  },
): Promise<void> {
  const organization = await organizationForPeople(deps, input.actor, input.slug);
  const token = newSecretToken();
  const now = deps.clock.now();
  const at = now.toISOString();
  const locale = isLocale(input.locale) ? input.locale : 'en';
  const { t } = translator(locale);
  const link = `${deps.config.publicUrl}/${locale}/invitations/${token}`;
  await auditedWrite(deps, input.actor, { requestId: input.requestId, at }, async ({ trx, audit }) => {
    const id = newId(now.getTime());
    await insertInvitation(trx, {
      id,
      organizationId: organization.id,
      email: input.email,
      role: input.role,
      tokenHash: hashToken(token),
      invitedBy: input.actor.userId ?? '',
      at,
      expiresAt: new Date(now.getTime() + invitationDays * 86_400_000).toISOString(),
    });
    await audit(
      'organizations.person_invited',
      { type: 'organization', id: organization.id },
      { invitationId: id, role: input.role },
    );
    await deps.mailer.enqueue(trx, {
      to: input.email,
      subject: t('organizations.mail.invitation.subject', { organization: organization.name }),
      text: `${t('organizations.mail.invitation.body', {
        organization: organization.name,
        role: t(`organizations.role.${input.role}`),
        link,
        days: invitationDays,
      })}\n\n${t('membership.mail.signature')}`,
      carriesSecret: true,
    });
  });
  deps.mailer.kick();
}

export async function cancelInvitation(
  deps: TDeps,
  input: { actor: TActor; slug: string; invitationId: string; requestId: string | null },
): Promise<void> {
  const organization = await organizationForPeople(deps, input.actor, input.slug);
  await auditedWrite(deps, input.actor, input, async ({ trx, at, audit }) => {
    if (!(await revokeInvitation(trx, organization.id, input.invitationId, at)))
      throw new AppError('not_found');
    const details = { invitationId: input.invitationId };
    await audit('organizations.invitation_revoked', { type: 'organization', id: organization.id }, details);
  });
}

/** Removes a person; refused (conflict) when they are the last owner. */
export async function removePerson(
  deps: TDeps,
  input: { actor: TActor; slug: string; userId: string; requestId: string | null },
): Promise<void> {
  const organization = await organizationForPeople(deps, input.actor, input.slug);
  await auditedWrite(deps, input.actor, input, async ({ trx, audit }) => {
    const people = await listOrganizationPeople(trx, organization.id);
    const person = people.find((p) => p.userId === input.userId);
    if (!person) throw new AppError('not_found');
    if (person.role === 'owner' && (await lockAndCountOwners(trx, organization.id)) <= 1) {
      throw new AppError('conflict');
    }
    await deleteOrganizationPerson(trx, organization.id, input.userId);
    const details = { userId: input.userId, role: person.role };
    await audit('organizations.person_removed', { type: 'organization', id: organization.id }, details);
  });
}

export async function readInvitation(deps: TDeps, token: string) {
  if (!/^[\w-]{43}$/.test(token)) return undefined;
  return findOpenInvitation(deps.db, hashToken(token), deps.clock.now().toISOString());
}

/** Accepts an invitation as the signed-in person, whose address must be the invited one. */
export async function acceptInvitation(
  deps: TDeps,
  input: { user: { id: string; email: string }; token: string; requestId: string | null },
): Promise<{ slug: string }> {
  const invitation = await readInvitation(deps, input.token);
  if (!invitation) throw new AppError('not_found');
  if (invitation.email.toLowerCase() !== input.user.email.toLowerCase()) throw new AppError('forbidden');
  await auditedWrite(deps, { userId: input.user.id }, input, async ({ trx, at, audit }) => {
    if (!(await markInvitationAccepted(trx, invitation.id, input.user.id, at)))
      throw new AppError('conflict');
    await upsertOrganizationPerson(trx, {
      organizationId: invitation.organizationId,
      userId: input.user.id,
      role: invitation.role,
      addedBy: null,
      at,
    });
    await audit(
      'organizations.invitation_accepted',
      { type: 'organization', id: invitation.organizationId },
      { invitationId: invitation.id, role: invitation.role },
    );
  });
  return { slug: invitation.organizationSlug };
}
