import { type Selectable, sql } from 'kysely';
import { parseJson, updateAtVersion } from '../../core/records.ts';
import type { TSitemapRow } from '../../core/sitemap.ts';
import { insertUpload, type TUpload } from '../../core/uploads.ts';
import type { TDb } from '../../platform/db/database.ts';
import { recordRows } from '../../platform/db/record-rows.ts';
import type { Database } from '../../platform/db/schema.ts';
import type { TCampaign, TCampaignMaterial, TEndorsement } from './campaigns.record.ts';
import type { TCampaignScope, TCampaignStatus } from './campaigns.schemas.ts';

/** The campaigns domain's SQL: campaigns, and endorsements by member organisations with a running count. */

type TRow = Selectable<Database['campaigns']> & { org_slug: string | null; org_name: string | null };

function toCampaign(row: TRow): TCampaign {
  return {
    id: row.id,
    slug: row.slug,
    status: row.status as TCampaignStatus,
    language: row.language,
    title: row.title,
    goal: row.goal,
    callToAction: row.call_to_action,
    body: row.body,
    translations: parseJson(row.translations, {}),
    scope: row.scope as TCampaignScope,
    countries: parseJson(row.countries, []),
    themes: parseJson(row.themes, []),
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    materials: parseJson(row.materials, []),
    imageUrl: row.image_url,
    imageAlt: row.image_alt,
    organizationId: row.organization_id,
    organization: row.org_slug && row.org_name ? { slug: row.org_slug, name: row.org_name } : null,
    endorsementCount: Number(row.endorsement_count),
    createdBy: row.created_by,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: Number(row.version),
  };
}

function campaigns(db: TDb) {
  return db
    .selectFrom('campaigns')
    .leftJoin('organizations', 'organizations.id', 'campaigns.organization_id')
    .selectAll('campaigns')
    .select(['organizations.slug as org_slug', 'organizations.name as org_name']);
}

export type TCampaignColumns = {
  language: string;
  title: string;
  goal: string;
  call_to_action: string;
  body: string;
  translations: string;
  scope: string;
  countries: string;
  themes: string;
  starts_on: string | null;
  ends_on: string | null;
  materials: string;
  image_url: string | null;
  image_alt: string | null;
  organization_id: string | null;
};

export async function insertCampaign(
  db: TDb,
  row: TCampaignColumns & {
    id: string;
    slug: string;
    status: string;
    created_by: string | null;
    created_at: string;
    updated_at: string;
    published_at: string | null;
  },
): Promise<void> {
  await db.insertInto('campaigns').values(row).execute();
}

export async function updateCampaignRow(
  db: TDb,
  id: string,
  version: number,
  patch: Partial<TCampaignColumns> & {
    status?: string;
    published_at?: string | null;
    updated_at: string;
    version: number;
  },
): Promise<boolean> {
  return updateAtVersion(db, 'campaigns', id, version, patch);
}

export async function isCampaignSlugTaken(db: TDb, slug: string): Promise<boolean> {
  return (
    (await db.selectFrom('campaigns').select('id').where('slug', '=', slug).executeTakeFirst()) !== undefined
  );
}

export async function findCampaignBySlug(db: TDb, slug: string): Promise<TCampaign | undefined> {
  const row = await campaigns(db).where('campaigns.slug', '=', slug).executeTakeFirst();
  return row ? toCampaign(row) : undefined;
}

/** Every campaign's id, batch by batch, for a search reindex. */
export const campaignRows = recordRows('campaigns', async (db, ids) => {
  const rows = await campaigns(db).where('campaigns.id', 'in', ids).execute();
  return rows.map(toCampaign);
});

