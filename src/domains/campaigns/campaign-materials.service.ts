import sharp from 'sharp';
import type { TActor } from '../../core/actor.ts';
import { audit } from '../../core/audit.ts';
import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import type { TDetectedType } from '../../platform/file-checks.ts';
import { newId } from '../../platform/ids.ts';
import { checkUpload } from '../../platform/sandbox.ts';
import { authorize } from './campaigns.policy.ts';
import type { TCampaignMaterial } from './campaigns.record.ts';
import {
  deleteCampaignMaterial,
  findCampaignBySlug,
  insertCampaignMaterial,
  listCampaignMaterials,
} from './campaigns.repository.ts';

/**
 * Campaign materials: leaflets, letters and posters the leads upload for endorsers to use. Files are
 * checked by their bytes (not their name or the browser's word) and refused with a reason; images
 * are re-encoded by sharp in their own format (no metadata, nothing hidden after the picture) and
 * need a description. Everything is kept under random names and audited.
 */
export const materialFileTypes = ['pdf', 'docx', 'png', 'jpeg', 'webp'] as const;
export const materialMaxBytes = 10 * 1024 * 1024;
const imageMaxSide = 4000;

const imageTypes = new Set<TDetectedType>(['png', 'jpeg', 'webp']);

export type TMaterialInput = { file: File | undefined; title: string; alt: string };

function refuse(fieldErrors: Record<string, string>): never {
  throw new AppError('validation_failed', { fieldErrors });
}

async function reencode(bytes: Uint8Array, type: TDetectedType) {
  const image = sharp(bytes, { limitInputPixels: 60_000_000 })
    .rotate()
    .resize({ width: imageMaxSide, height: imageMaxSide, fit: 'inside', withoutEnlargement: true });
  const encoded =
    type === 'png'
      ? image.png()
      : type === 'jpeg'
        ? image.jpeg({ quality: 88 })
        : image.webp({ quality: 88 });
  return encoded.toBuffer({ resolveWithObject: true });
}

/**
 * A material as a campaign keeps it: checked by its bytes, an image drawn again and described. The upload
 * form and the demo's pictures both come through here.
 */
export async function prepareCampaignMaterial(input: TMaterialInput) {
  const title = input.title.trim();
  const alt = input.alt.trim();
  if (title.length > 300) refuse({ title: 'validation.tooLong' });
  if (alt.length > 500) refuse({ alt: 'validation.tooLong' });
  const { file } = input;
  if (!file) refuse({ file: 'campaigns.errors.materialFile' });
  if (file.size > materialMaxBytes) refuse({ file: 'campaigns.errors.materialTooLarge' });
  let bytes: Uint8Array = new Uint8Array(await file.arrayBuffer());
  const verdict = await checkUpload(bytes, file.name, materialFileTypes);
  if (!verdict.isAccepted) refuse({ file: `campaigns.errors.material_${verdict.reason}` });
  const isImage = imageTypes.has(verdict.type);
  if (isImage && !alt) refuse({ alt: 'campaigns.errors.materialAlt' });
  let size: { width: number; height: number } | null = null;
  if (isImage) {
    try {
      const { data, info } = await reencode(bytes, verdict.type);
      bytes = data;
      size = { width: info.width, height: info.height };
    } catch {
      refuse({ file: 'campaigns.errors.materialUnreadable' });
    }
  }
  const originalName = file.name.replace(/[\r\n]/g, ' ').slice(0, 200);
  return { bytes, verdict, isImage, size, title, alt, originalName };
}

export async function addCampaignMaterial(
  deps: TDeps,
  actor: TActor,
  slug: string,
  input: TMaterialInput,
  options: { requestId?: string | null } = {},
): Promise<TCampaignMaterial> {
  const campaign = await findCampaignBySlug(deps.db, slug);
  if (!campaign) throw new AppError('not_found');
  authorize(actor, 'edit', campaign);
  const prepared = await prepareCampaignMaterial(input);
  const { bytes, verdict, isImage, size, title, alt, originalName } = prepared;
  const storage = deps.files;
  const stored = await storage.save(bytes);
  const at = deps.clock.now().toISOString();
  const id = newId(Date.parse(at));
  try {
    await deps.db.transaction().execute(async (trx) => {
      await insertCampaignMaterial(trx, {
        id,
        campaignId: campaign.id,
        kind: isImage ? 'image' : 'file',
        title: title || originalName,
        alt: isImage ? alt : null,
        width: size?.width ?? null,
        height: size?.height ?? null,
        upload: {
          id: newId(Date.parse(at)),
          storageKey: stored.key,
          originalName,
          contentType: verdict.contentType,
          byteSize: stored.byteSize,
          sha256: stored.sha256,
        },
        userId: actor.userId,
        at,
      });
      await audit(
        trx,
        { actorId: actor.userId, requestId: options.requestId, at },
        'campaigns.material_added',
        { type: 'campaign', id: campaign.id },
        { slug, material: id, type: verdict.type, bytes: stored.byteSize },
      );
    });
  } catch (error) {
    await storage.remove(stored.key);
    throw error;
  }
  const added = (await listCampaignMaterials(deps.db, campaign.id)).find((m) => m.id === id);
  if (!added) throw new AppError('internal');
  return added;
}

export async function removeCampaignMaterial(
  deps: TDeps,
  actor: TActor,
  slug: string,
  materialId: string,
  options: { requestId?: string | null } = {},
): Promise<void> {
  const campaign = await findCampaignBySlug(deps.db, slug);
  if (!campaign) throw new AppError('not_found');
  authorize(actor, 'edit', campaign);
  const material = (await listCampaignMaterials(deps.db, campaign.id)).find((m) => m.id === materialId);
  if (!material) throw new AppError('not_found');
  const at = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    if (!(await deleteCampaignMaterial(trx, campaign.id, material))) throw new AppError('not_found');
    await audit(
      trx,
      { actorId: actor.userId, requestId: options.requestId, at },
      'campaigns.material_removed',
      { type: 'campaign', id: campaign.id },
      { slug, material: material.id, name: material.originalName },
    );
  });
  await deps.files.remove(material.storageKey);
}

export async function readCampaignMaterials(deps: TDeps, campaignId: string): Promise<TCampaignMaterial[]> {
  return listCampaignMaterials(deps.db, campaignId);
}

/** A material's bytes for whoever may see the campaign; public campaigns' materials may be cached. */
export async function readCampaignMaterial(deps: TDeps, actor: TActor, slug: string, materialId: string) {
  const campaign = await findCampaignBySlug(deps.db, slug);
  if (!campaign) throw new AppError('not_found');
  authorize(actor, 'view', campaign);
  const material = (await listCampaignMaterials(deps.db, campaign.id)).find((m) => m.id === materialId);
  if (!material) throw new AppError('not_found');
  const bytes = await deps.files.read(material.storageKey);
  if (!bytes) throw new AppError('not_found');
  return { material, bytes, isPublic: campaign.status !== 'draft' };
}
