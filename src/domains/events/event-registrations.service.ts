import { createHmac } from 'node:crypto';
import type { TActor } from '../../core/actor.ts';
import { audit } from '../../core/audit.ts';
import { parseOrThrow } from '../../core/validation.ts';
import type { TDeps } from '../../deps.ts';
import { toCsvTable } from '../../platform/csv.ts';
import type { TDb } from '../../platform/db/database.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import { AppError } from '../../platform/errors.ts';
import { hashToken, newId } from '../../platform/ids.ts';
import { eventResourceFor } from './event-audience.ts';
import { composeRegistrationMail, type TRegistrationMailKind } from './event-mail.ts';
import {
  changeRegistrationStatus,
  countRegistrationsByStatus,
  eraseRegistration,
  findActiveRegistrationOfUser,
  findRegistrationByEmail,
  findRegistrationByTokenHash,
  firstWaiting,
  insertRegistration,
  listRegistrations,
  listRegistrationsOfPerson,
  lockEventRow,
  releaseSeat,
  reopenRegistration,
  takeSeat,
  waitingPosition,
} from './event-registrations.repository.ts';
import { authorize, resourceOf } from './events.policy.ts';
import type { TEvent, TRegistration } from './events.record.ts';
import { findEventById, findEventBySlug } from './events.repository.ts';
import { ZRegistrationForm } from './events.schemas.ts';

/**
 * Registration on Carehub: a seat while there are seats, else a place on the waiting list; cancelling
 * (by the secret link every registrant receives) frees the seat and promotes the first in line, who
 * is told by e-mail. Each step runs in one transaction that first locks the event row, so concurrent
 * registrations and cancellations of one event happen one after another.
 */
/**
 * What a registration came to. `isNew` is false when the address was already registered (that
 * person was mailed their link again): the page answers both alike, so nobody learns who registered.
 */
export type TRegistrationResult = {
  isNew: boolean;
  registration: TRegistration;
  token: string;
  position: number | null;
};

export type TRegistrant = {
  userId: string | null;
  locale: string;
  requestId?: string | null;
  /** The signed-in person's address when confirmed: a community's meeting takes only that one (ADR 0070). */
  confirmedEmail?: string | null;
};

/**
 * A registration's secret link token, derived from the server's secret, so every e-mail about the
 * registration (promotion, reminders) can carry it while only its hash is stored. A registration
 * reopened after cancelling gets a new one (its creation time changes).
 */
export function registrationToken(secret: string, id: string, createdAt: string): string {
  return createHmac('sha256', secret).update(`event-registration:${id}:${createdAt}`).digest('base64url');
}

function isOpen(event: TEvent, now: Date): boolean {
  return (
    event.status === 'published' &&
    event.registrationMode === 'platform' &&
    Date.parse(event.endsAt) > now.getTime()
  );
}

function formError(key: string, code: 'validation_failed' | 'conflict' = 'validation_failed'): AppError {
  return new AppError(code, { fieldErrors: { _form: key } });
}

export function parseRegistrationForm(raw: unknown) {
  return parseOrThrow(ZRegistrationForm, raw);
}

async function enqueueMail(
  deps: TDeps,
  trx: TDb,
  kind: TRegistrationMailKind,
  event: TEvent,
  registration: TRegistration,
  values: { position?: number; at: string },
): Promise<void> {
  await deps.mailer.enqueue(
    trx,
    composeRegistrationMail(kind, event, registration, {
      publicUrl: deps.config.publicUrl,
      token: registrationToken(deps.secret, registration.id, registration.createdAt),
      position: values.position,
      dedupeKey: `event-registration:${registration.id}:${kind}:${values.at}`,
    }),
  );
}

