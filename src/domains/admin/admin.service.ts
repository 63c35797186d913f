import type { TActor } from '../../core/actor.ts';
import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import {
  authorizeAccounts as authorize,
  canAccounts as can,
  countPeople,
  findUserById,
  listPeople,
  listRolesOfUsers,
  listUserNames,
} from '../accounts/index.ts';
import { listAuditActions, listAuditEntries } from '../audit/index.ts';
import { can as canImport } from '../imports/index.ts';
import { canMembership } from '../membership/index.ts';
import { canObservatory } from '../observatory/index.ts';
import { canOrganization } from '../organizations/index.ts';
import { gazetteerPolicy } from '../search/index.ts';
import type { TOutboxStatus } from './admin.record.ts';
import { listOutboxMessages } from './outbox.repository.ts';
import { canEditSiteTexts } from './site-texts.service.ts';

/**
 * What the administration pages read: the people and their roles, the audit log and the mail
 * outbox. Each verb checks the permission first (accounts.policy.ts).
 */
export const adminPageSize = 25;

export type TAdminSection =
  | 'applications'
  | 'people'
  | 'audit'
  | 'outbox'
  | 'champions'
  | 'indicators'
  | 'places'
  | 'imports'
  | 'texts';

/**
 * The sections of /admin this person may open, in the order shown. Membership applications, the
 * Care Champion criteria and the indicator imports belong to other domains, so their own policies decide (by platform role).
 */
export function listAdminSections(actor: TActor): TAdminSection[] {
  authorize(actor, 'admin.view');
  const sections: [TAdminSection, boolean][] = [
    ['applications', canMembership(actor, 'listApplications')],
    ['people', can(actor, 'people.list')],
    ['audit', can(actor, 'audit.read')],
    ['outbox', can(actor, 'outbox.read')],
    ['champions', canOrganization(actor, 'editChampionCriteria')],
    ['indicators', canObservatory(actor, 'importIndicators')],
    ['places', gazetteerPolicy.can(actor, 'edit')],
    ['imports', canImport(actor, 'create')],
    ['texts', canEditSiteTexts(actor)],
  ];
  return sections.filter(([, isAllowed]) => isAllowed).map(([section]) => section);
}

function offsetOf(page: number): number {
  return (page - 1) * adminPageSize;
}

export type TPersonSummary = {
  id: string;
  name: string;
  email: string;
  locale: string;
  isVerified: boolean;
  isDisabled: boolean;
  createdAt: string;
  roles: string[];
};

export async function listPeoplePage(deps: TDeps, actor: TActor, query: { search: string; page: number }) {
  authorize(actor, 'people.list');
  const filter = { search: query.search };
  const total = await countPeople(deps.db, filter);
  const people = await listPeople(deps.db, filter, adminPageSize, offsetOf(query.page));
  const roles = await listRolesOfUsers(
    deps.db,
    people.map((p) => p.id),
  );
  const items: TPersonSummary[] = people.map((p) => ({
    id: p.id,
    name: p.name,
    email: p.email,
    locale: p.locale,
    isVerified: p.emailVerifiedAt !== null,
    isDisabled: p.isDisabled,
    createdAt: p.createdAt,
    roles: roles.get(p.id) ?? [],
  }));
  return { items, total, page: query.page, hasNext: offsetOf(query.page) + items.length < total };
}

/** One person with their roles and what the audit log says about them lately. */
export async function readPerson(deps: TDeps, actor: TActor, userId: string) {
  authorize(actor, 'people.list');
  const user = await findUserById(deps.db, userId);
  if (!user) throw new AppError('not_found');
  const roles = (await listRolesOfUsers(deps.db, [user.id])).get(user.id) ?? [];
  const history = await listAuditEntries(deps.db, { subjectType: 'user', subjectId: user.id }, 20, 0);
  const person: TPersonSummary = {
    id: user.id,
    name: user.name,
    email: user.email,
    locale: user.locale,
    isVerified: user.emailVerifiedAt !== null,
    isDisabled: user.isDisabled,
    createdAt: user.createdAt,
    roles,
  };
  return { person, history: history.map((row) => ({ ...toAuditView(row), subjectName: user.name })) };
}

export type TAuditView = {
  id: string;
  at: string;
  action: string;
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  subjectType: string;
  subjectId: string | null;
  /** For subjects that are people: their name, when they still exist. */
  subjectName: string | null;
  details: Record<string, unknown>;
};

function toAuditView(row: Awaited<ReturnType<typeof listAuditEntries>>[number]): TAuditView {
  let details: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(row.details);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      details = parsed as Record<string, unknown>;
  } catch {
    details = {};
  }
  return {
    id: row.id,
    at: row.at,
    action: row.action,
    actorId: row.actorId,
    actorName: row.actorName,
    actorEmail: row.actorEmail,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    subjectName: null,
    details,
  };
}

export async function listAuditPage(deps: TDeps, actor: TActor, query: { action: string; page: number }) {
  authorize(actor, 'audit.read');
  const rows = await listAuditEntries(
    deps.db,
    query.action ? { action: query.action } : {},
    adminPageSize + 1,
    offsetOf(query.page),
  );
  const entries = rows.slice(0, adminPageSize).map(toAuditView);
  const subjectIds = entries
    .filter((e) => e.subjectType === 'user' && e.subjectId)
    .map((e) => e.subjectId ?? '');
  const names = await listUserNames(deps.db, [...new Set(subjectIds)]);
  for (const entry of entries) {
    if (entry.subjectType === 'user' && entry.subjectId)
      entry.subjectName = names.get(entry.subjectId)?.name ?? null;
  }
  const actions = await listAuditActions(deps.db);
  return { entries, actions, page: query.page, hasNext: rows.length > adminPageSize };
}

export async function listOutboxPage(
  deps: TDeps,
  actor: TActor,
  query: { status?: TOutboxStatus | undefined; page: number },
) {
  authorize(actor, 'outbox.read');
  const rows = await listOutboxMessages(
    deps.db,
    { status: query.status },
    adminPageSize + 1,
    offsetOf(query.page),
  );
  return {
    messages: rows.slice(0, adminPageSize),
    page: query.page,
    hasNext: rows.length > adminPageSize,
    isSmtp: deps.mailer.isSmtp,
  };
}
