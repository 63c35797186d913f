import { loadActor, type TActor } from '../../core/actor.ts';
import { auditedWrite } from '../../core/audited-write.ts';
import { registerMailList, unsubscribeHeaders, unsubscribeUrl } from '../../core/mail-lists.ts';
import type { TDeps } from '../../deps.ts';
import { isLocale, type TLocale } from '../../i18n/locales.ts';
import { translator } from '../../i18n/translator.ts';
import { AppError } from '../../platform/errors.ts';
import { suggestionsFor, type TSuggestions } from './connection-matches.service.ts';
import {
  advanceWeeklyMail,
  findWeeklyMail,
  listWeeklyMailDue,
  startWeeklyMail,
  stopWeeklyMail,
} from './connection-weekly.repository.ts';
import { listingPath } from './views/listing-card.tsx';

/**
 * The weekly mail of new matches (issue 14, ADR 0049): opt-in per person, on the workspace. A week after
 * it was started or last written, the hourly connections job (connection-expiry.service.ts) writes each
 * subscriber one mail, in their language, listing for each open listing of their organisations the
 * matches published since then (only new ones); none when there are none. The mail and the new "mailed
 * through" are written in one transaction (dedupe key per person and week), so a rerun or a second node
 * sends nothing twice. It carries a signed one-click unsubscribe link and the RFC 8058 headers.
 */
export const weeklyList = 'connections-weekly';
const weekMs = 7 * 86_400_000;
const perListing = 5;

export async function isWeeklyMailOn(deps: TDeps, actor: TActor): Promise<boolean> {
  return actor.userId !== null && (await findWeeklyMail(deps.db, actor.userId)) !== undefined;
}

export async function setWeeklyMail(
  deps: TDeps,
  actor: TActor,
  isOn: boolean,
  by: { requestId?: string | null } = {},
): Promise<void> {
  if (!actor.userId) throw new AppError('unauthenticated');
  const userId = actor.userId;
  await auditedWrite(deps, actor, by, async ({ trx, at, audit }) => {
    const isChanged = isOn ? await startWeeklyMail(trx, userId, at) : await stopWeeklyMail(trx, userId);
    const action = isOn ? 'connections.weekly_mail_started' : 'connections.weekly_mail_stopped';
    if (isChanged) await audit(action, { type: 'user', id: userId });
  });
}

/** Only the matches published after `since`, and only listings that have some. */
export function newMatchesOf(suggestions: TSuggestions, since: string): TSuggestions {
  return suggestions
    .map((s) => ({ listing: s.listing, matches: s.matches.filter((m) => m.listing.createdAt > since) }))
    .filter((s) => s.matches.length > 0);
}

export function composeWeeklyMail(
  deps: Pick<TDeps, 'config' | 'secret'>,
  reader: { id: string; email: string; name: string; locale: string },
  news: TSuggestions,
  weekKey: string,
) {
  const locale: TLocale = isLocale(reader.locale) ? reader.locale : 'en';
  const { t } = translator(locale);
  const base = `${deps.config.publicUrl}/${locale}`;
  const unsubscribe = unsubscribeUrl({
    publicUrl: deps.config.publicUrl,
    secret: deps.secret,
    locale,
    userId: reader.id,
    list: weeklyList,
  });
  const count = news.reduce((n, s) => n + s.matches.length, 0);
  const blocks = news.map((s) =>
    [
      `${t(`connections.kind.${s.listing.kind}`)}: ${s.listing.title}`,
      ...s.matches.map(
        (m) => `- ${m.listing.title} (${m.listing.organization.name})\n  ${base}${listingPath(m.listing)}`,
      ),
    ].join('\n'),
  );
  return {
    to: reader.email,
    subject: t('connections.mail.weekly.subject', { count }),
    text: [
      t('connections.mail.weekly.body', { name: reader.name || reader.email, count }),
      ...blocks,
      `${base}/workspace/connections`,
      t('connections.mail.weekly.unsubscribe', { link: unsubscribe }),
      t('connections.mail.signature'),
    ].join('\n\n'),
    headers: unsubscribeHeaders(unsubscribe),
    dedupeKey: `${weeklyList}:${reader.id}:${weekKey}`,
  };
}

/** One pass over the subscribers whose week is over; how many mails were written. Safe to rerun. */
export async function runWeeklyMatches(deps: TDeps): Promise<{ mailed: number; empty: number }> {
  const now = deps.clock.now();
  const at = now.toISOString();
  const cutoff = new Date(now.getTime() - weekMs).toISOString();
  let mailed = 0;
  let empty = 0;
  for (;;) {
    const due = await listWeeklyMailDue(deps.db, cutoff, 100);
    for (const reader of due) {
      const actor = await loadActor(deps.db, { id: reader.id, roles: [] });
      const news = newMatchesOf(await suggestionsFor(deps, actor, perListing), reader.sent_through);
      await deps.db.transaction().execute(async (trx) => {
        if (!(await advanceWeeklyMail(trx, reader.id, reader.sent_through, at))) return;
        if (news.length === 0) {
          empty += 1;
          return;
        }
        await deps.mailer.enqueue(trx, composeWeeklyMail(deps, reader, news, reader.sent_through));
        mailed += 1;
      });
    }
    if (due.length < 100) break;
  }
  if (mailed > 0) deps.mailer.kick();
  return { mailed, empty };
}

/** The list's one-click unsubscribe (core/mail-lists.ts), registered once from compose.ts. */
export function registerWeeklyMailList(): void {
  registerMailList({
    kind: weeklyList,
    describe: async (_db, { i18n }) => i18n.t('connections.mail.weekly.listName'),
    unsubscribe: (trx, { userId }) => stopWeeklyMail(trx, userId),
  });
}
