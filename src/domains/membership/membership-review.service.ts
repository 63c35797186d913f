import type { TActor } from '../../core/actor.ts';
import { auditedWrite } from '../../core/audited-write.ts';
import type { TDeps } from '../../deps.ts';
import { isLocale } from '../../i18n/locales.ts';
import type { TDb } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { prepareAccountFor, type TAccountForPerson } from '../accounts/index.ts';
import { listAuditEntries } from '../audit/index.ts';
import { forgetHomeFigures } from '../home/index.ts';
import { createMemberOrganization } from '../organizations/index.ts';
import { composeOwnerAccountMail } from './membership.mail.ts';
import { can, type TMembershipAction } from './membership.policy.ts';
import type { TApplicationRecord } from './membership.record.ts';
import {
  changeApplicationStatus,
  countApplicationsByStatus,
  countQueue,
  findApplicationById,
  findEarlierApplications,
  insertNote,
  listLetterFileVersions,
  listLetterVersions,
  listNotes,
  listQueue,
  listReplies,
} from './membership.repository.ts';
import {
  applicationTransitions,
  type TApplicationTransition,
  type TQueueFilter,
} from './membership.schemas.ts';
import {
  applicantLink,
  mailApplicationStep,
  readLetterInfo,
  type TRequestMeta,
} from './membership.service.ts';

/**
 * The secretariat's verbs: the queue, reading an application with its notes and history, and the
 * transitions (start review, request information, accept, decline). Every transition is a
 * conditional update on the version the reviewer saw, audited and e-mailed in the same transaction.
 */
function authorize(actor: TActor, action: TMembershipAction): void {
  if (!can(actor, action)) throw new AppError(actor.userId ? 'forbidden' : 'unauthenticated');
}

export async function readQueue(
  deps: TDeps,
  actor: TActor,
  filter: TQueueFilter,
  page: number,
  pageSize: number,
) {
  authorize(actor, 'listApplications');
  const now = deps.clock.now().toISOString();
  const [items, total, byStatus] = await Promise.all([
    listQueue(deps.db, filter, now, pageSize, (page - 1) * pageSize),
    countQueue(deps.db, filter, now),
    countApplicationsByStatus(deps.db),
  ]);
  return { items, total, byStatus };
}

export async function readApplicationForReview(deps: TDeps, actor: TActor, id: string) {
  authorize(actor, 'startReview');
  const application = await findApplicationById(deps.db, id);
  if (!application || application.status === 'draft') throw new AppError('not_found');
  const [notes, history, letterFile, earlier, letterVersions, replies, letterFiles] = await Promise.all([
    can(actor, 'readNotes') ? listNotes(deps.db, id) : Promise.resolve([]),
    listAuditEntries(deps.db, { subjectType: 'membership_application', subjectId: id }, 100, 0),
    readLetterInfo(deps, application),
    findEarlierApplications(deps.db, {
      excludeId: id,
      nameKey: application.organization.name ? nameKeyOf(application) : '',
      websiteHost: null,
    }),
    listLetterVersions(deps.db, id),
    listReplies(deps.db, id),
    listLetterFileVersions(deps.db, id),
  ]);
  return {
    application,
    notes,
    history: history.reverse(),
    letterFile,
    earlier,
    letterVersions,
    replies,
    letterFiles,
  };
}

