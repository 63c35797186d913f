import { loadActorOfUser } from '../../core/actor.ts';
import type { TDeps } from '../../deps.ts';
import type { TDb } from '../../platform/db/database.ts';
import type { TJob } from '../../platform/jobs.ts';
import { isInEventAudience } from './event-audience.ts';
import { composeRegistrationMail } from './event-mail.ts';
import { listUnreminded, markReminded } from './event-registrations.repository.ts';
import { registrationToken } from './event-registrations.service.ts';
import type { TEvent } from './events.record.ts';
import { findEventById } from './events.repository.ts';

/**
 * Reminder e-mails to confirmed registrants a day and an hour before an event starts, through the
 * durable job queue. Jobs are keyed by the event's start, so a rescheduled event gets new reminders
 * and the old ones find a different start and do nothing. Each registrant is marked when reminded,
 * and the mail carries a dedupe key, so a job run twice never sends twice.
 */
export const eventReminderJob = 'events.reminder';

type TReminderPayload = { eventId: string; kind: 'day' | 'hour'; startsAt: string };

const leadTimes = { day: 24 * 60 * 60_000, hour: 60 * 60_000 } as const;

/** Schedules both reminders of a published event with registration on Carehub (inside the caller's transaction). */
export async function scheduleEventReminders(
  deps: TDeps,
  trx: TDb,
  event: Pick<TEvent, 'id' | 'status' | 'startsAt' | 'registrationMode'>,
) {
  if (event.status !== 'published' || event.registrationMode !== 'platform') return;
  for (const kind of ['day', 'hour'] as const) {
    const runAt = new Date(Date.parse(event.startsAt) - leadTimes[kind]);
    if (runAt.getTime() <= deps.clock.now().getTime() && kind === 'day') continue;
    await deps.jobs.enqueue(trx, {
      kind: eventReminderJob,
      payload: { eventId: event.id, kind, startsAt: event.startsAt } satisfies TReminderPayload,
      runAt,
      dedupeKey: `events:reminder:${event.id}:${kind}:${event.startsAt}`,
    });
  }
}

async function isStillInAudience(deps: TDeps, event: TEvent, userId: string | null): Promise<boolean> {
  if (event.audience === 'public') return true;
  if (!userId) return false;
  return isInEventAudience(deps, await loadActorOfUser(deps.db, userId), event);
}

export async function sendEventReminders(deps: TDeps, job: Pick<TJob, 'payload'>): Promise<number> {
  const payload = job.payload as TReminderPayload;
  const event = await findEventById(deps.db, payload.eventId);
  const now = deps.clock.now();
  if (event?.status !== 'published' || event.startsAt !== payload.startsAt) return 0;
  if (Date.parse(event.startsAt) <= now.getTime()) return 0;
  let sent = 0;
  for (const registration of await listUnreminded(deps.db, event.id, payload.kind)) {
    // A community's meeting reminds only those who still read the community (ADR 0070).
    if (!(await isStillInAudience(deps, event, registration.userId))) continue;
    await deps.db.transaction().execute(async (trx) => {
      if (!(await markReminded(trx, registration.id, payload.kind, now.toISOString()))) return;
      await deps.mailer.enqueue(
        trx,
        composeRegistrationMail(
          payload.kind === 'day' ? 'reminderDay' : 'reminderHour',
          event,
          registration,
          {
            publicUrl: deps.config.publicUrl,
            token: registrationToken(deps.secret, registration.id, registration.createdAt),
            dedupeKey: `event-reminder:${registration.id}:${payload.kind}:${event.startsAt}`,
          },
        ),
      );
      sent += 1;
    });
  }
  deps.mailer.kick();
  return sent;
}

/** Registers the events domain's jobs with the queue (called once when the app is composed). */
export function registerEventJobs(deps: TDeps): void {
  deps.jobs.register(eventReminderJob, async (job) => {
    await sendEventReminders(deps, job);
  });
}
