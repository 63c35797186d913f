import { audit } from '../../core/audit.ts';
import type { TDeps } from '../../deps.ts';
import { isLocale, type TLocale } from '../../i18n/locales.ts';
import { translator } from '../../i18n/translator.ts';
import { todayOf } from './connection-state.ts';
import { announceListingsChanged } from './connection-term-memory.ts';
import { registerWeeklyMailList, runWeeklyMatches } from './connection-weekly.service.ts';
import {
  closeExpiredListing,
  listExpiredOpenListings,
  listListingsToRemind,
  markReminded,
  type TListingToRemind,
} from './connections.repository.ts';
import { findWritersOf } from './introductions.repository.ts';
import { listingPath } from './views/listing-card.tsx';

/**
 * Offers and needs that reach their date (ADR 0049). An hourly durable job (each run books the next
 * hour's slot first, one job per slot by its dedupe key, so every node and every restart books the same
 * one) does two things:
 * - **reminds** the organisation's owners and editors, in their language, `reminderDays` before the last
 *   day a listing is listed: the mail and the note "reminded for this date" are written in one short
 *   transaction per listing, and the mail's dedupe key names the listing, the date and the reader, so a
 *   run killed halfway and run again sends nothing twice; a listing moved to a new date is reminded again;
 * - **closes** listings whose last day has passed (status `expired`, out of matching and search,
 *   audited as `connections.expired`), announced to every node after commit.
 * "Today" is the UTC date of `deps.clock`; a listing "until 31 March" is listed all that day (UTC).
 */
export const expiryJob = 'connections.expiry';
export const reminderDays = 7;
const hourMs = 3_600_000;
const batch = 200;

/** The UTC date `days` after `day` (YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export async function scheduleConnectionExpiry(deps: Pick<TDeps, 'db' | 'jobs' | 'clock'>): Promise<void> {
  const runAt = new Date((Math.floor(deps.clock.now().getTime() / hourMs) + 1) * hourMs);
  await deps.jobs.enqueue(deps.db, {
    kind: expiryJob,
    runAt,
    dedupeKey: `${expiryJob}:${runAt.toISOString()}`,
  });
}

export function composeExpiryMail(
  deps: Pick<TDeps, 'config'>,
  to: { id: string; email: string; name: string; locale: string },
  listing: TListingToRemind,
) {
  const locale: TLocale = isLocale(to.locale) ? to.locale : 'en';
  const { t } = translator(locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${listing.openUntil}T00:00:00Z`),
  );
  const values = { name: to.name || to.email, title: listing.title, date, kind: listing.kind };
  return {
    to: to.email,
    subject: t('connections.mail.expiry.subject', values),
    text: [
      t('connections.mail.expiry.body', values),
      `${deps.config.publicUrl}/${locale}${listingPath(listing)}/edit`,
      t('connections.mail.signature'),
    ].join('\n\n'),
    dedupeKey: `connections:expiry:${listing.id}:${listing.openUntil}:${to.id}`,
  };
}

/** One run: reminders, then closing; how many of each. Safe to run again at any moment. */
export async function runConnectionExpiry(
  deps: TDeps,
  options: { heartbeat?: () => Promise<void> } = {},
): Promise<{ reminded: number; closed: number }> {
  const today = todayOf(deps);
  const at = deps.clock.now().toISOString();
  let reminded = 0;
  for (;;) {
    const due = await listListingsToRemind(deps.db, today, addDays(today, reminderDays), batch);
    for (const listing of due) {
      await deps.db.transaction().execute(async (trx) => {
        if (!(await markReminded(trx, listing.id, listing.openUntil))) return;
        for (const person of await findWritersOf(trx, listing.organizationId))
          await deps.mailer.enqueue(trx, composeExpiryMail(deps, person, listing));
        reminded += 1;
      });
    }
    await options.heartbeat?.();
    if (due.length < batch) break;
  }
  const closedIds: string[] = [];
  for (;;) {
    const expired = await listExpiredOpenListings(deps.db, today, batch);
    for (const listing of expired) {
      await deps.db.transaction().execute(async (trx) => {
        if (!(await closeExpiredListing(trx, listing.id, today, at))) return;
        await deps.search.removeDocument(listing.id, { db: trx });
        await audit(
          trx,
          { actorId: null, at },
          'connections.expired',
          { type: `connection_${listing.kind}`, id: listing.id },
          { organizationId: listing.organization_id, openUntil: listing.open_until },
        );
        closedIds.push(listing.id);
      });
    }
    await options.heartbeat?.();
    if (expired.length < batch) break;
  }
  if (closedIds.length > 0) announceListingsChanged(closedIds);
  if (reminded > 0) deps.mailer.kick();
  return { reminded, closed: closedIds.length };
}

/**
 * Registers the hourly connections job (compose.ts; main.ts books its first run): expiry, then the
 * weekly mails of new matches that are due; and the weekly mail's unsubscribe list.
 */
export function registerConnectionJobs(deps: TDeps): void {
  registerWeeklyMailList();
  deps.jobs.register(expiryJob, async (_job, context) => {
    // The next run is booked first, so a run that fails still leaves the hourly chain in place.
    await scheduleConnectionExpiry(deps);
    const run = await runConnectionExpiry(deps, { heartbeat: context.heartbeat });
    if (run.reminded + run.closed > 0) deps.logger.info(run, 'connection listings reminded or closed');
    await context.heartbeat();
    const weekly = await runWeeklyMatches(deps);
    if (weekly.mailed > 0) deps.logger.info(weekly, 'weekly mails of new matches written');
  });
}