export async function registerForEvent(
  deps: TDeps,
  actor: TActor,
  slug: string,
  raw: unknown,
  registrant: TRegistrant,
): Promise<TRegistrationResult> {
  const event = await findEventBySlug(deps.db, slug);
  if (!event) throw new AppError('not_found');
  authorize(actor, 'register', await eventResourceFor(deps, actor, event));
  const form = parseRegistrationForm(raw);
  // A meeting held for a community mails only its readers: nobody registers someone else's address.
  if (
    event.audience !== 'public' &&
    form.email.toLowerCase() !== (registrant.confirmedEmail ?? '').toLowerCase()
  )
    throw new AppError('validation_failed', { fieldErrors: { email: 'events.errors.communityOwnAddress' } });
  const now = deps.clock.now();
  if (!isOpen(event, now)) throw formError('events.errors.registrationClosed', 'conflict');
  const at = now.toISOString();
  const answers = event.questions.map((_, i) => form.answers[i] ?? '');
  try {
    const result = await deps.db.transaction().execute(async (trx) => {
      await lockEventRow(trx, event.id);
      const existing = await findRegistrationByEmail(trx, event.id, form.email);
      if (existing && existing.status !== 'cancelled') {
        return remindRegistrant(deps, trx, event, existing, { at, requestId: registrant.requestId });
      }
      const status = (await takeSeat(trx, event.id)) ? 'confirmed' : 'waiting';
      const id = existing?.id ?? newId(now.getTime());
      const token = registrationToken(deps.secret, id, at);
      const values = {
        userId: registrant.userId,
        email: form.email,
        name: form.name,
        locale: registrant.locale,
        status,
        answers,
        tokenHash: hashToken(token),
        at,
      } as const;
      if (existing) {
        if (!(await reopenRegistration(trx, existing.id, values))) throw new AppError('conflict');
      } else {
        await insertRegistration(trx, { id, eventId: event.id, emailKey: form.email, ...values });
      }
      const registration = await findRegistrationByEmail(trx, event.id, form.email);
      if (!registration) throw new AppError('internal');
      const position = status === 'waiting' ? await waitingPosition(trx, registration) : null;
      await enqueueMail(deps, trx, status === 'confirmed' ? 'confirmed' : 'waiting', event, registration, {
        position: position ?? undefined,
        at,
      });
      await audit(
        trx,
        { actorId: registrant.userId, requestId: registrant.requestId ?? null, at },
        status === 'confirmed' ? 'events.registration_confirmed' : 'events.registration_waiting',
        { type: 'event', id: event.id },
        { registrationId: registration.id, ...(position ? { position } : {}) },
      );
      return { isNew: true, registration, token, position };
    });
    deps.mailer.kick();
    return result;
  } catch (error) {
    // Two registrations with the same address at the same moment: the second meets the unique
    // index and is answered like any repeat (the first one's mail carries the link).
    if (!isUniqueViolation(error)) throw error;
    const registration = await findRegistrationByEmail(deps.db, event.id, form.email);
    if (!registration) throw error;
    const position = registration.status === 'waiting' ? await waitingPosition(deps.db, registration) : null;
    const token = registrationToken(deps.secret, registration.id, registration.createdAt);
    return { isNew: false, registration, token, position };
  }
}

/**
 * A repeat registration: nothing changes, and the registered address (only it) is mailed the link to
 * see or cancel the registration.
 */
async function remindRegistrant(
  deps: TDeps,
  trx: TDb,
  event: TEvent,
  registration: TRegistration,
  values: { at: string; requestId?: string | null | undefined },
): Promise<TRegistrationResult> {
  const position = registration.status === 'waiting' ? await waitingPosition(trx, registration) : null;
  await enqueueMail(deps, trx, 'repeated', event, registration, {
    position: position ?? undefined,
    at: values.at,
  });
  await audit(
    trx,
    { actorId: null, requestId: values.requestId ?? null, at: values.at },
    'events.registration_repeated',
    { type: 'event', id: event.id },
    { registrationId: registration.id },
  );
  const token = registrationToken(deps.secret, registration.id, registration.createdAt);
  return { isNew: false, registration, token, position };
}

/**
 * Fills free seats from the waiting list, first in line first, and tells each person promoted.
 * Runs inside the caller's transaction (which holds the event row); returns how many were promoted.
 */
export async function promoteWaiting(deps: TDeps, trx: TDb, eventId: string, at: string): Promise<number> {
  const event = await findEventById(trx, eventId);
  if (event?.registrationMode !== 'platform') return 0;
  let promoted = 0;
  for (;;) {
    const next = await firstWaiting(trx, eventId);
    if (!next) break;
    if (!(await takeSeat(trx, eventId))) break;
    if (!(await changeRegistrationStatus(trx, next.id, 'waiting', 'confirmed', at))) {
      await releaseSeat(trx, eventId);
      break;
    }
    promoted += 1;
    await enqueueMail(deps, trx, 'promoted', event, next, { at });
    await audit(
      trx,
      { actorId: null, at },
      'events.registration_promoted',
      { type: 'event', id: eventId },
      { registrationId: next.id },
    );
  }
  return promoted;
}

/** The registration behind a cancel link, with its event; undefined for an unknown link. */
export async function findRegistrationByToken(
  deps: TDeps,
  token: string,
): Promise<{ registration: TRegistration; event: TEvent; position: number | null } | undefined> {
  if (!/^[\w-]{43}$/.test(token)) return undefined;
  const registration = await findRegistrationByTokenHash(deps.db, hashToken(token));
  if (!registration) return undefined;
  const event = await findEventById(deps.db, registration.eventId);
  if (!event) return undefined;
  const position = registration.status === 'waiting' ? await waitingPosition(deps.db, registration) : null;
  return { registration, event, position };
}

