import assert from 'node:assert/strict';
import { loadActor, type TActor } from '../../src/core/actor.ts';
import type { TDeps } from '../../src/deps.ts';
import { insertRole, insertUser } from '../../src/domains/accounts/accounts.repository.ts';
import { hashPassword } from '../../src/domains/accounts/passwords.ts';
import { newId } from '../../src/platform/ids.ts';
import type { TestClient } from './test-app.ts';

/** Factories and steps for tests that need people: real rows, real sign-ins through the pages. */

export const testPassword = 'quiet harbour lantern 42';

let sequence = 0;

export type TTestUser = { id: string; email: string; name: string; password: string };

/** Writes a person (and their roles) straight into the database, as a factory. */
export async function createUser(
  deps: TDeps,
  options: {
    email?: string;
    name?: string;
    password?: string;
    roles?: readonly string[];
    isVerified?: boolean;
    isDisabled?: boolean;
    locale?: string;
  } = {},
): Promise<TTestUser> {
  sequence += 1;
  const email = options.email ?? `person${sequence}.${Date.now()}@example.org`;
  const name = options.name ?? `Test Person ${sequence}`;
  const password = options.password ?? testPassword;
  const at = deps.clock.now().toISOString();
  const id = newId();
  await insertUser(deps.db, {
    id,
    email,
    name,
    passwordHash: await hashPassword(password, deps.config.argon2MemoryKib),
    locale: options.locale ?? 'en',
    emailVerifiedAt: options.isVerified === false ? null : at,
    at,
  });
  if (options.isDisabled)
    await deps.db.updateTable('users').set({ is_disabled: 1 }).where('id', '=', id).execute();
  for (const role of options.roles ?? [])
    await insertRole(deps.db, { userId: id, role, grantedBy: null, at });
  return { id, email, name, password };
}

/** Signs in through the real form; returns the response (303 on success). */
export async function signInAs(
  client: TestClient,
  user: { email: string; password: string },
  locale = 'en',
): Promise<Response> {
  await client.get(`/${locale}/sign-in`);
  return client.post(`/${locale}/sign-in`, { email: user.email, password: user.password });
}

/** Signs in and checks that it worked. */
export async function signedInClient(
  client: TestClient,
  user: { email: string; password: string },
): Promise<TestClient> {
  const res = await signInAs(client, user);
  assert.equal(res.status, 303, 'sign-in should redirect');
  return client;
}

/** The newest message in the outbox for an address. */
export async function latestMailTo(deps: TDeps, email: string) {
  return deps.db
    .selectFrom('outbox')
    .selectAll()
    .where('to_address', '=', email)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/** The path and query of the first link to this hub in a text ("/en/verify-email?token=…"). */
export function linkPathIn(text: string, publicUrl = 'http://localhost'): string {
  const match = new RegExp(`${publicUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(/[^\\s]+)`).exec(text);
  assert.ok(match?.[1], `no link to ${publicUrl} in: ${text}`);
  return match[1];
}

/** The first link in the newest mail to an address, and the secret it carries. */
export async function latestLinkTo(deps: TDeps, email: string): Promise<{ path: string; token: string }> {
  const path = linkPathIn((await latestMailTo(deps, email))?.text_body ?? '');
  return { path, token: new URL(path, 'http://localhost').searchParams.get('token') ?? '' };
}

/** When each link of one purpose sent to a person was used up; null for a link still usable. */
export async function linkUsesOf(
  deps: TDeps,
  userId: string,
  purpose: 'verify_email' | 'reset_password',
): Promise<(string | null)[]> {
  const rows = await deps.db
    .selectFrom('auth_tokens')
    .select('used_at')
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .orderBy('created_at')
    .execute();
  return rows.map((row) => row.used_at);
}

/**
 * Opens an e-mail confirmation link and presses the page's button, as a person does (the GET alone
 * confirms nothing); returns the answer to the button's POST.
 */
export async function confirmEmailThrough(client: TestClient, path: string): Promise<Response> {
  const page = await client.get(path);
  assert.equal(page.response.status, 200, `the confirmation page for ${path}`);
  const action = /<form novalidate="" method="post" action="([^"]*\/verify-email)"/.exec(page.html)?.[1];
  const token = /<input type="hidden" name="token" value="([^"]+)"/.exec(page.html)?.[1];
  assert.ok(action && token, 'the confirmation page has a form that posts the link’s secret');
  return client.post(action, { token });
}

/** A clock the test moves by hand (links expire, sessions age). */
export function manualClock(start = new Date()) {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advanceMinutes(minutes: number) {
      current += minutes * 60_000;
    },
  };
}

/**
 * A clock that runs at real speed from a fixed start, for tests whose answers depend on the date (a
 * commitment's light, the current cycle) but that still need time to move on between steps.
 */
export function clockFrom(start: Date) {
  const offset = start.getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

/** The main text of a page without tags, for assertions about what a reader sees. */
export function visibleText(html: string): string {
  const main = /<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? html;
  return main
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Who is asking, as the actor middleware would load it for this person (with their organisation roles). */
export async function actorOf(
  deps: TDeps,
  user: { id: string },
  roles: readonly string[] = [],
): Promise<TActor> {
  return loadActor(deps.db, { id: user.id, roles });
}
