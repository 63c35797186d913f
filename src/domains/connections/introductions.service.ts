import { z } from 'zod';
import { isWriterOf, type TActor } from '../../core/actor.ts';
import { auditedWrite } from '../../core/audited-write.ts';
import type { TExecutor } from '../../core/records.ts';
import { parseOrThrow } from '../../core/validation.ts';
import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { regionsOfCountry } from '../../taxonomy/taxonomy.ts';
import {
  commitmentsOfOrganization,
  linkCommitmentToConnection,
  publishedCommitmentLinks,
  type TCommitmentChoice,
} from '../commitments/index.ts';
import { sectorOf } from './connection-matching.ts';
import type { TIntroduction } from './connections.record.ts';
import { findOrganizationForListing } from './connections.repository.ts';
import type { TIntroductionSubject } from './introduction-subjects.ts';
import { composeIntroductionMail, type TIntroductionMailKind } from './introductions.mail.ts';
import {
  authorizeIntroduction,
  canIntroduction,
  type TIntroductionResource,
} from './introductions.policy.ts';
import {
  answerIntroductionAtVersion,
  countOutcomes,
  countRequestsSince,
  findIntroduction,
  findPeople,
  findWritersOf,
  insertIntroduction,
  insertMessage,
  insertOutcome,
  listAllIntroductions,
  listIntroductionsOf,
  listMessages,
  listOutcomes,
  listRequestsBetween,
} from './introductions.repository.ts';

/**
 * Introductions (issue 14): a member asks to be introduced to the organisation behind an offer or a
 * need; the receiver accepts or declines; once accepted, both see each other's contact persons and
 * share a private conversation, and either records what came of it.
 */
export const introductionLimits = { perDay: 5, message: 2000, reply: 5000, declinedDays: 90 } as const;
export const outcomeKinds = ['exchange', 'joint_project', 'partnership', 'new_commitment'] as const;
export type TOutcomeKind = (typeof outcomeKinds)[number];

const ZRequest = z.object({
  organizationId: z.string().trim().min(1, 'validation.required').max(64),
  message: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .max(introductionLimits.message, 'validation.tooLong'),
});
const ZReply = z.object({
  body: z.string().trim().min(1, 'validation.required').max(introductionLimits.reply, 'validation.tooLong'),
});

type TBy = { requestId?: string | null };

export function introductionResourceOf(i: TIntroduction): TIntroductionResource {
  return {
    requesterOrganizationId: i.requester.id,
    receiverOrganizationId: i.receiver.id,
    status: i.status,
    isActive: i.requester.isMember && i.receiver.isMember,
  };
}

/** What the pages show: requested, accepted, declined, or closed (an organisation left the alliance). */
export function introductionState(i: TIntroduction): TIntroduction['status'] | 'closed' {
  return i.requester.isMember && i.receiver.isMember ? i.status : 'closed';
}

const refuse = (key: string) => new AppError('validation_failed', { fieldErrors: { _form: key } });

async function tell(
  deps: TDeps,
  trx: TExecutor,
  kind: TIntroductionMailKind,
  organizationId: string,
  facts: { organization: string; subject: string; path: string; key: string },
) {
  for (const person of await findWritersOf(trx, organizationId)) {
    await deps.mailer.enqueue(
      trx,
      composeIntroductionMail(kind, person, {
        organization: facts.organization,
        subject: facts.subject,
        link: `${deps.config.publicUrl}/${person.locale || 'en'}${facts.path}`,
        dedupeKey: `connections:${facts.key}:${person.id}`,
      }),
    );
  }
}

const threadPath = (id: string) => `/workspace/connections/introductions/${id}`;

/** What an introduction's audit entries are about. */
const introductionSubject = (id: string) => ({ type: 'connection_introduction', id });

/** The refusal's message key: a practice's or commitment's wording where it differs from a listing's. */
const refusalKey = (subject: TIntroductionSubject, key: string) =>
  subject.type === 'practice' ? `${key}Practice` : subject.type === 'commitment' ? `${key}Commitment` : key;

