import assert from 'node:assert/strict';
import type { TDeps } from '../../src/deps.ts';
import { visibleText } from './accounts.ts';
import type { TestClient, TFormFields } from './test-app.ts';

/**
 * Factories for communities tests, through the pages a person uses (the form, the join button, the
 * new-thread form), so a test starts from what people would have made.
 */

/**
 * Makes a community with the client's account (a curator, or a person the settings let propose one):
 * in English, public and open to join unless `fields` says otherwise. Answers the community's address.
 */
export async function createCommunity(
  client: TestClient,
  fields: Record<string, string | string[]> & { name: string },
): Promise<string> {
  await client.get('/en/communities/new');
  const res = await client.post('/en/communities/new', {
    description: `${fields.name}.`,
    language: 'en',
    visibility: 'public',
    joinPolicy: 'open',
    ...fields,
  });
  assert.equal(res.status, 303, visibleText(await res.text()).slice(0, 400));
  return new URL(res.headers.get('location') ?? '', 'http://localhost').pathname;
}

/** Joins an open community (at `base`) as each client's person. */
export async function joinCommunity(base: string, ...clients: TestClient[]): Promise<void> {
  for (const client of clients) {
    await client.get(base);
    assert.equal((await client.post(`${base}/join`, {})).status, 303);
  }
}

/** Starts a thread in the community at `base`; answers the thread's id. */
export async function startThread(
  client: TestClient,
  base: string,
  fields: TFormFields & { title: string; body: string },
): Promise<string> {
  await client.get(base);
  const res = await client.post(`${base}/threads`, { kind: 'discussion', ...fields });
  assert.equal(res.status, 303, visibleText(await res.text()).slice(0, 400));
  return (res.headers.get('location') ?? '').split('/threads/')[1]?.split(/[?#]/)[0] ?? '';
}

/** The secretariat approves the community proposed at `base` (its proposer becomes its facilitator). */
export async function approveCommunity(secretariat: TestClient, base: string): Promise<void> {
  await secretariat.get(base);
  assert.equal((await secretariat.post(`${base}/approve`, {})).status, 303);
}

/** Replies in a thread of the community at `base`; answers the new post's id. */
export async function replyInThread(
  client: TestClient,
  base: string,
  threadId: string,
  fields: TFormFields & { body: string },
): Promise<string> {
  await client.get(`${base}/threads/${threadId}`);
  const res = await client.post(`${base}/threads/${threadId}/replies`, fields);
  assert.equal(res.status, 303, visibleText(await res.text()).slice(0, 400));
  return /#post-([0-9a-f-]+)/.exec(res.headers.get('location') ?? '')?.[1] ?? '';
}

/** A post's attached files as stored, in their order: upload id, storage key and original name. */
export function postFilesOf(deps: TDeps, postId: string) {
  return deps.db
    .selectFrom('community_post_files as f')
    .innerJoin('uploads as u', 'u.id', 'f.upload_id')
    .select(['f.upload_id', 'u.storage_key', 'u.original_name'])
    .where('f.post_id', '=', postId)
    .orderBy('f.position')
    .execute();
}

/** The client's person watches the community at `base`, through its button. */
export async function watchCommunity(client: TestClient, base: string): Promise<void> {
  await client.get(base);
  assert.equal((await client.post(`${base}/watch`, { watch: '1' })).status, 303);
}

/** Joins the open community at `base` and watches it, as each client's person (a reader of its mail). */
export async function followCommunity(base: string, ...clients: TestClient[]): Promise<void> {
  for (const client of clients) {
    await joinCommunity(base, client);
    await watchCommunity(client, base);
  }
}

/** The client's person chooses on their mail page how often community mail comes, and on whose clock. */
export async function chooseCommunityMail(
  client: TestClient,
  frequency: string,
  timeZone = '',
): Promise<void> {
  await client.get('/en/communities/mail');
  assert.equal((await client.post('/en/communities/mail', { frequency, timeZone })).status, 303);
}
