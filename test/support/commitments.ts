import type { TDeps } from '../../src/deps.ts';
import {
  publishCommitment,
  submitCommitment,
} from '../../src/domains/commitments/commitment-workflow.service.ts';
import { createCommitment } from '../../src/domains/commitments/commitments.service.ts';
import {
  insertOrganization,
  upsertOrganizationPerson,
} from '../../src/domains/organizations/organizations.repository.ts';
import { newId } from '../../src/platform/ids.ts';
import { actorOf, createUser, type TTestUser } from './accounts.ts';
import type { TFormFields } from './test-app.ts';

/** Factories and steps for commitment tests: member organisations with people, complete inputs. */

let sequence = 0;

export const firstCycleId = '017b1c2e-0000-7000-8000-000000002021';

export async function createMemberOrganization(
  deps: TDeps,
  options: { name?: string; stakeholderType?: string; countries?: string[] } = {},
): Promise<{ id: string; slug: string; name: string }> {
  sequence += 1;
  const name = options.name ?? `Care Org ${sequence} ${Date.now()}`;
  const id = newId();
  const slug = `care-org-${sequence}-${id.slice(-8)}`;
  await insertOrganization(deps.db, {
    id,
    slug,
    name,
    acronym: null,
    nameTranslations: {},
    stakeholderType: options.stakeholderType ?? 'civil_society_network',
    scope: 'national',
    countries: options.countries ?? ['MX'],
    city: null,
    website: null,
    description: 'A member organisation made by a test.',
    language: 'en',
    membershipStatus: 'member',
    publishedAt: deps.clock.now().toISOString(),
    at: deps.clock.now().toISOString(),
  });
  return { id, slug, name };
}

/** A verified person with a role in an organisation. */
export async function createPersonIn(
  deps: TDeps,
  organizationId: string,
  role: 'owner' | 'editor' | 'member',
  options: { locale?: string; roles?: string[] } = {},
): Promise<TTestUser> {
  const user = await createUser(deps, { locale: options.locale ?? 'en', roles: options.roles ?? [] });
  await addPersonTo(deps, organizationId, user.id, role);
  return user;
}

export async function addPersonTo(
  deps: TDeps,
  organizationId: string,
  userId: string,
  role: string,
): Promise<void> {
  await upsertOrganizationPerson(deps.db, {
    organizationId,
    userId,
    role,
    addedBy: null,
    at: deps.clock.now().toISOString(),
  });
}

/** A complete (SMART) commitment as the service takes it; override any field. */
export function commitmentInput(leadOrganizationId: string, overrides: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    leadOrganizationId,
    cycleId: firstCycleId,
    language: 'en',
    title: `Community care centres in every district ${sequence}`,
    description:
      'We will open community care centres that take over part of the unpaid care done at home, ' +
      'with trained and decently paid carers, and publish what we learn every year.',
    kind: 'programme',
    stage: 'under_way',
    level: 'national',
    countries: ['MX'],
    amountText: '',
    currency: null,
    startDate: '2022-01-01',
    endDate: '2026-06-30',
    fiveR: ['five_r:reduce', 'five_r:reward'],
    sdgTargets: ['sdg_target:5_4'],
    themes: ['theme:care_infrastructure'],
    coMakerIds: [],
    practiceLinks: [],
    eventLinks: [],
    deliverables: [
      {
        id: null,
        title: 'Open care centres',
        measure: 'Centres open',
        target: '20 centres',
        dueDate: '2024-12-31',
      },
      {
        id: null,
        title: 'Train carers',
        measure: 'Carers trained',
        target: '400 carers',
        dueDate: '2025-12-31',
      },
    ],
    translation: null,
    ...overrides,
  };
}

/** The same commitment as the fields of the web form. */
export function commitmentFormFields(leadOrganizationId: string, overrides: TFormFields = {}): TFormFields {
  sequence += 1;
  return {
    leadOrganizationId,
    cycleId: firstCycleId,
    language: 'en',
    title: `Paid care leave for fathers ${sequence}`,
    description:
      'We will extend paid leave to fathers and second parents, so that care is shared at home, and ' +
      'report each year how many take it and for how long.',
    kind: 'policy_strategy',
    stage: 'in_development',
    level: 'national',
    countries: ['PL'],
    amount: '',
    currency: '',
    startDate: '2023-01-01',
    endDate: '2026-12-31',
    fiveR: ['five_r:redistribute'],
    sdgTargets: ['sdg_target:5_4'],
    d_id: ['', ''],
    d_title: ['Draft the law', 'Leave taken by fathers'],
    d_measure: ['Bill adopted', 'Share of fathers taking leave'],
    d_target: ['Adopted by parliament', '30 % of fathers'],
    d_due: ['2024-06-30', '2026-06-30'],
    ...overrides,
  };
}

/**
 * A person with this role in the organisation (made now, in this locale), acting, and the draft
 * commitment they declared for it (`commitmentInput` with the overrides).
 */
export async function declaredDraft(
  deps: TDeps,
  organizationId: string,
  role: 'owner' | 'editor',
  options: { locale?: string; overrides?: Record<string, unknown> } = {},
) {
  const person = await createPersonIn(deps, organizationId, role, { locale: options.locale });
  const actor = await actorOf(deps, person);
  const draft = await createCommitment(deps, actor, commitmentInput(organizationId, options.overrides), {
    locale: 'en',
  });
  return { person, actor, draft };
}

/**
 * A published commitment of a new member organisation: its owner declared and submitted it, a reviewer
 * published it. Returns the people involved so a test can act as them.
 */
export async function publishedCommitment(deps: TDeps, overrides: Record<string, unknown> = {}) {
  const organization = await createMemberOrganization(deps, {
    name: `Care Network ${Date.now().toString(36)}`,
  });
  const { person: owner, actor, draft } = await declaredDraft(deps, organization.id, 'owner', { overrides });
  const reviewer = await createUser(deps, { roles: ['reviewer'] });
  await submitCommitment(deps, actor, draft.slug);
  const commitment = await publishCommitment(deps, await actorOf(deps, reviewer, ['reviewer']), draft.slug);
  return { organization, owner, reviewer, commitment };
}

export { actorOf };
