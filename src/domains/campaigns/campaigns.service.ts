import { isCurator, type TActor, writerOrganizationIds } from '../../core/actor.ts';
import { auditedWrite } from '../../core/audited-write.ts';
import { changeRecord } from '../../core/record-changes.ts';
import { uniqueSlug } from '../../core/records.ts';
import { parseOrThrow } from '../../core/validation.ts';
import type { TDeps } from '../../deps.ts';
import { bumpContentVersion } from '../../platform/content-version.ts';
import type { TDb } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { findMemberOrganizations } from '../events/index.ts';
import { organizationToWriteFor } from '../organizations/index.ts';
import { syncCampaignIndex } from './campaign-indexing.ts';
import { authorize } from './campaigns.policy.ts';
import type { TCampaign } from './campaigns.record.ts';
import {
  deleteEndorsement,
  findCampaignBySlug,
  insertCampaign,
  insertEndorsement,
  isCampaignSlugTaken,
  listEndorsements,
  type TCampaignColumns,
  updateCampaignRow,
} from './campaigns.repository.ts';
import { type TCampaignInput, ZCampaignInput } from './campaigns.schemas.ts';

/** Campaigns: leads write and publish them; member organisations endorse them (one endorsement each). */
export type TWriteOptions = { requestId?: string | null; expectedVersion?: number };

export function parseCampaignInput(raw: unknown): TCampaignInput {
  return parseOrThrow(ZCampaignInput, raw);
}

function chooseSlug(db: TDb, title: string): Promise<string> {
  return uniqueSlug(title, (slug) => isCampaignSlugTaken(db, slug), {
    fallback: 'campaign',
    reserved: new Set(['new']),
  });
}

/** The lead organisation a campaign is written for: kept when the form names it again, else one the writer may name. */
function organizationFor(trx: TDb, actor: TActor, named: string | null, current?: TCampaign) {
  if (current && named === (current.organization?.slug ?? null))
    return Promise.resolve(current.organizationId);
  return organizationToWriteFor(trx, actor, named, 'campaigns.errors.organization');
}

function columnsOf(input: TCampaignInput, organizationId: string | null): TCampaignColumns {
  return {
    language: input.language,
    title: input.title,
    goal: input.goal,
    call_to_action: input.callToAction,
    body: input.body,
    translations: JSON.stringify(input.translations),
    scope: input.scope,
    countries: JSON.stringify(input.countries),
    themes: JSON.stringify(input.themes),
    starts_on: input.startsOn,
    ends_on: input.endsOn,
    materials: JSON.stringify(input.materials),
    image_url: input.imageUrl,
    image_alt: input.imageUrl ? (input.imageAlt ?? null) : null,
    organization_id: organizationId,
  };
}

export async function createCampaign(
  deps: TDeps,
  actor: TActor,
  raw: unknown,
  options: TWriteOptions & { publish?: boolean } = {},
) {
  authorize(actor, 'create');
  const input = parseCampaignInput(raw);
  const campaign = await auditedWrite(deps, actor, options, async ({ trx, at, audit }) => {
    const id = newId(Date.parse(at));
    const organizationId = await organizationFor(trx, actor, input.organization);
    const chosen = await chooseSlug(trx, input.title);
    await insertCampaign(trx, {
      id,
      slug: chosen,
      status: options.publish ? 'published' : 'draft',
      ...columnsOf(input, organizationId),
      created_by: actor.userId,
      created_at: at,
      updated_at: at,
      published_at: options.publish ? at : null,
    });
    await audit('campaigns.created', { type: 'campaign', id }, { slug: chosen, scope: input.scope });
    const created = await findCampaignBySlug(trx, chosen);
    if (!created) throw new AppError('internal');
    await syncCampaignIndex(deps, created, trx);
    return created;
  });
  return campaign.status === 'draft' ? campaign : announced(campaign);
}

export async function updateCampaign(
  deps: TDeps,
  actor: TActor,
  slug: string,
  raw: unknown,
  options: TWriteOptions = {},
) {
  // Parsed once the actor may edit it (a refusal comes before a form's mistakes).
  let input!: TCampaignInput;
  const { saved } = await changeRecord(deps, actor, {
    slug,
    requestId: options.requestId,
    find: findCampaignBySlug,
    check: (current) => {
      authorize(actor, 'edit', current);
      if (options.expectedVersion !== undefined && options.expectedVersion !== current.version)
        throw new AppError('conflict');
      input = parseCampaignInput(raw);
    },
    save: async (trx, current, at) => {
      const organizationId = await organizationFor(trx, actor, input.organization, current);
      return updateCampaignRow(trx, current.id, current.version, {
        ...columnsOf(
          { ...input, translations: { ...current.translations, ...input.translations } },
          organizationId,
        ),
        updated_at: at,
        version: current.version + 1,
      });
    },
    alongside: (trx, _before, campaign) => syncCampaignIndex(deps, campaign, trx),
    audit: {
      action: 'campaigns.updated',
      subjectType: 'campaign',
      details: (current) => ({ slug, version: current.version + 1 }),
    },
  });
  return saved.status === 'draft' ? saved : announced(saved);
}

