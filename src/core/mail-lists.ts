import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { TLocale } from '../i18n/locales.ts';
import type { TTranslator } from '../i18n/translator.ts';
import type { Database } from '../platform/db/schema.ts';
import type { TMailHeaders } from '../platform/mail.ts';
import { audit, type TAuditBy } from './audit.ts';
import type { TExecutor } from './records.ts';

/**
 * Mailing lists and their one-click unsubscribe (RFC 8058; docs/adr/0054).
 *
 * A "list" is any kind of mail a person can stop: `community:ID`, `thread:ID`, `digest`,
 * `connections-weekly`… Its name is a kind, optionally followed by ":" and an id. A domain registers
 * each kind once (what stopping it does, and how to name it to the reader); a mail of that list carries
 * a signed link, `/{locale}/unsubscribe/{token}`, in its body and in its List-Unsubscribe header.
 *
 * The token names the person and the list and is signed with the installation's secret (HMAC-SHA256),
 * so it is checked without a database lookup and works on every node. It does not expire: an old mail's
 * link still stops the mail, which is what its reader wants. A GET of the link only shows a button (mail
 * scanners open links; docs/adr/0017); a POST — the button, or the mail provider's own one-click POST
 * with `List-Unsubscribe=One-Click` — stops the mail, needs no CSRF token (the signed token is the proof)
 * and may be repeated.
 */
export type TMailList = {
  /** The part of the list name before ":" ("community", "digest"). Letters, digits and "-". */
  kind: string;
  /**
   * What the reader is about to stop, in their language ("new posts in “Care in cities”"), or null when
   * the list no longer exists (its community was removed): the page then names it generically.
   */
  describe(
    db: TExecutor,
    input: { id: string | null; userId: string; i18n: TTranslator },
  ): Promise<string | null>;
  /**
   * Stops this list's mail for the person, in the caller's transaction; true when something changed
   * (false when it was already stopped: doing it twice changes nothing more and is not audited again).
   */
  unsubscribe(trx: TExecutor, input: { id: string | null; userId: string; at: string }): Promise<boolean>;
};

const lists = new Map<string, TMailList>();

/** Registers a kind of list (once per process, from compose.ts or the domain's registration function). */
export function registerMailList(list: TMailList): void {
  if (!/^[a-z][a-z0-9-]*$/.test(list.kind)) throw new Error(`bad mail list kind: ${list.kind}`);
  lists.set(list.kind, list);
}

export type TListName = { kind: string; id: string | null };

export function parseListName(name: string): TListName {
  const colon = name.indexOf(':');
  return colon < 0 ? { kind: name, id: null } : { kind: name.slice(0, colon), id: name.slice(colon + 1) };
}

const tokenVersion = 'u1';

function signature(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(`unsubscribe:${tokenVersion}:${payload}`).digest();
}

/** The signed token that names a person and one of their lists. */
export function unsubscribeToken(secret: string, input: { userId: string; list: string }): string {
  if (input.userId.includes('\n') || input.list.includes('\n'))
    throw new Error('bad unsubscribe token input');
  const payload = Buffer.from(`${input.userId}\n${input.list}`, 'utf8').toString('base64url');
  return `${payload}.${signature(secret, payload).toString('base64url')}`;
}

/** The person and list a token names, or null when it is malformed, altered or signed with another secret. */
export function readUnsubscribeToken(
  secret: string,
  token: string | undefined,
): { userId: string; list: string } | null {
  if (!token || token.length > 1000 || !/^[\w-]+\.[\w-]+$/.test(token)) return null;
  const [payload = '', presented = ''] = token.split('.');
  const expected = signature(secret, payload);
  const given = Buffer.from(presented, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [userId, list, ...rest] = Buffer.from(payload, 'base64url').toString('utf8').split('\n');
  if (!userId || !list || rest.length > 0) return null;
  return { userId, list };
}

/** The link a mail of this list carries, in the reader's language. */
export function unsubscribeUrl(input: {
  publicUrl: string;
  secret: string;
  locale: TLocale;
  userId: string;
  list: string;
}): string {
  const token = unsubscribeToken(input.secret, { userId: input.userId, list: input.list });
  return `${input.publicUrl.replace(/\/+$/, '')}/${input.locale}/unsubscribe/${token}`;
}

/** The headers that let a mail program offer "unsubscribe" and do it with one POST (RFC 2369, RFC 8058). */
export function unsubscribeHeaders(url: string): TMailHeaders {
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

export type TUnsubscribeLink =
  | { isValid: false }
  | { isValid: true; userId: string; list: string; label: string | null };

/** What a link would stop, for the confirmation page; reads only. */
export async function readUnsubscribeLink(
  db: TExecutor,
  secret: string,
  token: string | undefined,
  i18n: TTranslator,
): Promise<TUnsubscribeLink> {
  const named = readUnsubscribeToken(secret, token);
  if (!named) return { isValid: false };
  const { kind, id } = parseListName(named.list);
  const list = lists.get(kind);
  if (!list) return { isValid: false };
  const label = await list.describe(db, { id, userId: named.userId, i18n });
  return { isValid: true, userId: named.userId, list: named.list, label };
}

/**
 * Stops the mail a link names, with an audit entry `mail.unsubscribed` (the signed link stands for its
 * person). False for an invalid link. A person whose account is gone has nothing left to stop: true.
 */
export async function unsubscribeWithToken(
  db: Kysely<Database>,
  secret: string,
  token: string | undefined,
  by: Omit<TAuditBy, 'actorId'>,
): Promise<boolean> {
  const named = readUnsubscribeToken(secret, token);
  if (!named) return false;
  const { kind, id } = parseListName(named.list);
  const list = lists.get(kind);
  if (!list) return false;
  await db.transaction().execute(async (trx) => {
    const person = await trx
      .selectFrom('users')
      .select('id')
      .where('id', '=', named.userId)
      .executeTakeFirst();
    if (!person) return;
    const isChanged = await list.unsubscribe(trx, { id, userId: named.userId, at: by.at });
    if (!isChanged) return;
    await audit(
      trx,
      { ...by, actorId: named.userId },
      'mail.unsubscribed',
      { type: 'user', id: named.userId },
      { list: named.list },
    );
  });
  return true;
}
