import type { TDb } from '../../platform/db/database.ts';

/**
 * The rows "Delete my account" reads and removes. Deleting the `users` row does most of the work
 * through the foreign keys: sessions, roles, link tokens and organisation memberships go with it
 * (ON DELETE CASCADE); what the person made for organisations stays, its author set to nobody
 * (ON DELETE SET NULL), and pages show "a former member".
 */

/** Organisations the person owns with no other owner: they must hand them over first. */
export async function findSoleOwnedOrganizations(
  db: TDb,
  userId: string,
): Promise<{ slug: string; name: string }[]> {
  return db
    .selectFrom('organization_members as m')
    .innerJoin('organizations as o', 'o.id', 'm.organization_id')
    .select(['o.slug', 'o.name'])
    .where('m.user_id', '=', userId)
    .where('m.role', '=', 'owner')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('organization_members as other')
            .select('other.user_id')
            .whereRef('other.organization_id', '=', 'm.organization_id')
            .where('other.role', '=', 'owner')
            .where('other.user_id', '!=', userId),
        ),
      ),
    )
    .orderBy('o.name')
    .execute();
}

/** Mail kept for the address (sent, failed or waiting): it names the person and may quote them. */
export async function deleteMailTo(db: TDb, email: string): Promise<void> {
  await db.deleteFrom('outbox').where('to_address', '=', email).execute();
}

export async function deleteUser(db: TDb, id: string): Promise<boolean> {
  const result = await db.deleteFrom('users').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
