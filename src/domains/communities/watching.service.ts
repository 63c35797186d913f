import { z } from 'zod';
import { isSignedIn, type TActor } from '../../core/actor.ts';
import { auditedWrite } from '../../core/audited-write.ts';
import { registerMailList } from '../../core/mail-lists.ts';
import { parseJson, type TExecutor } from '../../core/records.ts';
import { parseOrThrow } from '../../core/validation.ts';
import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { canonicalTimeZone } from '../../platform/time-zones.ts';
import { communityPolicy, postPolicy } from './communities.policy.ts';
import { mailFrequencies } from './communities.record.ts';
import { findThread } from './communities.repository.ts';
import { readCommunity, type TWriteOptions } from './communities.service.ts';
import { postResourceOf } from './threads.service.ts';
import {
  findMailSettings,
  findWatch,
  findWatchTargetName,
  listWatchesOf,
  saveMailSettings,
  setWatch,
  type TMailFrequency,
  type TWatchReason,
  watchThreadIfNew,
} from './watching.repository.ts';

/**
 * Watching (docs/adr/0055): members watch a community or a thread; who starts a thread or replies to
 * one watches it from then on (unless they stopped it before); leaving a community, or being removed,
 * ends their watches in it. Each person chooses how their community mail comes: at once, as a daily or
 * weekly digest, or not at all, on their community mail page.
 */

export type TWatchView = {
  canWatch: boolean;
  isWatching: boolean;
  /** Why they watch it: chosen, or because they started or replied to the thread. */
  reason: TWatchReason | null;
};

const notWatching: TWatchView = { canWatch: false, isWatching: false, reason: null };

/** The watch button's state for a community page. */
export async function readCommunityWatch(
  deps: TDeps,
  actor: TActor,
  view: Awaited<ReturnType<typeof readCommunity>>,
): Promise<TWatchView> {
  if (!actor.userId || !communityPolicy.can(actor, 'watch', view.resource)) return notWatching;
  const watch = await findWatch(deps.db, actor.userId, { type: 'community', id: view.community.id });
  return { canWatch: true, isWatching: watch?.state === 'watching', reason: watch?.reason ?? null };
}

/** The watch button's state for a thread page. */
export async function readThreadWatch(
  deps: TDeps,
  actor: TActor,
  view: Awaited<ReturnType<typeof readCommunity>>,
  threadId: string,
): Promise<TWatchView> {
  if (!actor.userId || !communityPolicy.can(actor, 'watch', view.resource)) return notWatching;
  const watch = await findWatch(deps.db, actor.userId, { type: 'thread', id: threadId });
  return { canWatch: true, isWatching: watch?.state === 'watching', reason: watch?.reason ?? null };
}

/**
 * A person's chosen watch of a community or a thread, started or stopped; audited only when it changed
 * (pressing the button twice is one change).
 */
async function saveChosenWatch(
  deps: TDeps,
  actor: TActor,
  target: { type: 'community' | 'thread'; id: string },
  isWatching: boolean,
  details: { slug: string },
  options: TWriteOptions,
): Promise<void> {
  await auditedWrite(deps, actor, options, async ({ trx, at, audit }) => {
    const state = isWatching ? 'watching' : 'muted';
    const userId = actor.userId as string;
    if (!(await setWatch(trx, { userId, target, state, reason: 'chosen', at }))) return;
    const subject = { type: target.type === 'thread' ? 'community_thread' : 'community', id: target.id };
    await audit(isWatching ? 'communities.watched' : 'communities.unwatched', subject, details);
  });
}

/** Starts or stops watching a community (members only). */
export async function setCommunityWatch(
  deps: TDeps,
  actor: TActor,
  slug: string,
  isWatching: boolean,
  options: TWriteOptions = {},
): Promise<void> {
  const view = await readCommunity(deps, actor, slug, 'watch');
  const target = { type: 'community', id: view.community.id } as const;
  await saveChosenWatch(deps, actor, target, isWatching, { slug }, options);
}