/** Asks to be introduced to the organisation behind an offer, a need or a practice, with a short message. */
export async function requestIntroduction(
  deps: TDeps,
  actor: TActor,
  subject: TIntroductionSubject,
  raw: { organizationId?: unknown; message?: unknown },
  by: TBy = {},
): Promise<string> {
  if (!actor.userId) throw new AppError('unauthenticated');
  const input = parseOrThrow(ZRequest, raw);
  if (!isWriterOf(actor, input.organizationId)) throw new AppError('forbidden');
  const requester = await findOrganizationForListing(deps.db, input.organizationId);
  if (!requester?.isMember) throw refuse('connections.errors.organization');
  if (requester.id === subject.organization.id)
    throw refuse(refusalKey(subject, 'connections.errors.ownOrganization'));
  if (!subject.isOpen) throw refuse(refusalKey(subject, 'connections.errors.closedListing'));
  const now = deps.clock.now();
  const earlier = await listRequestsBetween(deps.db, requester.id, subject.organization.id);
  if (
    earlier.some(
      (r) =>
        r.subject_type === subject.type &&
        r.subject_id === subject.id &&
        (r.status === 'requested' || r.status === 'accepted'),
    )
  )
    throw refuse(refusalKey(subject, 'connections.errors.alreadyAsked'));
  const declinedSince = new Date(now.getTime() - introductionLimits.declinedDays * 86_400_000).toISOString();
  if (earlier.some((r) => r.status === 'declined' && (r.answered_at ?? r.created_at) >= declinedSince))
    throw refuse('connections.errors.declinedRecently');
  const daySince = new Date(now.getTime() - 86_400_000).toISOString();
  if ((await countRequestsSince(deps.db, requester.id, daySince)) >= introductionLimits.perDay)
    throw refuse('connections.errors.dailyLimit');
  const id = newId();
  await auditedWrite(deps, actor, { ...by, at: now.toISOString() }, async ({ trx, at, audit }) => {
    await insertIntroduction(trx, {
      id,
      subjectType: subject.type,
      subjectId: subject.id,
      subjectTitle: subject.title,
      requesterOrganizationId: requester.id,
      receiverOrganizationId: subject.organization.id,
      requestedBy: actor.userId as string,
      message: input.message,
      at,
    });
    await audit('connections.introduction_requested', introductionSubject(id), {
      requester: requester.id,
      receiver: subject.organization.id,
      subjectType: subject.type,
      subject: subject.id,
    });
    await tell(deps, trx, 'requested', subject.organization.id, {
      organization: requester.name,
      subject: subject.title,
      path: threadPath(id),
      key: `${id}:requested`,
    });
  });
  return id;
}

/** An introduction for one of its two parties; 404 for everyone else, the secretariat included. */
export async function readIntroduction(deps: TDeps, actor: TActor, id: string): Promise<TIntroduction> {
  const found = /^[\w-]{1,64}$/.test(id) ? await findIntroduction(deps.db, id) : undefined;
  if (!found) throw new AppError('not_found');
  authorizeIntroduction(actor, 'view', introductionResourceOf(found));
  return found;
}

export async function answerIntroduction(
  deps: TDeps,
  actor: TActor,
  intro: TIntroduction,
  raw: { decision?: unknown; version?: unknown },
  by: TBy = {},
): Promise<void> {
  authorizeIntroduction(actor, 'answer', introductionResourceOf(intro));
  const input = parseOrThrow(
    z.object({ decision: z.enum(['accepted', 'declined']), version: z.coerce.number().int().min(1) }),
    raw,
  );
  await auditedWrite(deps, actor, by, async ({ trx, at, audit }) => {
    const isDone = await answerIntroductionAtVersion(trx, intro.id, input.version, {
      status: input.decision,
      by: actor.userId as string,
      at,
    });
    if (!isDone) throw new AppError('conflict');
    const action =
      input.decision === 'accepted'
        ? 'connections.introduction_accepted'
        : 'connections.introduction_declined';
    await audit(action, introductionSubject(intro.id), {
      requester: intro.requester.id,
      receiver: intro.receiver.id,
    });
    await tell(deps, trx, input.decision, intro.requester.id, {
      organization: intro.receiver.name,
      subject: intro.subjectTitle,
      path: threadPath(intro.id),
      key: `${intro.id}:${input.decision}`,
    });
  });
}

/** The conversation and the contact persons: only after acceptance, only for the two parties. */
export async function readConversation(deps: TDeps, actor: TActor, intro: TIntroduction) {
  authorizeIntroduction(actor, 'view', introductionResourceOf(intro));
  if (intro.status !== 'accepted') return { messages: [], contacts: [], outcomes: [] };
  const [messages, contacts, rows] = await Promise.all([
    listMessages(deps.db, intro.id),
    findPeople(deps.db, [intro.requestedBy, ...(intro.answeredBy ? [intro.answeredBy] : [])]),
    listOutcomes(deps.db, intro.id),
  ]);
  const commitments = await publishedCommitmentLinks(
    deps,
    rows.flatMap((r) => (r.commitmentId ? [r.commitmentId] : [])),
  );
  const outcomes: TOutcome[] = rows.map((r) => ({
    kind: r.kind,
    commitment: (r.commitmentId && commitments.get(r.commitmentId)) || null,
  }));
  return { messages, contacts, outcomes };
}

