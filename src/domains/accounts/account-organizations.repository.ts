import type { TDb } from '../../platform/db/database.ts';

/** The organisations a person belongs to, with their role, for the account page's links. */
export async function findOrganizationsOfPerson(
  db: TDb,
  userId: string,
): Promise<{ slug: string; name: string; role: string }[]> {
  return db
    .selectFrom('organization_members as m')
    .innerJoin('organizations as o', 'o.id', 'm.organization_id')
    .select(['o.slug', 'o.name', 'm.role'])
    .where('m.user_id', '=', userId)
    .orderBy('o.name')
    .execute();
}
