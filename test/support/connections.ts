import type { TDeps } from '../../src/deps.ts';
import { analyseListing } from '../../src/domains/connections/connection-analysis.ts';
import { insertListing, replaceTerms } from '../../src/domains/connections/connections.repository.ts';
import { type TListingKind, ZListingInput } from '../../src/domains/connections/connections.schemas.ts';
import { newId } from '../../src/platform/ids.ts';
import type { createUser, TTestUser } from './accounts.ts';
import { createOrganizationPerson } from './events.ts';

/** The id of an organisation by its slug (the demo's organisations are found this way in tests). */
export async function organizationIdBySlug(deps: TDeps, slug: string): Promise<string> {
  const row = await deps.db
    .selectFrom('organizations')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Every message the hub queued for one address, oldest first. */
export function outboxTo(deps: TDeps, email: string) {
  return deps.db
    .selectFrom('outbox')
    .selectAll()
    .where('to_address', '=', email)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** How many introductions the hub holds, besides the demo’s. */
export async function countIntroductions(deps: TDeps): Promise<number> {
  // The demo's own introduction (asked by a demo person, who cannot sign in) is not the test's.
  const row = await deps.db
    .selectFrom('connection_introductions as i')
    .leftJoin('users as u', 'u.id', 'i.requested_by')
    .select((eb) => eb.fn.countAll().as('n'))
    .where((eb) => eb.or([eb('u.email', 'is', null), eb('u.email', 'not like', '%.demo@carehub.invalid')]))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * A person of a demo organisation (by its slug) with a role in it, for usePeople's table: the demo
 * must be loaded by an earlier hook.
 */
export function demoOrganizationPerson(
  organizationSlug: string,
  role: string,
  options: Parameters<typeof createUser>[1] = {},
): (deps: TDeps) => Promise<TTestUser> {
  return async (deps) =>
    createOrganizationPerson(deps, await organizationIdBySlug(deps, organizationSlug), role, options);
}

/** A stored listing found by its title or its id (the test fails when there is none). */
export function storedListing(deps: TDeps, where: { title: string } | { id: string }) {
  const query = deps.db.selectFrom('connection_listings').selectAll();
  return (
    'title' in where ? query.where('title', '=', where.title) : query.where('id', '=', where.id)
  ).executeTakeFirstOrThrow();
}

/**
 * A listing written straight into the database, analysed and with its open terms, as another node or
 * a bulk set-up would (no audit, no mail, and this node's term memory is not told); answers its id.
 */
export async function writeListingDirectly(deps: TDeps, kind: TListingKind, input: unknown): Promise<string> {
  const parsed = ZListingInput.parse(input);
  const { content, terms } = analyseListing(parsed);
  const id = newId();
  await insertListing(deps.db, {
    id,
    kind,
    organizationId: parsed.organizationId,
    ...content,
    createdBy: null,
    at: deps.clock.now().toISOString(),
  });
  await replaceTerms(deps.db, id, kind, terms, true);
  return id;
}