export async function postMessage(
  deps: TDeps,
  actor: TActor,
  intro: TIntroduction,
  raw: { body?: unknown },
  by: TBy = {},
): Promise<void> {
  authorizeIntroduction(actor, 'message', introductionResourceOf(intro));
  const input = parseOrThrow(ZReply, raw);
  const isRequester = isWriterOf(actor, intro.requester.id);
  const [mine, theirs] = isRequester ? [intro.requester, intro.receiver] : [intro.receiver, intro.requester];
  const id = newId();
  await auditedWrite(deps, actor, by, async ({ trx, at, audit }) => {
    await insertMessage(trx, {
      id,
      introductionId: intro.id,
      authorId: actor.userId as string,
      organizationId: mine.id,
      body: input.body,
      at,
    });
    await audit('connections.message_sent', introductionSubject(intro.id), { organization: mine.id });
    await tell(deps, trx, 'message', theirs.id, {
      organization: mine.name,
      subject: intro.subjectTitle,
      path: threadPath(intro.id),
      key: `${intro.id}:message:${id}`,
    });
  });
}

/** "government+research": the two sectors, in a fixed order, so a pair counts once. */
export function sectorPairOf(intro: TIntroduction): string {
  return [sectorOf(intro.requester.stakeholderType), sectorOf(intro.receiver.stakeholderType)]
    .sort()
    .join('+');
}

/** The receiver's continent (UN M49), where the outcome is counted. */
export function regionOf(intro: TIntroduction): string {
  const code = intro.receiver.countries[0] ?? intro.requester.countries[0];
  return (code ? regionsOfCountry(code).at(-1) : undefined) ?? 'region:world';
}

/** An outcome as the two parties see it: its kind and the published commitment it led to. */
export type TOutcome = { kind: string; commitment: TCommitmentChoice | null };

const ZOutcome = z.object({
  kind: z.enum(outcomeKinds),
  commitmentId: z.string().trim().max(64).optional(),
});

/** The organisation an outcome is recorded for: the recorder's side of the introduction. */
function recorderOrganizationId(actor: TActor, intro: TIntroduction): string {
  return isWriterOf(actor, intro.requester.id) ? intro.requester.id : intro.receiver.id;
}

/** The commitments a "new commitment" outcome may name: the recorder's organisation's published ones. */
export async function outcomeCommitmentChoices(
  deps: TDeps,
  actor: TActor,
  intro: TIntroduction,
): Promise<TCommitmentChoice[]> {
  if (!canIntroduction(actor, 'record', introductionResourceOf(intro))) return [];
  return commitmentsOfOrganization(deps, recorderOrganizationId(actor, intro));
}

export async function recordOutcome(
  deps: TDeps,
  actor: TActor,
  intro: TIntroduction,
  raw: { kind?: unknown; commitmentId?: unknown },
  by: TBy = {},
): Promise<boolean> {
  authorizeIntroduction(actor, 'record', introductionResourceOf(intro));
  const input = parseOrThrow(ZOutcome, raw);
  const { kind } = input;
  // Only a new commitment names one; the form sends "" for none.
  const commitmentId = kind === 'new_commitment' && input.commitmentId ? input.commitmentId : null;
  const organizationId = recorderOrganizationId(actor, intro);
  const now = deps.clock.now();
  return auditedWrite(deps, actor, { ...by, at: now.toISOString() }, async ({ trx, at, audit }) => {
    const isNew = await insertOutcome(trx, {
      id: newId(),
      introductionId: intro.id,
      kind,
      commitmentId,
      sectorPair: sectorPairOf(intro),
      region: regionOf(intro),
      year: now.getUTCFullYear(),
      recordedBy: actor.userId as string,
      organizationId,
      at,
    });
    if (isNew)
      await audit('connections.outcome_recorded', introductionSubject(intro.id), { kind, commitmentId });
    if (
      isNew &&
      commitmentId &&
      !(await linkCommitmentToConnection(deps, trx, {
        commitmentId,
        organizationId,
        introductionId: intro.id,
        at,
        actorId: actor.userId,
        requestId: by.requestId ?? null,
      }))
    )
      // Not one of the recorder's organisation's published commitments: nothing is recorded.
      throw new AppError('validation_failed', {
        fieldErrors: { commitmentId: 'connections.flash.outcomeNotRecorded' },
      });
    return isNew;
  });
}

/** The person's introductions (as requester or receiver). */
export async function myIntroductions(deps: TDeps, actor: TActor): Promise<TIntroduction[]> {
  return listIntroductionsOf(deps.db, [...actor.organizationRoles.keys()]);
}

/** For the secretariat: that introductions happen (organisations, dates, status), never what they say. */
export async function introductionsForSecretariat(deps: TDeps, actor: TActor) {
  if (!canIntroduction(actor, 'list')) return null;
  const all = await listAllIntroductions(deps.db);
  return all.map((i) => ({
    id: i.id,
    createdAt: i.createdAt,
    requester: i.requester.name,
    receiver: i.receiver.name,
    subjectType: i.subjectType,
    state: introductionState(i),
  }));
}

export async function outcomeFigures(deps: TDeps) {
  return countOutcomes(deps.db);
}
