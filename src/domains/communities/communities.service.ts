import type { TActor } from '../../core/actor.ts';
import { auditedWrite } from '../../core/audited-write.ts';
import { uniqueSlug } from '../../core/records.ts';
import { fieldErrorsOf } from '../../core/validation.ts';
import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { regionsOfCountry } from '../../taxonomy/taxonomy.ts';
import {
  communityPolicy,
  isSecretariatOfCommunities,
  type TCommunityAction,
  type TCommunityResource,
} from './communities.policy.ts';
import type { TCommunity, TCommunityMember } from './communities.record.ts';
import {
  countFacilitators,
  deleteMember,
  findCommunityByPictureId,
  findCommunityBySlug,
  findRole,
  insertCommunity,
  insertMember,
  isCommunitySlugTaken,
  listCommunities,
  listCommunitiesWithoutFacilitator,
  listMembers,
  listProposals,
  listRolesOf,
  setMemberListed,
  setMemberRole,
  updateCommunityRow,
} from './communities.repository.ts';
import {
  type TCommunityInput,
  type TCommunityStatus,
  type TMemberRole,
  ZCommunityInput,
} from './communities.schemas.ts';
import { prepareCommunityPicture } from './community-picture.ts';
import { deleteWatchesIn } from './watching.repository.ts';

/**
 * Communities: the directory, a community's page, proposing and creating one, the secretariat's
 * decision, joining (at once or by request), leaving and facilitators' answers to requests. Every
 * verb authorises with the policy, validates, writes in one transaction and leaves an audit entry.
 */
export type TWriteOptions = { requestId?: string | null };

export function communityResourceOf(
  c: Pick<TCommunity, 'status' | 'visibility' | 'joinPolicy' | 'createdBy'>,
  role: TMemberRole | null,
): TCommunityResource {
  return {
    status: c.status,
    visibility: c.visibility,
    joinPolicy: c.joinPolicy,
    createdBy: c.createdBy,
    role,
  };
}

/** The community's name and description in the reader's language when someone wrote them, else the original. */
export function communityText(
  c: TCommunity,
  locale: string,
): { name: string; description: string; language: string } {
  const translated = c.translations[locale];
  if (translated && locale !== c.language) return { ...translated, language: locale };
  return { name: c.name, description: c.description, language: c.language };
}

export type TCommunityView = {
  community: TCommunity;
  role: TMemberRole | null;
  resource: TCommunityResource;
};

/**
 * A community as the asking person may see it (404 for a proposal that is not theirs); with `action`,
 * also refused unless the person may do that in it.
 */
export async function readCommunity(
  deps: TDeps,
  actor: TActor,
  slug: string,
  action?: TCommunityAction,
): Promise<TCommunityView> {
  const community = await findCommunityBySlug(deps.db, slug);
  if (!community) throw new AppError('not_found');
  const role = await findRole(deps.db, community.id, actor.userId);
  const resource = communityResourceOf(community, role);
  communityPolicy.authorize(actor, 'view', resource);
  if (action) communityPolicy.authorize(actor, action, resource);
  return { community, role, resource };
}

export type TDirectoryFilter = { theme?: string; region?: string; joinPolicy?: string; mine?: boolean };
export type TFacetCount = { value: string; count: number };

/**
 * The directory: active communities (private ones too: their name and description are public, their
 * threads are not), narrowed by theme, region and how to join, with the counts of each facet value
 * among the communities the other filters leave. A region facet also finds communities of its sub-regions.
 */
