import sharp from 'sharp';
import { checkUpload } from '../../platform/sandbox.ts';

/**
 * An article's featured picture as uploaded: PNG, JPEG or WebP up to 5 MB, checked by its bytes
 * (a file whose name lies about what it is gets refused), then re-encoded by sharp to WebP within
 * 1600×1600 — what readers get is never the uploaded file itself, and it carries no metadata.
 */
export const newsImageMaxBytes = 5 * 1024 * 1024;
export const newsImageMaxSide = 1600;

export type TNewsImage = { data: Buffer; width: number; height: number };

const refusals = {
  mismatch: 'news.errors.imageMismatch',
  unsupported: 'news.errors.imageType',
  active_content: 'news.errors.imageType',
  empty: 'news.errors.imageType',
} as const;

/** The re-encoded picture, or the message key saying why it was refused. */
export async function prepareNewsImage(file: File): Promise<TNewsImage | { refusal: string }> {
  if (file.size > newsImageMaxBytes) return { refusal: 'news.errors.imageTooLarge' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const verdict = await checkUpload(bytes, file.name, ['png', 'jpeg', 'webp']);
  if (!verdict.isAccepted) return { refusal: refusals[verdict.reason] };
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: 40_000_000 })
      .rotate()
      .resize({ width: newsImageMaxSide, height: newsImageMaxSide, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  } catch {
    return { refusal: 'news.errors.imageUnreadable' };
  }
}

/** Where an article's picture is served; the id changes with every new picture, so it may be cached for long. */
export function newsImagePath(imageId: string): string {
  return `/media/news/${encodeURIComponent(imageId)}.webp`;
}