/** Starts or stops watching a thread: members of its community who may read it. */
export async function setThreadWatch(
  deps: TDeps,
  actor: TActor,
  ids: { slug: string; threadId: string },
  isWatching: boolean,
  options: TWriteOptions = {},
): Promise<void> {
  const view = await readCommunity(deps, actor, ids.slug);
  const thread = await findThread(deps.db, ids.threadId);
  if (!thread || thread.communityId !== view.community.id) throw new AppError('not_found');
  postPolicy.authorize(actor, 'read', postResourceOf(view, thread, null));
  communityPolicy.authorize(actor, 'watch', view.resource);
  const target = { type: 'thread', id: thread.id } as const;
  await saveChosenWatch(deps, actor, target, isWatching, { slug: ids.slug }, options);
}

/** In the transaction of a new thread or reply: its writer watches the thread from now on. */
export async function watchOwnThread(
  trx: TExecutor,
  input: { userId: string | null; threadId: string; reason: 'started' | 'replied'; at: string },
): Promise<void> {
  if (!input.userId) return;
  await watchThreadIfNew(trx, {
    userId: input.userId,
    threadId: input.threadId,
    reason: input.reason,
    at: input.at,
  });
}

export const ZMailSettings = z.object({
  frequency: z.enum(mailFrequencies, { message: 'validation.invalidChoice' }),
  timeZone: z
    .string()
    .trim()
    .max(100)
    .transform((value, context) => {
      if (value === '') return null;
      const zone = canonicalTimeZone(value);
      if (!zone) {
        context.addIssue({ code: 'custom', message: 'communities.errors.timeZone' });
        return z.NEVER;
      }
      return zone;
    }),
});

export type TMailSettingsView = {
  frequency: TMailFrequency;
  timeZone: string | null;
  watches: Awaited<ReturnType<typeof listWatchesOf>>;
};

/** The asking person's community mail page. */
export async function readMailSettings(deps: TDeps, actor: TActor): Promise<TMailSettingsView> {
  if (!isSignedIn(actor) || !actor.userId) throw new AppError('unauthenticated');
  const [settings, watches] = await Promise.all([
    findMailSettings(deps.db, actor.userId),
    listWatchesOf(deps.db, actor.userId),
  ]);
  return { frequency: settings?.frequency ?? 'immediately', timeZone: settings?.timeZone ?? null, watches };
}

export async function updateMailSettings(
  deps: TDeps,
  actor: TActor,
  raw: unknown,
  options: TWriteOptions = {},
): Promise<void> {
  if (!isSignedIn(actor) || !actor.userId) throw new AppError('unauthenticated');
  const input = parseOrThrow(ZMailSettings, raw);
  const userId = actor.userId;
  const { frequency, timeZone } = input;
  await auditedWrite(deps, actor, options, async ({ trx, at, audit }) => {
    await saveMailSettings(trx, { userId, frequency, timeZone, at });
    await audit('communities.mail_settings_changed', { type: 'user', id: userId }, { frequency, timeZone });
  });
}

/** The lists a community mail can be stopped from with one click (docs/adr/0054). */
export function registerCommunityMailLists(): void {
  const isolate = (text: string) => `\u2068${text}\u2069`;
  for (const type of ['community', 'thread'] as const) {
    registerMailList({
      kind: type,
      describe: async (db, { id, i18n }) => {
        if (!id) return null;
        const target = await findWatchTargetName(db, { type, id });
        if (!target) return null;
        const translated = parseJson<Record<string, { name?: string }>>(target.translations, {});
        const name = translated[i18n.locale]?.name ?? target.name;
        return i18n.t(`communities.mailList.${type}`, { name: isolate(name) });
      },
      unsubscribe: (trx, { id, userId, at }) =>
        id
          ? setWatch(trx, { userId, target: { type, id }, state: 'muted', reason: 'chosen', at })
          : Promise.resolve(false),
    });
  }
  registerMailList({
    kind: 'digest',
    describe: async (_db, { i18n }) => i18n.t('communities.mailList.digest'),
    unsubscribe: async (trx, { userId, at }) => {
      const settings = await findMailSettings(trx, userId);
      if (settings?.frequency === 'off') return false;
      await saveMailSettings(trx, { userId, frequency: 'off', timeZone: settings?.timeZone ?? null, at });
      return true;
    },
  });
}
