import type { TActor } from '../../core/actor.ts';
import { auditedWrite } from '../../core/audited-write.ts';
import { fieldErrorsOf } from '../../core/validation.ts';
import type { TDeps } from '../../deps.ts';
import { bumpContentVersion } from '../../platform/content-version.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { TCommunity } from './communities.record.ts';
import { updateCommunityAtVersion } from './communities.repository.ts';
import { type TCommunityEdit, type TCommunityTranslation, ZCommunityEdit } from './communities.schemas.ts';
import { readCommunity, type TWriteOptions } from './communities.service.ts';
import { prepareCommunityPicture } from './community-picture.ts';
import { syncCommunityThreads } from './thread-indexing.ts';

/**
 * Facilitators and the secretariat edit a community: its name, description and picture description
 * in the original language and in each other language it keeps, its concepts and regions, and its
 * picture. The slug stays. The save names the version the form was shown at, so a double submit or a
 * colleague's save in between is refused with the typed text kept. Threads' search documents carry the
 * community's name, themes and regions: they are rewritten in the same transaction (as ADR 0057 does
 * for visibility), and the anonymous page cache is dropped after the commit.
 */

/** Where a validation issue is shown: `original.name` → `name-en`, `translations.fr.name` → `name-fr`. */
export function editFieldOf(originalLanguage: string) {
  return (path: readonly PropertyKey[]): string => {
    const [head, second, third] = path.map(String);
    if (head === 'original') return `${second ?? 'name'}-${originalLanguage}`;
    if (head === 'translations' && second) return `${third ?? 'name'}-${second}`;
    return head ?? '_form';
  };
}

function sameText(a: TCommunityTranslation | undefined, b: TCommunityTranslation | undefined): boolean {
  return (
    a?.name === b?.name &&
    a?.description === b?.description &&
    (a?.pictureAlt ?? '') === (b?.pictureAlt ?? '')
  );
}

/** What a save changed, for the audit entry: languages, fields, concepts, the picture. */
function changesOf(before: TCommunity, input: TCommunityEdit, picture: string | null) {
  const beforeTranslations = before.translations;
  const after = input.translations as Record<string, TCommunityTranslation>;
  const sameList = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((x) => b.includes(x));
  const original = { name: before.name, description: before.description, pictureAlt: before.picture?.alt };
  return {
    languagesAdded: Object.keys(after).filter((l) => !(l in beforeTranslations)),
    languagesRemoved: Object.keys(beforeTranslations).filter((l) => !(l in after)),
    textsChanged: [
      ...(sameText(original, { ...input.original, pictureAlt: input.original.pictureAlt ?? undefined })
        ? []
        : [before.language]),
      ...Object.keys(after).filter(
        (l) => l in beforeTranslations && !sameText(beforeTranslations[l], after[l]),
      ),
    ],
    themesChanged: !sameList(before.themes, input.themes),
    regionsChanged: !sameList(before.regions, input.regions),
    picture,
  };
}

export async function editCommunity(
  deps: TDeps,
  actor: TActor,
  slug: string,
  raw: Record<string, unknown>,
  options: TWriteOptions & { picture?: File | undefined } = {},
): Promise<TCommunity> {
  const view = await readCommunity(deps, actor, slug, 'edit');
  const before = view.community;
  const prepared = options.picture ? await prepareCommunityPicture(options.picture) : undefined;
  const isRemovingPicture = raw.removePicture === true && options.picture === undefined;
  const hasPicture = options.picture !== undefined || (before.picture !== null && !isRemovingPicture);
  const parsed = ZCommunityEdit.safeParse({ ...raw, removePicture: isRemovingPicture, hasPicture });
  const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error.issues, editFieldOf(before.language));
  if (prepared && 'refusal' in prepared) fieldErrors.picture = prepared.refusal;
  if (!parsed.success || Object.keys(fieldErrors).length > 0)
    throw new AppError('validation_failed', { fieldErrors });
  const input = parsed.data;
  // The original language is the community's own; it is never also a translation.
  delete input.translations[before.language as keyof typeof input.translations];
  if (input.version !== before.version) throw new AppError('conflict');

  const at = deps.clock.now().toISOString();
  const picture = prepared && !('refusal' in prepared) ? prepared : null;
  const stored = picture ? await deps.files.save(picture.data) : null;
  const pictureChange = picture
    ? before.picture
      ? 'replaced'
      : 'added'
    : isRemovingPicture && before.picture
      ? 'removed'
      : null;
  let saved: TCommunity;
  try {
    saved = await auditedWrite(deps, actor, { ...options, at }, async ({ trx, audit }) => {
      const isSaved = await updateCommunityAtVersion(trx, before.id, before.version, {
        name: input.original.name,
        description: input.original.description,
        translations: JSON.stringify(input.translations),
        themes: JSON.stringify(input.themes),
        regions: JSON.stringify(input.regions),
        picture_alt: hasPicture ? (input.original.pictureAlt ?? null) : null,
        ...(stored && picture
          ? {
              picture_id: newId(Date.parse(at)),
              picture_key: stored.key,
              picture_width: picture.width,
              picture_height: picture.height,
            }
          : {}),
        ...(pictureChange === 'removed'
          ? { picture_id: null, picture_key: null, picture_width: null, picture_height: null }
          : {}),
        updated_at: at,
      });
      if (!isSaved) throw new AppError('conflict');
      // Thread documents carry the community's name, themes and regions.
      const changed = await syncCommunityThreads(deps, trx, before.id);
      const details = { slug, version: changed.version, ...changesOf(before, input, pictureChange) };
      await audit('communities.edited', { type: 'community', id: before.id }, details);
      return changed;
    });
  } catch (error) {
    if (stored) await deps.files.remove(stored.key);
    throw error;
  }
  if (pictureChange === 'replaced' || pictureChange === 'removed')
    if (before.picture) await deps.files.remove(before.picture.key);
  // The home page counts communities; cached public pages go on every node.
  bumpContentVersion();
  return saved;
}
