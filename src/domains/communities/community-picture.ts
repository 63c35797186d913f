import sharp from 'sharp';
import { checkUpload } from '../../platform/sandbox.ts';
import type { TCommunity } from './communities.record.ts';

/**
 * A community's picture as uploaded: PNG, JPEG or WebP up to 5 MB, checked by its bytes with the
 * same sandboxed check as every other upload, then re-encoded to WebP within 1200×1200 so what
 * readers get is never the uploaded file and carries no metadata.
 */
export const pictureMaxBytes = 5 * 1024 * 1024;

export type TCommunityPicture = { data: Buffer; width: number; height: number };

export async function prepareCommunityPicture(file: File): Promise<TCommunityPicture | { refusal: string }> {
  if (file.size > pictureMaxBytes) return { refusal: 'communities.errors.pictureTooLarge' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const verdict = await checkUpload(bytes, file.name, ['png', 'jpeg', 'webp']);
  if (!verdict.isAccepted) return { refusal: 'communities.errors.pictureType' };
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: 40_000_000 })
      .rotate()
      .resize({ width: 1200, height: 1200, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  } catch {
    return { refusal: 'communities.errors.pictureType' };
  }
}

export function communityPicturePath(pictureId: string): string {
  return `/media/communities/${encodeURIComponent(pictureId)}.webp`;
}

/**
 * The picture's description for a reader: the one written in their language when there is one, else
 * the original's, with the language it is written in (for the image's `lang`).
 */
export function communityPictureAlt(
  community: Pick<TCommunity, 'language' | 'translations' | 'picture'>,
  locale: string,
): { alt: string; language: string } {
  const translated = locale !== community.language ? community.translations[locale]?.pictureAlt : undefined;
  if (translated) return { alt: translated, language: locale };
  return { alt: community.picture?.alt ?? '', language: community.language };
}