function nameKeyOf(application: TApplicationRecord): string {
  return application.organization.name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export async function addReviewNote(
  deps: TDeps,
  input: { actor: TActor; applicationId: string; body: string; meta: TRequestMeta },
): Promise<void> {
  authorize(input.actor, 'addNote');
  const application = await findApplicationById(deps.db, input.applicationId);
  if (!application || application.status === 'draft') throw new AppError('not_found');
  await auditedWrite(deps, input.actor, input.meta, async ({ trx, at, audit }) => {
    const id = newId();
    await insertNote(trx, {
      id,
      applicationId: application.id,
      authorId: input.actor.userId ?? '',
      body: input.body,
      at,
    });
    await audit(
      'membership.note_added',
      { type: 'membership_application', id: application.id },
      { reference: application.reference, noteId: id },
    );
  });
}

type TDecisionInput = {
  actor: TActor;
  applicationId: string;
  /** The version the reviewer saw when they chose. */
  version: number;
  message: string | null;
  meta: TRequestMeta;
};

const transitionActions = {
  startReview: { action: 'startReview', audit: 'membership.review_started', mail: 'reviewStarted' },
  requestInformation: {
    action: 'requestInformation',
    audit: 'membership.information_requested',
    mail: 'informationRequested',
  },
  accept: { action: 'acceptApplication', audit: 'membership.application_accepted', mail: 'accepted' },
  decline: { action: 'declineApplication', audit: 'membership.application_declined', mail: 'declined' },
} as const;

type TReviewTransition = keyof typeof transitionActions & TApplicationTransition;

/**
 * Moves an application along one reviewer transition. Throws AppError('conflict') when the
 * application changed since the reviewer loaded it (another reviewer decided first) or the
 * transition is not allowed from its state now.
 */
export async function decideApplication(
  deps: TDeps,
  transition: TReviewTransition,
  input: TDecisionInput,
): Promise<TApplicationRecord> {
  const spec = transitionActions[transition];
  authorize(input.actor, spec.action);
  const application = await findApplicationById(deps.db, input.applicationId);
  if (!application || application.status === 'draft') throw new AppError('not_found');
  const rule = applicationTransitions[transition];
  if (
    application.version !== input.version ||
    !(rule.from as readonly string[]).includes(application.status)
  ) {
    throw new AppError('conflict');
  }
  const now = deps.clock.now();
  const at = now.toISOString();
  let ownerLink: TAccountForPerson | null = null;
  // Before the transaction (argon2 takes a moment): the password nobody knows of a new owner account.
  const accountFor = transition === 'accept' ? await prepareAccountFor(deps) : null;
  await auditedWrite(deps, input.actor, { ...input.meta, at }, async ({ trx, audit }) => {
    const isDecision = transition === 'accept' || transition === 'decline';
    const isChanged = await changeApplicationStatus(trx, {
      id: application.id,
      version: input.version,
      from: rule.from,
      to: rule.to,
      at,
      set: {
        ...(transition === 'requestInformation' ? { informationRequest: input.message } : {}),
        ...(isDecision
          ? { decisionMessage: input.message, decidedBy: input.actor.userId, decidedAt: at }
          : {}),
      },
    });
    if (!isChanged) throw new AppError('conflict');
    await audit(
      spec.audit,
      { type: 'membership_application', id: application.id },
      { reference: application.reference, from: application.status, to: rule.to },
    );
    let link = applicantLink(deps, application);
    if (accountFor) {
      const accepted = await acceptIntoMembership(trx, deps, application, input, { at, accountFor });
      link = `${deps.config.publicUrl}/${application.language}/members/${encodeURIComponent(accepted.slug)}`;
      ownerLink = accepted.owner;
    }
    await mailApplicationStep(deps, trx, application, {
      applicant: spec.mail,
      version: input.version + 1,
      link,
      isSecretLink: transition !== 'accept',
      message: input.message,
    });
    if (ownerLink) {
      const owner: TAccountForPerson = ownerLink;
      await deps.mailer.enqueue(
        trx,
        composeOwnerAccountMail(owner, {
          organization: application.organization.name,
          link: owner.link,
          isNewAccount: owner.isNew,
          dedupeKey: `application:${application.id}:owner`,
        }),
      );
    }
  });
  deps.mailer.kick();
  if (transition === 'accept') forgetHomeFigures();
  const updated = await findApplicationById(deps.db, application.id);
  if (!updated) throw new AppError('internal');
  return updated;
}

/**
 * Acceptance: the member organisation is created and published, and the applicant becomes its owner:
 * the signed-in person who applied, or the account of the contact address (made now if there is
 * none, with a link to choose a password).
 */
async function acceptIntoMembership(
  trx: TDb,
  deps: TDeps,
  application: TApplicationRecord,
  input: TDecisionInput,
  { at, accountFor }: { at: string; accountFor: Awaited<ReturnType<typeof prepareAccountFor>> },
) {
  const owner = await accountFor(trx, {
    userId: application.applicantUserId,
    email: application.contact.email,
    name: application.contact.name,
    locale: isLocale(application.language) ? application.language : 'en',
    by: { actorId: input.actor.userId, requestId: input.meta.requestId, at },
    auditAction: 'accounts.created_on_acceptance',
    details: { reference: application.reference },
  });
  const ownerId = owner.id;
  const organization = await createMemberOrganization(trx, {
    application,
    ownerId,
    actorId: input.actor.userId,
    requestId: input.meta.requestId,
    at,
    search: deps.search,
  });
  const isLinked = await changeApplicationStatus(trx, {
    id: application.id,
    version: input.version + 1,
    from: ['accepted'],
    to: 'accepted',
    at,
    set: { organizationId: organization.id, applicantUserId: ownerId },
  });
  if (!isLinked) throw new AppError('conflict');
  return { slug: organization.slug, owner };
}
