import assert from 'node:assert/strict';
import type { TDeps } from '../../src/deps.ts';
import { latestLinkTo } from './accounts.ts';
import type { TestClient } from './test-app.ts';

/** Signing up and confirming the address through the pages, as a person does (the accounts tests own it). */

/** What a person types into the sign-up form; the password is typed twice unless the confirmation is given. */
export type TSignUpFields = Record<string, string> & { name: string; email: string };

/**
 * Opens the sign-up page in `locale` and sends its form; returns the answer (303 to the sign-in page when
 * the form is taken, 422 with the messages when it is not).
 */
export async function signUpThrough(
  client: TestClient,
  fields: TSignUpFields,
  locale = 'en',
  options: { csrf?: string } = {},
): Promise<Response> {
  await client.get(`/${locale}/sign-up`);
  const typedTwice: Record<string, string> =
    fields.password === undefined ? {} : { passwordConfirmation: fields.password };
  return client.post(`/${locale}/sign-up`, { ...typedTwice, ...fields }, options);
}

/** Signs up (the form must be taken) and answers the link of the confirmation mail and its secret. */
export async function signUpForLink(
  deps: TDeps,
  client: TestClient,
  fields: TSignUpFields,
  locale = 'en',
): Promise<{ path: string; token: string }> {
  const res = await signUpThrough(client, fields, locale);
  assert.equal(res.status, 303, `the sign-up of ${fields.email} should be taken`);
  return latestLinkTo(deps, fields.email);
}

/** The ids of the accounts with this address: none after a refused sign-up, one after a taken one. */
export async function accountIdsWith(deps: TDeps, email: string): Promise<string[]> {
  const rows = await deps.db.selectFrom('users').select('id').where('email', '=', email).execute();
  return rows.map((row) => row.id);
}
