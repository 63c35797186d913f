import assert from 'node:assert/strict';
import type { TestClient, TFormFields } from './test-app.ts';

/**
 * The slug of the record a form's POST made, read from the page it was sent on to (`/en/campaigns/{slug}`),
 * after checking that it was sent on (303): `createdSlug(await lead.post('/en/campaigns/new', fields), 'campaigns')`.
 */
export function createdSlug(res: Response, section: string): string {
  assert.equal(res.status, 303, `the new record's form should send its author on to it`);
  return decodeURIComponent((res.headers.get('location') ?? '').split(`/${section}/`)[1] ?? '');
}

/** Opens `/en/{section}/new` as `client`, sends it with `fields` and returns the new record's slug. */
export async function createThroughForm(
  client: TestClient,
  section: string,
  fields: TFormFields,
): Promise<string> {
  await client.get(`/en/${section}/new`);
  return createdSlug(await client.post(`/en/${section}/new`, fields), section);
}