export async function readDirectory(deps: TDeps, actor: TActor, filter: TDirectoryFilter) {
  const [all, roles, proposals] = await Promise.all([
    listCommunities(deps.db, ['active']),
    actor.userId ? listRolesOf(deps.db, actor.userId) : Promise.resolve(new Map<string, TMemberRole>()),
    actor.userId
      ? listProposals(deps.db, isSecretariatOfCommunities(actor) ? null : actor.userId)
      : Promise.resolve([]),
  ]);
  const inRegion = (c: TCommunity, region: string) =>
    c.regions.includes(region) ||
    c.regions.some((r) => regionsOfCountry(r.replace(/^country:/, '')).includes(region));
  const matches = (c: TCommunity, skip: keyof TDirectoryFilter | null) =>
    (skip === 'theme' || !filter.theme || c.themes.includes(filter.theme)) &&
    (skip === 'region' || !filter.region || inRegion(c, filter.region)) &&
    (skip === 'joinPolicy' || !filter.joinPolicy || c.joinPolicy === filter.joinPolicy) &&
    (skip === 'mine' || !filter.mine || roles.has(c.id));
  const count = (skip: keyof TDirectoryFilter, valuesOf: (c: TCommunity) => readonly string[]) => {
    const counts = new Map<string, number>();
    for (const c of all.filter((c) => matches(c, skip)))
      for (const v of new Set(valuesOf(c))) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts]
      .map(([value, n]) => ({ value, count: n }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  };
  return {
    items: all.filter((c) => matches(c, null)).map((c) => ({ community: c, role: roles.get(c.id) ?? null })),
    total: all.length,
    facets: {
      theme: count('theme', (c) => c.themes),
      region: count('region', (c) => c.regions),
      joinPolicy: count('joinPolicy', (c) => [c.joinPolicy]),
    },
    mineCount: all.filter((c) => roles.has(c.id)).length,
    proposals,
    withoutFacilitator: isSecretariatOfCommunities(actor)
      ? await listCommunitiesWithoutFacilitator(deps.db)
      : [],
  };
}

/** Members a reader may see: everyone to facilitators and the secretariat, the listed members to others. */
export async function readMembers(
  deps: TDeps,
  actor: TActor,
  view: TCommunityView,
): Promise<{
  listed: TCommunityMember[];
  requests: TCommunityMember[];
  self: TCommunityMember | undefined;
  /** False when nobody facilitates it (the last facilitator's account was deleted): the secretariat's. */
  hasFacilitator: boolean;
}> {
  const members = await listMembers(deps.db, view.community.id);
  const active = members.filter((m) => m.role !== 'requested');
  const canManage = communityPolicy.can(actor, 'manageMembers', view.resource);
  const canRead = communityPolicy.can(actor, 'readContent', view.resource);
  return {
    listed: canManage ? active : canRead ? active.filter((m) => m.isListed) : [],
    requests: canManage ? members.filter((m) => m.role === 'requested') : [],
    self: members.find((m) => m.userId === actor.userId),
    hasFacilitator: active.some((m) => m.role === 'facilitator'),
  };
}

/** Validates a community form, with the picture's refusal reported beside the other fields. */
export function parseCommunityInput(
  raw: unknown,
  hasPicture: boolean,
  pictureRefusal?: string,
): TCommunityInput {
  const parsed = ZCommunityInput.safeParse({ ...(raw && typeof raw === 'object' ? raw : {}), hasPicture });
  const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error.issues);
  if (pictureRefusal) fieldErrors.picture = pictureRefusal;
  if (parsed.success && Object.keys(fieldErrors).length === 0) return parsed.data;
  throw new AppError('validation_failed', { fieldErrors });
}

const reservedSlugs = new Set(['new', 'proposals', 'mine', 'mail']);

/**
 * Creates a community. The secretariat's is active at once; a member's is a proposal the secretariat
 * approves or declines. Whoever creates it is its first facilitator.
 */
export async function createCommunity(
  deps: TDeps,
  actor: TActor,
  raw: unknown,
  options: TWriteOptions & { picture?: File } = {},
): Promise<TCommunity> {
  const isSecretariat = communityPolicy.can(actor, 'create');
  if (!isSecretariat) communityPolicy.authorize(actor, 'propose');
  const userId = actor.userId as string;
  const prepared = options.picture ? await prepareCommunityPicture(options.picture) : undefined;
  const refusal = prepared && 'refusal' in prepared ? prepared.refusal : undefined;
  const input = parseCommunityInput(raw, options.picture !== undefined, refusal);
  const at = deps.clock.now().toISOString();
  const id = newId(Date.parse(at));
  const picture = prepared && !('refusal' in prepared) ? prepared : null;
  const stored = picture ? await deps.files.save(picture.data) : null;
  const status: TCommunityStatus = isSecretariat ? 'active' : 'proposed';
  try {
    return await auditedWrite(deps, actor, { ...options, at }, async ({ trx, audit }) => {
      const slug = await uniqueSlug(input.name, (s) => isCommunitySlugTaken(trx, s), {
        fallback: 'community',
        reserved: reservedSlugs,
      });
      await insertCommunity(trx, {
        id,
        slug,
        status,
        visibility: input.visibility,
        join_policy: input.joinPolicy,
        language: input.language,
        name: input.name,
        description: input.description,
        translations: JSON.stringify(input.translations),
        themes: JSON.stringify(input.themes),
        regions: JSON.stringify(input.regions),
        picture_id: stored ? newId(Date.parse(at)) : null,
        picture_key: stored?.key ?? null,
        picture_alt: stored ? (input.pictureAlt ?? null) : null,
        picture_width: picture?.width ?? null,
        picture_height: picture?.height ?? null,
        created_by: userId,
        decided_by: isSecretariat ? userId : null,
        created_at: at,
        updated_at: at,
        last_activity_at: at,
      });
      await insertMember(trx, { communityId: id, userId, role: 'facilitator', at });
      const action = isSecretariat ? 'communities.created' : 'communities.proposed';
      const details = { slug, visibility: input.visibility, joinPolicy: input.joinPolicy };
      await audit(action, { type: 'community', id }, details);
      const created = await findCommunityBySlug(trx, slug);
      if (!created) throw new AppError('internal');
      return created;
    });
  } catch (error) {
    if (stored) await deps.files.remove(stored.key);
    throw error;
  }
}

