import type { TDeps } from '../../src/deps.ts';
import {
  insertOrganization,
  updateChampionStatus,
  upsertOrganizationPerson,
} from '../../src/domains/organizations/organizations.repository.ts';
import { newId } from '../../src/platform/ids.ts';
import { slugify } from '../../src/platform/text.ts';

/** A member organisation written straight into the database, as a factory. */
export async function createOrganization(
  deps: TDeps,
  options: {
    name?: string;
    stakeholderType?: string;
    scope?: string;
    countries?: string[];
    city?: string | null;
    membershipStatus?: string;
    privateContacts?: Record<string, string>;
    owners?: string[];
    people?: { userId: string; role: string }[];
    isChampion?: boolean;
  } = {},
) {
  const name = options.name ?? `Member ${newId().slice(-8)}`;
  const id = newId();
  const slug = `${slugify(name)}-${id.slice(-6)}`;
  const at = deps.clock.now().toISOString();
  await insertOrganization(deps.db, {
    id,
    slug,
    name,
    acronym: null,
    nameTranslations: {},
    stakeholderType: options.stakeholderType ?? 'civil_society_network',
    scope: options.scope ?? 'national',
    countries: options.countries ?? ['MX'],
    city: options.city ?? null,
    website: 'https://member.example.org',
    description: 'A member of the alliance.',
    language: 'en',
    membershipStatus: options.membershipStatus ?? 'member',
    privateContacts: options.privateContacts ?? {
      name: 'Private Person',
      email: 'private.person@example.org',
    },
    publishedAt: at,
    at,
  });
  if (options.isChampion) {
    await updateChampionStatus(deps.db, id, {
      isChampion: true,
      since: '2024-03-08',
      citation: 'For leading on care.',
      language: 'en',
      at,
    });
  }
  for (const userId of options.owners ?? []) {
    await upsertOrganizationPerson(deps.db, { organizationId: id, userId, role: 'owner', addedBy: null, at });
  }
  for (const person of options.people ?? []) {
    await upsertOrganizationPerson(deps.db, {
      organizationId: id,
      userId: person.userId,
      role: person.role,
      addedBy: null,
      at,
    });
  }
  return { id, slug, name };
}
