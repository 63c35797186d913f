import type { TDeps } from '../../src/deps.ts';

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

/** How many introductions the hub holds, whoever asked. */
export async function countIntroductions(deps: TDeps): Promise<number> {
  const row = await deps.db
    .selectFrom('connection_introductions')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
