import { sql } from 'kysely';
import { parseJson } from '../../core/records.ts';
import type { TDb } from '../../platform/db/database.ts';
import type { TRegistrationStatus } from './event-vocabulary.ts';
import type { TRegistration } from './events.record.ts';

/**
 * Registrations' SQL. Seats are counted on the event row (events.confirmed_count) and taken with one
 * conditional UPDATE: on PostgreSQL the row lock makes concurrent takers wait and re-check the
 * condition; on SQLite transactions run one at a time. Either way no event is ever over-booked.
 */

type TRow = {
  id: string;
  event_id: string;
  user_id: string | null;
  email: string;
  name: string;
  locale: string;
  status: string;
  answers: string;
  created_at: string;
  updated_at: string;
  confirmed_at: string | null;
  cancelled_at: string | null;
};

const columns = [
  'id',
  'event_id',
  'user_id',
  'email',
  'name',
  'locale',
  'status',
  'answers',
  'created_at',
  'updated_at',
  'confirmed_at',
  'cancelled_at',
] as const;

function toRegistration(row: TRow): TRegistration {
  return {
    id: row.id,
    eventId: row.event_id,
    userId: row.user_id,
    email: row.email,
    name: row.name,
    locale: row.locale,
    status: row.status as TRegistrationStatus,
    answers: parseJson(row.answers, []),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    confirmedAt: row.confirmed_at,
    cancelledAt: row.cancelled_at,
  };
}

/**
 * Takes one seat if one is free (or the event has no limit): true when taken. Also serialises every
 * registration change of the event on PostgreSQL, since it locks the event row until commit.
 */
