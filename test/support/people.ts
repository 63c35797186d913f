import { before } from 'node:test';
import type { TDeps } from '../../src/deps.ts';
import { createUser, signedInClient, type TTestUser } from './accounts.ts';
import { TestClient, type TTestApp } from './test-app.ts';

/**
 * The signed-in people of one `describe`'s tests, each with their own browser-like client, written as
 * one table instead of a `let` and a sign-in per person:
 *
 *     const t = useTestApp({ clock });
 *     const { curator, ana } = usePeople(t, { curator: { roles: ['curator'] }, ana: { name: 'Ana', locale: 'es' } });
 *
 * Each person is a TestClient (`ana.get(…)`, `ana.post(…)`) whose `user` is their account. They are made
 * and signed in, in the table's order, by a `before` hook registered where this is called (after
 * `useTestApp`'s, before the describe's own hooks).
 */
export type TPersonSpec = Parameters<typeof createUser>[1] | ((deps: TDeps) => Promise<TTestUser>);

export class PersonClient extends TestClient {
  #user: TTestUser | undefined;

  /** The person's account (id, email, name, password). */
  get user(): TTestUser {
    if (!this.#user)
      throw new Error('usePeople: people are made in a before hook; use them in tests and hooks');
    return this.#user;
  }

  /** Signs in through the real form as `user`, who is this client's person from then on. */
  async signInAs(user: TTestUser): Promise<this> {
    await signedInClient(this, user);
    this.#user = user;
    return this;
  }
}

export function usePeople<TName extends string>(
  t: TTestApp,
  spec: Record<TName, TPersonSpec>,
): Record<TName, PersonClient> {
  // The app exists only once useTestApp's hook ran: the clients ask for it at each request.
  const requester = { request: (path: string, init: RequestInit) => t.app.request(path, init) };
  const names = Object.keys(spec) as TName[];
  const people = Object.fromEntries(names.map((name) => [name, new PersonClient(requester)])) as Record<
    TName,
    PersonClient
  >;
  before(async () => {
    for (const name of names) {
      const wanted = spec[name];
      const user = typeof wanted === 'function' ? await wanted(t.deps) : await createUser(t.deps, wanted);
      await people[name].signInAs(user);
    }
  });
  return people;
}
