import type { TDb } from '../../platform/db/database.ts';

export async function countMemberOrganizations(db: TDb): Promise<number> {
  const row = await db
    .selectFrom('organizations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('membership_status', '=', 'member')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countCountriesOfMembers(db: TDb): Promise<number> {
  const rows = await db
    .selectFrom('organizations')
    .select('countries')
    .where('membership_status', '=', 'member')
    .execute();
  const countries = new Set<string>();
  for (const row of rows) for (const code of JSON.parse(row.countries) as string[]) countries.add(code);
  return countries.size;
}
