import sharp, { type OutputInfo } from 'sharp';
import type { TActor } from '../../core/actor.ts';
import { auditedWrite, type TWriteStep } from '../../core/audited-write.ts';
import type { TDeps } from '../../deps.ts';
import { isLocale } from '../../i18n/locales.ts';
import { AppError } from '../../platform/errors.ts';
import { checkUpload, rasteriseSvg } from '../../platform/sandbox.ts';
import { syncOrganizationIndex } from './organization-indexing.ts';
import { can } from './organizations.policy.ts';
import type { TOrganizationRecord } from './organizations.record.ts';
import {
  findOrganizationById,
  findOrganizationBySlug,
  isMemberLogo,
  updateOrganizationLogo,
  updateOrganizationProfile,
  updateOrganizationTranslations,
} from './organizations.repository.ts';
import {
  missingOrganizationFields,
  organizationDataFrom,
  type TOrganizationFields,
  type TOrganizationTranslation,
} from './organizations.schemas.ts';

export type { TOrganizationRecord };

/**
 * A member's own profile: its owners and editors change the public details, the private contacts
 * and the logo. Saves are refused if someone else saved since the form was loaded.
 */
export async function readProfileForEditing(
  deps: TDeps,
  actor: TActor,
  slug: string,
): Promise<TOrganizationRecord> {
  const organization = await findOrganizationBySlug(deps.db, slug);
  if (!organization) throw new AppError('not_found');
  if (!can(actor, 'edit', organization)) throw new AppError(actor.userId ? 'forbidden' : 'unauthenticated');
  return organization;
}

export type TProfileEdit = TOrganizationFields & {
  contactName: string | null;
  contactEmail: string | null;
  contactRole: string | null;
  contactPhone: string | null;
};

export async function saveProfile(
  deps: TDeps,
  input: { actor: TActor; slug: string; version: number; fields: TProfileEdit; requestId: string | null },
): Promise<{ fieldErrors: Record<string, string> } | null> {
  const organization = await readProfileForEditing(deps, input.actor, input.slug);
  const data = organizationDataFrom(input.fields);
  const missing = missingOrganizationFields(data);
  if (Object.keys(missing).length > 0) return { fieldErrors: missing };
  const privateContacts: Record<string, string> = {};
  for (const [key, value] of Object.entries({
    name: input.fields.contactName,
    email: input.fields.contactEmail,
    role: input.fields.contactRole,
    phone: input.fields.contactPhone,
  })) {
    if (value) privateContacts[key] = value;
  }
  await auditedWrite(deps, input.actor, input, async (step) => {
    const { trx, at } = step;
    const isSaved = await updateOrganizationProfile(trx, organization.id, input.version, {
      name: data.name,
      acronym: data.acronym,
      nameTranslations: data.nameTranslations,
      descriptionTranslations: organization.descriptionTranslations,
      stakeholderType: data.stakeholderType ?? organization.stakeholderType,
      scope: data.scope ?? organization.scope,
      countries: data.countries,
      city: data.city,
      website: data.website,
      description: data.description,
      language: data.descriptionLanguage ?? organization.language,
      publicEmail: data.publicEmail,
      publicPhone: data.publicPhone,
      privateContacts,
      at,
    });
    await afterProfileSave(deps, step, isSaved, organization, 'organizations.profile_updated', {});
  });
  return null;
}

/**
 * What follows a save at a version, in its transaction: a conflict when someone saved first, else the
 * saved organisation as search sees it and the audit entry.
 */
async function afterProfileSave(
  deps: TDeps,
  { trx, audit }: TWriteStep,
  isSaved: boolean,
  organization: TOrganizationRecord,
  action: string,
  details: Record<string, unknown>,
): Promise<void> {
  if (!isSaved) throw new AppError('conflict');
  const saved = await findOrganizationById(trx, organization.id);
  if (saved) await syncOrganizationIndex(deps.search, saved, trx);
  await audit(action, { type: 'organization', id: organization.id }, { slug: organization.slug, ...details });
}

function withTranslation(
  translations: Record<string, string>,
  language: string,
  text: string | null,
): Record<string, string> {
  const { [language]: _replaced, ...others } = translations;
  return text ? { ...others, [language]: text } : others;
}

/**
 * Adds, changes or removes (both fields empty) the name and description of the profile in one
 * interface language other than the original one. The original-language fields are never touched.
 */
