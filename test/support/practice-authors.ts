import type { TDeps } from '../../src/deps.ts';
import { createUser, signedInClient } from './accounts.ts';
import { createMemberOrganization, createPersonIn } from './commitments.ts';
import { practiceFormFields } from './practices.ts';
import type { TestClient } from './test-app.ts';

/** What these helpers need of a test app (a `useTestApp()` or `createTestApp()` result). */
type TApp = { deps: TDeps; client(): TestClient };

/** An editor of a new member organisation in `countries`, signed in on a new client: a practice's author. */
export async function signedInEditor(t: TApp, countries: string[]): Promise<TestClient> {
  const organization = await createMemberOrganization(t.deps, { countries });
  return signedInClient(t.client(), await createPersonIn(t.deps, organization.id, 'editor'));
}

/**
 * A draft practice written through the form by its author (an editor of a British member), with the two
 * people whose rights on it the tests compare: an editor of another (French) member and a curator.
 */
export async function draftPracticeWithCast(
  t: TApp,
  title: string,
): Promise<{ author: TestClient; stranger: TestClient; curator: TestClient; slug: string }> {
  const author = await signedInEditor(t, ['GB']);
  const stranger = await signedInEditor(t, ['FR']);
  const curator = await signedInClient(t.client(), await createUser(t.deps, { roles: ['curator'] }));
  await author.get('/en/practices/new');
  const created = await author.post('/en/practices', practiceFormFields({ title }));
  const slug = decodeURIComponent((created.headers.get('location') ?? '').split('/practices/')[1] ?? '');
  return { author, stranger, curator, slug };
}
