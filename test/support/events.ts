import type { TDeps } from '../../src/deps.ts';
import type { TEventInputRaw } from '../../src/domains/events/events.schemas.ts';
import { createEvent, publishEvent } from '../../src/domains/events/events.service.ts';
import {
  insertOrganization,
  upsertOrganizationPerson,
} from '../../src/domains/organizations/organizations.repository.ts';
import { newId } from '../../src/platform/ids.ts';
import { actorOf, createUser, type TTestUser } from './accounts.ts';
import { type PersonClient, type TPersonSpec, usePeople } from './people.ts';
import type { TTestApp } from './test-app.ts';

/** Factories for events, news and campaigns tests: member organisations with people, events through the service. */

let sequence = 0;

export async function createMemberOrganization(
  deps: TDeps,
  options: { slug?: string; name?: string; countries?: string[] } = {},
): Promise<{ id: string; slug: string; name: string }> {
  sequence += 1;
  const slug = options.slug ?? `care-org-${sequence}-${Date.now().toString(36)}`;
  const name = options.name ?? `Care Organisation ${sequence}`;
  const id = newId();
  await insertOrganization(deps.db, {
    id,
    slug,
    name,
    acronym: null,
    nameTranslations: {},
    stakeholderType: 'civil_society_network',
    scope: 'national',
    countries: options.countries ?? ['PL'],
    city: null,
    website: null,
    description: '',
    language: 'en',
    membershipStatus: 'member',
    publishedAt: deps.clock.now().toISOString(),
    at: deps.clock.now().toISOString(),
  });
  return { id, slug, name };
}

/** An event's row as stored, found by its slug. */
export function eventRow(deps: TDeps, slug: string) {
  return deps.db.selectFrom('events').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow();
}

/** A news item's row as stored, found by its slug. */
export function articleRow(deps: TDeps, slug: string) {
  return deps.db.selectFrom('news_articles').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow();
}

/** A person with a role in an organisation (owner, editor, member). */
export async function createOrganizationPerson(
  deps: TDeps,
  organizationId: string,
  role: string,
  options: Parameters<typeof createUser>[1] = {},
): Promise<TTestUser> {
  const user = await createUser(deps, options);
  await upsertOrganizationPerson(deps.db, {
    organizationId,
    userId: user.id,
    role,
    addedBy: null,
    at: deps.clock.now().toISOString(),
  });
  return user;
}

/** The LSE evening as the seed announces it: Wednesday 28 January 2026, 15:15 – 17:30 GMT. */
export function lseEventInput(
  organizerSlug: string,
  overrides: Partial<TEventInputRaw> = {},
): TEventInputRaw {
  return {
    title: 'Maternal mental health: a public conversation',
    summary: 'Policymakers, clinicians, researchers and campaigners discuss maternal mental health.',
    description: 'At the London School of Economics, with a live broadcast.',
    language: 'en',
    kind: 'meeting',
    format: 'hybrid',
    timeZone: 'Europe/London',
    start: '2026-01-28T15:15',
    end: '2026-01-28T17:30',
    venue: 'London School of Economics and Political Science',
    city: 'London',
    countryCode: 'GB',
    onlineUrl: 'https://example.org/live/maternal-wellbeing',
    isOnlineUrlPrivate: true,
    registrationMode: 'platform',
    capacity: 10,
    themes: ['theme:caregiver_health'],
    organizers: [organizerSlug],
    ...overrides,
  };
}

/** An organiser (editor of a member organisation) and a published event they made. */
export async function publishedEvent(deps: TDeps, overrides: Partial<TEventInputRaw> = {}) {
  const organization = await createMemberOrganization(deps);
  const organiser = await createOrganizationPerson(deps, organization.id, 'editor');
  const actor = await actorOf(deps, organiser);
  const draft = await createEvent(deps, actor, lseEventInput(organization.slug, overrides));
  const event = await publishEvent(deps, actor, draft.slug);
  return { organization, organiser, actor, event };
}

/** An event saved as a draft (not published): the public calendar does not show it. */
export async function draftEvent(deps: TDeps, overrides: Partial<TEventInputRaw> = {}) {
  const organization = await createMemberOrganization(deps);
  const organiser = await createOrganizationPerson(deps, organization.id, 'editor');
  const actor = await actorOf(deps, organiser);
  return createEvent(deps, actor, lseEventInput(organization.slug, overrides));
}

export { actorOf };

/**
 * The fields of the event form as a person sends them for an in-person meeting on 2 March 2026, in
 * UTC with UTC as the form's proposed zone (so a test sees whether a found place moves the zone).
 */
export function inPersonEventForm(organizer: string, overrides: Record<string, string> = {}) {
  return {
    title: 'Carers’ café',
    summary: 'An afternoon for family carers.',
    language: 'en',
    kind: 'meeting',
    format: 'in_person',
    timeZone: 'UTC',
    zoneDefault: 'UTC',
    startDate: '2026-03-02',
    startTime: '15:00',
    endDate: '2026-03-02',
    endTime: '17:00',
    registrationMode: 'none',
    organizers: organizer,
    ...overrides,
  };
}

/** The carers' evening in Muscat (18:00 – 20:00 on 2 March 2026, in Muscat's zone) the zone and place pickers' tests send. */
export function muscatEveningForm(organizer: string, overrides: Record<string, string> = {}) {
  return inPersonEventForm(organizer, {
    title: 'Carers’ evening in Muscat',
    summary: 'An evening for family carers and the people who support them.',
    timeZone: 'Asia/Muscat',
    startTime: '18:00',
    endTime: '20:00',
    ...overrides,
  });
}

type TMemberOrganization = Awaited<ReturnType<typeof createMemberOrganization>>;

/** A signed-in editor of a new member organisation (made for them); `organization` is theirs. */
export type TOrganiser = PersonClient & { readonly organization: TMemberOrganization };

/**
 * The organisers of one `describe`'s tests, through usePeople: each the editor of a new member
 * organisation made with the options given, e.g.
 * `const { omani } = useOrganisers(t, { omani: { countries: ['OM'] } })`, then `omani.organization.slug`.
 * `options.role` gives them another role in it ("owner").
 */
export function useOrganisers<TName extends string>(
  t: TTestApp,
  spec: Record<TName, Parameters<typeof createMemberOrganization>[1]>,
  options: { role?: string } = {},
): Record<TName, TOrganiser> {
  const names = Object.keys(spec) as TName[];
  const organizations = new Map<TName, TMemberOrganization>();
  const editorOf = (name: TName) => async (deps: TDeps) => {
    const organization = await createMemberOrganization(deps, spec[name]);
    organizations.set(name, organization);
    return createOrganizationPerson(deps, organization.id, options.role ?? 'editor');
  };
  const people = usePeople(
    t,
    Object.fromEntries(names.map((name) => [name, editorOf(name)])) as Record<TName, TPersonSpec>,
  );
  for (const name of names) {
    Object.defineProperty(people[name], 'organization', {
      get: () => {
        const organization = organizations.get(name);
        if (!organization) throw new Error('useOrganisers: organisers are made in a before hook');
        return organization;
      },
    });
  }
  return people as Record<TName, TOrganiser>;
}