export async function saveTranslation(
  deps: TDeps,
  input: {
    actor: TActor;
    slug: string;
    version: number;
    translation: TOrganizationTranslation;
    requestId: string | null;
  },
): Promise<{ fieldErrors: Record<string, string> } | null> {
  const organization = await readProfileForEditing(deps, input.actor, input.slug);
  const language = input.translation.translationLanguage;
  if (!isLocale(language)) {
    return { fieldErrors: { translationLanguage: 'organizations.errors.translationLanguage' } };
  }
  if (language === organization.language) {
    return { fieldErrors: { translationLanguage: 'organizations.errors.translationOriginal' } };
  }
  // The translations are merged into what was read, so that read must be the version the form saw.
  if (organization.version !== input.version) throw new AppError('conflict');
  const name = input.translation.translationName;
  const description = input.translation.translationDescription;
  await auditedWrite(deps, input.actor, input, async (step) => {
    const isSaved = await updateOrganizationTranslations(step.trx, organization.id, input.version, {
      name: organization.name,
      acronym: organization.acronym,
      city: organization.city,
      nameTranslations: withTranslation(organization.nameTranslations, language, name),
      descriptionTranslations: withTranslation(organization.descriptionTranslations, language, description),
      at: step.at,
    });
    const details = { language, isRemoved: !name && !description };
    await afterProfileSave(deps, step, isSaved, organization, 'organizations.translation_saved', details);
  });
  return null;
}

export const logoMaxBytes = 2 * 1024 * 1024;
export const logoMaxSide = 512;

const logoErrors = {
  mismatch: 'organizations.errors.logoMismatch',
  unsupported: 'organizations.errors.logoType',
  active_content: 'organizations.errors.logoActiveContent',
  empty: 'organizations.errors.logoType',
} as const;

/**
 * A new logo: PNG, JPEG, WebP or SVG up to 2 MB, checked by its bytes; SVGs with scripts, handlers or
 * outside references are refused, clean ones rasterised. Every logo is re-encoded by sharp to WebP
 * within 512×512, so what we serve is never the uploaded file itself.
 */
export async function replaceLogo(
  deps: TDeps,
  input: { actor: TActor; slug: string; file: File | undefined; requestId: string | null },
): Promise<string | null> {
  const organization = await readProfileForEditing(deps, input.actor, input.slug);
  if (!input.file) return 'organizations.errors.logoType';
  if (input.file.size > logoMaxBytes) return 'organizations.errors.logoTooLarge';
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const verdict = await checkUpload(bytes, input.file.name, ['png', 'jpeg', 'webp', 'svg']);
  if (!verdict.isAccepted) return logoErrors[verdict.reason];
  let image: { data: Buffer; info: OutputInfo };
  try {
    // An SVG is drawn in the sandbox (time-limited, killable); what comes back is a plain PNG.
    const drawable =
      verdict.type === 'svg' ? await rasteriseSvg(bytes, { maxSide: logoMaxSide * 2, density: 144 }) : bytes;
    image = await sharp(drawable, { limitInputPixels: 40_000_000 })
      .rotate()
      .resize({ width: logoMaxSide, height: logoMaxSide, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 85 })
      .toBuffer({ resolveWithObject: true });
  } catch {
    return 'organizations.errors.logoUnreadable';
  }
  const storage = deps.files;
  const stored = await storage.save(image.data);
  try {
    await auditedWrite(deps, input.actor, input, async ({ trx, at, audit }) => {
      await updateOrganizationLogo(trx, organization.id, {
        key: stored.key,
        type: 'image/webp',
        width: image.info.width,
        height: image.info.height,
        at,
      });
      await audit(
        'organizations.logo_replaced',
        { type: 'organization', id: organization.id },
        { slug: organization.slug, width: image.info.width, height: image.info.height },
      );
    });
  } catch (error) {
    await storage.remove(stored.key);
    throw error;
  }
  if (organization.logoKey) await storage.remove(organization.logoKey);
  return null;
}

/** A logo's bytes by its storage key, for members' logos only. */
export async function readLogo(deps: TDeps, key: string): Promise<Buffer> {
  if (!(await isMemberLogo(deps.db, key))) throw new AppError('not_found');
  const bytes = await deps.files.read(key);
  if (!bytes) throw new AppError('not_found');
  return bytes;
}