export async function takeSeat(db: TDb, eventId: string): Promise<boolean> {
  const result = await db
    .updateTable('events')
    .set({ confirmed_count: sql`confirmed_count + 1` })
    .where('id', '=', eventId)
    .where((eb) => eb.or([eb('capacity', 'is', null), eb('confirmed_count', '<', eb.ref('capacity'))]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function releaseSeat(db: TDb, eventId: string): Promise<void> {
  await db
    .updateTable('events')
    .set({ confirmed_count: sql`confirmed_count - 1` })
    .where('id', '=', eventId)
    .where('confirmed_count', '>', 0)
    .execute();
}

/** Locks the event row for the rest of the transaction (PostgreSQL) without changing it. */
export async function lockEventRow(db: TDb, eventId: string): Promise<void> {
  await db
    .updateTable('events')
    .set({ confirmed_count: sql`confirmed_count` })
    .where('id', '=', eventId)
    .execute();
}

type TRegistrationMatch = Partial<Record<'id' | 'event_id' | 'email_key' | 'token_hash' | 'user_id', string>>;

/** The registration whose columns hold every given value (and, with `isActive`, not cancelled). */
async function findRegistration(
  db: TDb,
  match: TRegistrationMatch,
  isActive = false,
): Promise<TRegistration | undefined> {
  let query = db.selectFrom('event_registrations').select(columns);
  for (const [column, value] of Object.entries(match))
    query = query.where(column as keyof TRegistrationMatch, '=', value as string);
  if (isActive) query = query.where('status', '!=', 'cancelled');
  const row = await query.executeTakeFirst();
  return row ? toRegistration(row) : undefined;
}

export function findRegistrationByEmail(db: TDb, eventId: string, emailKey: string) {
  return findRegistration(db, { event_id: eventId, email_key: emailKey });
}

export function findRegistrationByTokenHash(db: TDb, tokenHash: string) {
  return findRegistration(db, { token_hash: tokenHash });
}

export function findRegistrationById(db: TDb, id: string) {
  return findRegistration(db, { id });
}

export function findActiveRegistrationOfUser(db: TDb, eventId: string, userId: string) {
  return findRegistration(db, { event_id: eventId, user_id: userId }, true);
}

export type TNewRegistration = {
  id: string;
  eventId: string;
  userId: string | null;
  email: string;
  emailKey: string;
  name: string;
  locale: string;
  status: TRegistrationStatus;
  answers: string[];
  tokenHash: string;
  at: string;
};

/** What a registration says of its person and state, as written when it is made and when it is reopened. */
function registrationColumns(r: Omit<TNewRegistration, 'id' | 'eventId' | 'emailKey'>) {
  return {
    user_id: r.userId,
    email: r.email,
    name: r.name,
    locale: r.locale,
    status: r.status,
    answers: JSON.stringify(r.answers),
    token_hash: r.tokenHash,
    created_at: r.at,
    updated_at: r.at,
    confirmed_at: r.status === 'confirmed' ? r.at : null,
  };
}

export async function insertRegistration(db: TDb, r: TNewRegistration): Promise<void> {
  await db
    .insertInto('event_registrations')
    .values({
      id: r.id,
      event_id: r.eventId,
      email_key: r.emailKey,
      ...registrationColumns(r),
    })
    .execute();
}

/** Brings a cancelled registration back, at the end of the queue: true when it was still cancelled. */
export async function reopenRegistration(
  db: TDb,
  id: string,
  r: Omit<TNewRegistration, 'id' | 'eventId' | 'emailKey'>,
) {
  const result = await db
    .updateTable('event_registrations')
    .set({
      ...registrationColumns(r),
      cancelled_at: null,
      reminded_day_at: null,
      reminded_hour_at: null,
    })
    .where('id', '=', id)
    .where('status', '=', 'cancelled')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Moves a registration from one status to another; false when it was no longer in `from`. */
export async function changeRegistrationStatus(
  db: TDb,
  id: string,
  from: TRegistrationStatus,
  to: TRegistrationStatus,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('event_registrations')
    .set({
      status: to,
      updated_at: at,
      ...(to === 'confirmed' ? { confirmed_at: at } : {}),
      ...(to === 'cancelled' ? { cancelled_at: at } : {}),
    })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The first in line on the waiting list, if anyone is waiting. */
export async function firstWaiting(db: TDb, eventId: string): Promise<TRegistration | undefined> {
  const row = await db
    .selectFrom('event_registrations')
    .select(columns)
    .where('event_id', '=', eventId)
    .where('status', '=', 'waiting')
    .orderBy('created_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return row ? toRegistration(row) : undefined;
}

/** 1 for the first in line. */
export async function waitingPosition(db: TDb, registration: TRegistration): Promise<number> {
  const row = await db
    .selectFrom('event_registrations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('event_id', '=', registration.eventId)
    .where('status', '=', 'waiting')
    .where((eb) =>
      eb.or([
        eb('created_at', '<', registration.createdAt),
        eb.and([eb('created_at', '=', registration.createdAt), eb('id', '<', registration.id)]),
      ]),
    )
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

export async function listRegistrations(db: TDb, eventId: string): Promise<TRegistration[]> {
  const rows = await db
    .selectFrom('event_registrations')
    .select(columns)
    .where('event_id', '=', eventId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toRegistration);
}

export async function countRegistrationsByStatus(
  db: TDb,
  eventId: string,
): Promise<Record<TRegistrationStatus, number>> {
  const rows = await db
    .selectFrom('event_registrations')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('event_id', '=', eventId)
    .groupBy('status')
    .execute();
  const counts = { confirmed: 0, waiting: 0, cancelled: 0 };
  for (const row of rows) counts[row.status as TRegistrationStatus] = Number(row.n);
  return counts;
}

/** Confirmed registrations of an event not yet sent this reminder. */
export async function listUnreminded(
  db: TDb,
  eventId: string,
  kind: 'day' | 'hour',
): Promise<TRegistration[]> {
  const column = kind === 'day' ? 'reminded_day_at' : 'reminded_hour_at';
  const rows = await db
    .selectFrom('event_registrations')
    .select(columns)
    .where('event_id', '=', eventId)
    .where('status', '=', 'confirmed')
    .where(column, 'is', null)
    .orderBy('id')
    .limit(5000)
    .execute();
  return rows.map(toRegistration);
}

export async function markReminded(db: TDb, id: string, kind: 'day' | 'hour', at: string): Promise<boolean> {
  const query =
    kind === 'day'
      ? db
          .updateTable('event_registrations')
          .set({ reminded_day_at: at })
          .where('reminded_day_at', 'is', null)
      : db
          .updateTable('event_registrations')
          .set({ reminded_hour_at: at })
          .where('reminded_hour_at', 'is', null);
  const result = await query.where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Every registration a person holds, by their account or by their address, with its event's end. */
export async function listRegistrationsOfPerson(
  db: TDb,
  person: { userId: string; email: string },
): Promise<(TRegistration & { eventEndsAt: string })[]> {
  const rows = await db
    .selectFrom('event_registrations')
    .innerJoin('events', 'events.id', 'event_registrations.event_id')
    .select(columns.map((c) => `event_registrations.${c}` as const))
    .select('events.ends_at as eventEndsAt')
    .where((eb) =>
      eb.or([
        eb('event_registrations.user_id', '=', person.userId),
        eb('event_registrations.email_key', '=', person.email),
      ]),
    )
    .execute();
  return rows.map((row) => ({ ...toRegistration(row), eventEndsAt: row.eventEndsAt }));
}

/**
 * Keeps a registration as a number (seats and attendance stay right) but with nothing of the person:
 * no name, address, answers or account, and a key and token that match nothing.
 */
export async function eraseRegistration(db: TDb, id: string, at: string): Promise<void> {
  await db
    .updateTable('event_registrations')
    .set({
      user_id: null,
      name: '',
      email: '',
      email_key: `erased:${id}`,
      answers: '[]',
      token_hash: `erased:${id}`,
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}