/** The secretariat approves (active) or declines a member's proposal. */
export async function decideProposal(
  deps: TDeps,
  actor: TActor,
  slug: string,
  isApproved: boolean,
  options: TWriteOptions = {},
): Promise<TCommunity> {
  const view = await readCommunity(deps, actor, slug, 'decide');
  const status = isApproved ? 'active' : 'declined';
  await auditedWrite(deps, actor, options, async ({ trx, at, audit }) => {
    const id = view.community.id;
    await updateCommunityRow(trx, id, {
      status,
      decided_by: actor.userId,
      updated_at: at,
      last_activity_at: at,
    });
    await audit(
      isApproved ? 'communities.approved' : 'communities.declined',
      { type: 'community', id },
      { slug },
    );
  });
  return { ...view.community, status };
}

/** Joins an open community at once, or asks to join one by request. */
export async function joinCommunity(
  deps: TDeps,
  actor: TActor,
  slug: string,
  options: TWriteOptions = {},
): Promise<TMemberRole> {
  const view = await readCommunity(deps, actor, slug);
  const isOpen = view.community.joinPolicy === 'open';
  communityPolicy.authorize(actor, isOpen ? 'join' : 'requestToJoin', view.resource);
  const role: TMemberRole = isOpen ? 'member' : 'requested';
  await auditedWrite(deps, actor, options, async ({ trx, at, audit }) => {
    const communityId = view.community.id;
    // A double submit finds the first one's row: nothing more to do.
    if (await findRole(trx, communityId, actor.userId)) return;
    await insertMember(trx, { communityId, userId: actor.userId as string, role, at });
    const action = isOpen ? 'communities.joined' : 'communities.join_requested';
    await audit(action, { type: 'community', id: communityId }, { slug });
  });
  return role;
}

export async function leaveCommunity(deps: TDeps, actor: TActor, slug: string, options: TWriteOptions = {}) {
  const view = await readCommunity(deps, actor, slug, 'leave');
  await auditedWrite(deps, actor, options, async ({ trx, at, audit }) => {
    if (view.role === 'facilitator') {
      // A community keeps one facilitator at least; the row touched first makes such changes take turns.
      await updateCommunityRow(trx, view.community.id, { updated_at: at });
      if ((await countFacilitators(trx, view.community.id)) <= 1)
        throw new AppError('validation_failed', {
          fieldErrors: { _form: 'communities.flash.lastFacilitator' },
        });
    }
    if (!(await deleteMember(trx, view.community.id, actor.userId as string))) return;
    // Leaving stops the community's mail: its watches (of the community and its threads) end.
    await deleteWatchesIn(trx, actor.userId as string, view.community.id);
    await audit('communities.left', { type: 'community', id: view.community.id }, { slug, role: view.role });
  });
}

/** A facilitator (or the secretariat) accepts or declines a request to join. */
export async function answerJoinRequest(
  deps: TDeps,
  actor: TActor,
  slug: string,
  userId: string,
  isAccepted: boolean,
  options: TWriteOptions = {},
) {
  const view = await readCommunity(deps, actor, slug, 'manageMembers');
  await auditedWrite(deps, actor, options, async ({ trx, at, audit }) => {
    const communityId = view.community.id;
    if ((await findRole(trx, communityId, userId)) !== 'requested') throw new AppError('conflict');
    if (isAccepted) await setMemberRole(trx, communityId, userId, 'member', at);
    else await deleteMember(trx, communityId, userId);
    const action = isAccepted ? 'communities.request_accepted' : 'communities.request_declined';
    await audit(action, { type: 'community', id: communityId }, { slug, userId });
  });
}

/** A member chooses whether the community's public page lists them. */
export async function setListing(deps: TDeps, actor: TActor, slug: string, isListed: boolean) {
  const view = await readCommunity(deps, actor, slug, 'leave');
  await setMemberListed(deps.db, view.community.id, actor.userId as string, isListed);
}

/** A community's picture: anyone may have it (name, description and picture are public). */
export async function readCommunityPicture(deps: TDeps, actor: TActor, pictureId: string) {
  const community = await findCommunityByPictureId(deps.db, pictureId);
  if (!community?.picture) throw new AppError('not_found');
  const role = await findRole(deps.db, community.id, actor.userId);
  communityPolicy.authorize(actor, 'view', communityResourceOf(community, role));
  const bytes = await deps.files.read(community.picture.key);
  if (!bytes) throw new AppError('not_found');
  return { bytes, isPublic: community.status === 'active' };
}