export async function listPublicCampaigns(db: TDb, limit: number, offset = 0): Promise<TCampaign[]> {
  const rows = await campaigns(db)
    .where('campaigns.status', 'in', ['published', 'closed'])
    .orderBy('campaigns.status', 'desc')
    .orderBy('campaigns.published_at', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map(toCampaign);
}

/** Published campaigns, not closed and not past their end day, the most endorsed first, then the newest. */
export async function listOpenCampaigns(db: TDb, today: string, limit: number): Promise<TCampaign[]> {
  const rows = await campaigns(db)
    .where('campaigns.status', '=', 'published')
    .where((eb) => eb.or([eb('campaigns.ends_on', 'is', null), eb('campaigns.ends_on', '>=', today)]))
    .orderBy('campaigns.endorsement_count', 'desc')
    .orderBy('campaigns.published_at', 'desc')
    .orderBy('campaigns.id')
    .limit(limit)
    .execute();
  return rows.map(toCampaign);
}

export async function countOpenCampaigns(db: TDb, today: string): Promise<number> {
  const row = await db
    .selectFrom('campaigns')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'published')
    .where((eb) => eb.or([eb('ends_on', 'is', null), eb('ends_on', '>=', today)]))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function countPublicCampaigns(db: TDb): Promise<number> {
  const row = await db
    .selectFrom('campaigns')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', 'in', ['published', 'closed'])
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function listOwnDraftCampaigns(
  db: TDb,
  scope: { userId: string; organizationIds: readonly string[]; isAll: boolean },
) {
  let query = campaigns(db).where('campaigns.status', '=', 'draft');
  if (!scope.isAll) {
    query = query.where((eb) =>
      eb.or([
        eb('campaigns.created_by', '=', scope.userId),
        eb('campaigns.organization_id', 'in', ['', ...scope.organizationIds]),
      ]),
    );
  }
  return (await query.orderBy('campaigns.updated_at', 'desc').limit(50).execute()).map(toCampaign);
}

export async function listEndorsements(db: TDb, campaignId: string): Promise<TEndorsement[]> {
  const rows = await db
    .selectFrom('campaign_endorsements')
    .innerJoin('organizations', 'organizations.id', 'campaign_endorsements.organization_id')
    .select([
      'organizations.id as organizationId',
      'organizations.slug',
      'organizations.name',
      'organizations.translations',
      'organizations.countries',
      'campaign_endorsements.statement',
      'campaign_endorsements.created_at as createdAt',
    ])
    .where('campaign_endorsements.campaign_id', '=', campaignId)
    .orderBy('campaign_endorsements.created_at')
    .orderBy('organizations.slug')
    .execute();
  return rows.map((r) => ({
    organizationId: r.organizationId,
    slug: r.slug,
    name: r.name,
    nameTranslations: parseJson<{ name?: Record<string, string> }>(r.translations, {}).name ?? {},
    countries: parseJson(r.countries, []),
    statement: r.statement,
    createdAt: r.createdAt,
  }));
}

/** Adds an endorsement and counts it; false when the organisation had already endorsed. */
export async function insertEndorsement(
  db: TDb,
  e: {
    campaignId: string;
    organizationId: string;
    userId: string | null;
    statement: string | null;
    at: string;
  },
): Promise<boolean> {
  const result = await db
    .insertInto('campaign_endorsements')
    .values({
      campaign_id: e.campaignId,
      organization_id: e.organizationId,
      endorsed_by: e.userId,
      statement: e.statement,
      created_at: e.at,
    })
    .onConflict((oc) => oc.columns(['campaign_id', 'organization_id']).doNothing())
    .executeTakeFirst();
  const added = Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  if (added) {
    await db
      .updateTable('campaigns')
      .set({ endorsement_count: sql`endorsement_count + 1` })
      .where('id', '=', e.campaignId)
      .execute();
  }
  return added;
}

export async function deleteEndorsement(
  db: TDb,
  campaignId: string,
  organizationId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('campaign_endorsements')
    .where('campaign_id', '=', campaignId)
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  const removed = Number(result.numDeletedRows) === 1;
  if (removed) {
    await db
      .updateTable('campaigns')
      .set({ endorsement_count: sql`endorsement_count - 1` })
      .where('id', '=', campaignId)
      .where('endorsement_count', '>', 0)
      .execute();
  }
  return removed;
}

export async function listCampaignMaterials(db: TDb, campaignId: string): Promise<TCampaignMaterial[]> {
  const rows = await db
    .selectFrom('campaign_materials')
    .innerJoin('uploads', 'uploads.id', 'campaign_materials.upload_id')
    .select([
      'campaign_materials.id',
      'campaign_materials.campaign_id',
      'campaign_materials.kind',
      'campaign_materials.title',
      'campaign_materials.alt',
      'campaign_materials.width',
      'campaign_materials.height',
      'campaign_materials.added_at',
      'uploads.id as upload_id',
      'uploads.storage_key',
      'uploads.original_name',
      'uploads.content_type',
      'uploads.byte_size',
    ])
    .where('campaign_materials.campaign_id', '=', campaignId)
    .orderBy('campaign_materials.added_at')
    .orderBy('campaign_materials.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    campaignId: r.campaign_id,
    kind: r.kind === 'image' ? 'image' : 'file',
    title: r.title,
    alt: r.alt,
    width: r.width === null ? null : Number(r.width),
    height: r.height === null ? null : Number(r.height),
    uploadId: r.upload_id,
    storageKey: r.storage_key,
    originalName: r.original_name,
    contentType: r.content_type,
    byteSize: Number(r.byte_size),
    addedAt: r.added_at,
  }));
}

export async function insertCampaignMaterial(
  db: TDb,
  m: Pick<TCampaignMaterial, 'id' | 'campaignId' | 'kind' | 'title' | 'alt' | 'width' | 'height'> & {
    /** The stored file; its purpose, time and author are the material's. */
    upload: Omit<TUpload, 'purpose' | 'createdAt' | 'createdBy'>;
    userId: string | null;
    at: string;
  },
): Promise<void> {
  await insertUpload(db, {
    ...m.upload,
    purpose: 'campaign_material',
    createdAt: m.at,
    createdBy: m.userId,
  });
  await db
    .insertInto('campaign_materials')
    .values({
      id: m.id,
      campaign_id: m.campaignId,
      upload_id: m.upload.id,
      kind: m.kind,
      title: m.title,
      alt: m.alt,
      width: m.width,
      height: m.height,
      added_by: m.userId,
      added_at: m.at,
    })
    .execute();
}

/** Removes a material and its upload record; false when the campaign has no such material. */
export async function deleteCampaignMaterial(
  db: TDb,
  campaignId: string,
  material: Pick<TCampaignMaterial, 'id' | 'uploadId'>,
): Promise<boolean> {
  const result = await db
    .deleteFrom('campaign_materials')
    .where('id', '=', material.id)
    .where('campaign_id', '=', campaignId)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) !== 1) return false;
  await db.deleteFrom('uploads').where('id', '=', material.uploadId).execute();
  return true;
}

/** Published and closed campaigns' pages for the sitemap. */
export function listSitemapRows(db: TDb, limit: number): Promise<TSitemapRow[]> {
  return db
    .selectFrom('campaigns')
    .select(['slug', 'language', 'updated_at as updatedAt'])
    .where('status', 'in', ['published', 'closed'])
    .limit(limit)
    .execute();
}