/**
 * Cancels the registration behind a secret link (or the signed-in person's own). A freed seat goes
 * to the first person waiting, in the same transaction. Cancelling twice changes nothing.
 */
export async function cancelRegistration(
  deps: TDeps,
  registration: TRegistration,
  options: { actorId: string | null; requestId?: string | null },
): Promise<{ promoted: number }> {
  if (registration.status === 'cancelled') return { promoted: 0 };
  const at = deps.clock.now().toISOString();
  const result = await deps.db.transaction().execute(async (trx) => {
    await lockEventRow(trx, registration.eventId);
    const changed = await changeRegistrationStatus(
      trx,
      registration.id,
      registration.status,
      'cancelled',
      at,
    );
    if (!changed) return { promoted: 0 };
    let promoted = 0;
    if (registration.status === 'confirmed') {
      await releaseSeat(trx, registration.eventId);
      promoted = await promoteWaiting(deps, trx, registration.eventId, at);
    }
    const event = await findEventById(trx, registration.eventId);
    if (event) await enqueueMail(deps, trx, 'cancelled', event, registration, { at });
    await audit(
      trx,
      { actorId: options.actorId, requestId: options.requestId ?? null, at },
      'events.registration_cancelled',
      { type: 'event', id: registration.eventId },
      { registrationId: registration.id, was: registration.status, promoted },
    );
    return { promoted };
  });
  deps.mailer.kick();
  return result;
}

export async function cancelByToken(
  deps: TDeps,
  token: string,
  options: { actorId: string | null; requestId?: string | null },
) {
  const found = await findRegistrationByToken(deps, token);
  if (!found) throw new AppError('not_found');
  return cancelRegistration(deps, found.registration, options);
}

/** The signed-in person's own active registration for an event, if any. */
export async function findOwnRegistration(deps: TDeps, eventId: string, userId: string | null) {
  if (!userId) return undefined;
  return findActiveRegistrationOfUser(deps.db, eventId, userId);
}

/** Cancels the signed-in person's own registration; someone else's cannot be reached this way. */
export async function cancelOwnRegistration(
  deps: TDeps,
  actor: TActor,
  slug: string,
  options: { requestId?: string | null } = {},
) {
  if (!actor.userId) throw new AppError('unauthenticated');
  const event = await findEventBySlug(deps.db, slug);
  if (!event) throw new AppError('not_found');
  const own = await findActiveRegistrationOfUser(deps.db, event.id, actor.userId);
  if (!own) throw new AppError('not_found');
  return cancelRegistration(deps, own, { actorId: actor.userId, requestId: options.requestId });
}

/** The organiser's view: every registration and the counts. */
export async function readAttendees(deps: TDeps, actor: TActor, slug: string) {
  const event = await findEventBySlug(deps.db, slug);
  if (!event) throw new AppError('not_found');
  authorize(actor, 'viewAttendees', resourceOf(event));
  const [registrations, counts] = await Promise.all([
    listRegistrations(deps.db, event.id),
    countRegistrationsByStatus(deps.db, event.id),
  ]);
  return { event, registrations, counts };
}

export function attendeesCsv(
  event: TEvent,
  registrations: readonly TRegistration[],
  headings: {
    name: string;
    email: string;
    status: string;
    registeredAt: string;
    statusLabel: (s: string) => string;
  },
): string {
  const header = [headings.name, headings.email, headings.status, headings.registeredAt, ...event.questions];
  const rows = registrations.map((r) => [
    r.name,
    r.email,
    headings.statusLabel(r.status),
    r.createdAt,
    ...event.questions.map((_, i) => r.answers[i] ?? ''),
  ]);
  return toCsvTable(header, rows, { isEveryCellQuoted: true });
}

/**
 * A person deleting their account: their seats and places in line at events not yet over are
 * cancelled (a freed seat goes to the first person waiting, as any cancellation), and every
 * registration of theirs, by account or by address, keeps nothing of them. Returns how many.
 */
export async function eraseRegistrationsOf(
  deps: TDeps,
  person: { userId: string; email: string },
  options: { requestId?: string | null } = {},
): Promise<number> {
  const now = deps.clock.now();
  const registrations = await listRegistrationsOfPerson(deps.db, person);
  for (const registration of registrations) {
    const isUpcoming = Date.parse(registration.eventEndsAt) > now.getTime();
    if (isUpcoming && registration.status !== 'cancelled') {
      await cancelRegistration(deps, registration, { actorId: person.userId, requestId: options.requestId });
    }
    await eraseRegistration(deps.db, registration.id, now.toISOString());
  }
  return registrations.length;
}