/**
 * The home page lists open campaigns with their endorsement counts: after a change people can see,
 * its cached copies go, on every node.
 */
function announced<T>(value: T): T {
  bumpContentVersion();
  return value;
}

const statusAfter = { publish: 'published', close: 'closed', unpublish: 'draft' } as const;
const auditActionOf = {
  publish: 'campaigns.published',
  close: 'campaigns.closed',
  unpublish: 'campaigns.unpublished',
} as const;

/** Publishes, closes or unpublishes (back to a draft) a campaign; the search index follows in the same transaction. */
export async function moveCampaign(
  deps: TDeps,
  actor: TActor,
  slug: string,
  action: 'publish' | 'close' | 'unpublish',
  options: TWriteOptions = {},
): Promise<TCampaign> {
  const { saved } = await changeRecord(deps, actor, {
    slug,
    requestId: options.requestId,
    find: findCampaignBySlug,
    check: (current) => authorize(actor, action, current),
    save: (trx, current, at) =>
      updateCampaignRow(trx, current.id, current.version, {
        status: statusAfter[action],
        ...(action === 'publish' ? { published_at: current.publishedAt ?? at } : {}),
        updated_at: at,
        version: current.version + 1,
      }),
    alongside: (trx, _before, campaign) => syncCampaignIndex(deps, campaign, trx),
    audit: { action: auditActionOf[action], subjectType: 'campaign', details: () => ({ slug }) },
  });
  return announced(saved);
}

export async function readCampaign(deps: TDeps, actor: TActor, slug: string) {
  const campaign = await findCampaignBySlug(deps.db, slug);
  if (!campaign) throw new AppError('not_found');
  authorize(actor, 'view', campaign);
  return { campaign, endorsements: await listEndorsements(deps.db, campaign.id) };
}

/** How many organisations endorse a public campaign now (for the page's live count). */
export async function readEndorsementCount(deps: TDeps, slug: string): Promise<number> {
  const campaign = await findCampaignBySlug(deps.db, slug);
  if (!campaign || campaign.status === 'draft') throw new AppError('not_found');
  return campaign.endorsementCount;
}

/** An organisation the person speaks for endorses the campaign; endorsing twice is refused clearly. */
export async function endorseCampaign(
  deps: TDeps,
  actor: TActor,
  slug: string,
  input: { organization: string; statement?: string | null },
  options: TWriteOptions = {},
): Promise<TCampaign> {
  const campaign = await findCampaignBySlug(deps.db, slug);
  if (!campaign) throw new AppError('not_found');
  authorize(actor, 'endorse', campaign);
  const [organization] = await findMemberOrganizations(deps.db, [input.organization]);
  if (!organization || !writerOrganizationIds(actor).includes(organization.id)) {
    throw new AppError('validation_failed', { fieldErrors: { organization: 'campaigns.errors.endorser' } });
  }
  const statement = input.statement?.trim().slice(0, 1000) || null;
  await auditedWrite(deps, actor, options, async ({ trx, at, audit }) => {
    const added = await insertEndorsement(trx, {
      campaignId: campaign.id,
      organizationId: organization.id,
      userId: actor.userId,
      statement,
      at,
    });
    if (!added)
      throw new AppError('conflict', { fieldErrors: { organization: 'campaigns.errors.alreadyEndorsed' } });
    await audit(
      'campaigns.endorsed',
      { type: 'campaign', id: campaign.id },
      { organization: organization.slug },
    );
  });
  bumpContentVersion();
  return (await findCampaignBySlug(deps.db, slug)) as TCampaign;
}

export async function withdrawEndorsement(
  deps: TDeps,
  actor: TActor,
  slug: string,
  organizationSlug: string,
  options: TWriteOptions = {},
) {
  const campaign = await findCampaignBySlug(deps.db, slug);
  if (!campaign) throw new AppError('not_found');
  const [organization] = await findMemberOrganizations(deps.db, [organizationSlug]);
  if (!organization) throw new AppError('not_found');
  if (!writerOrganizationIds(actor).includes(organization.id) && !isCurator(actor)) {
    throw new AppError(actor.userId ? 'forbidden' : 'unauthenticated');
  }
  await auditedWrite(deps, actor, options, async ({ trx, audit }) => {
    if (!(await deleteEndorsement(trx, campaign.id, organization.id))) throw new AppError('not_found');
    await audit(
      'campaigns.endorsement_withdrawn',
      { type: 'campaign', id: campaign.id },
      { organization: organization.slug },
    );
  });
  bumpContentVersion();
}
