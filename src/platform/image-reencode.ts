import sharp from 'sharp';

/**
 * An uploaded picture drawn again in its own format (within `maxSide` on either side, turned upright,
 * without its metadata), so what a hub serves is never the bytes someone uploaded. Null when the image
 * cannot be read; each caller refuses it with its own message. Callers check the bytes first
 * (`checkUpload` in sandbox.ts).
 */
export async function reencodeImage(
  bytes: Uint8Array,
  type: 'png' | 'jpeg' | 'webp',
  maxSide = 4000,
): Promise<Buffer | null> {
  try {
    const image = sharp(bytes, { limitInputPixels: 40_000_000 })
      .rotate()
      .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true });
    const encoded =
      type === 'png'
        ? image.png()
        : type === 'jpeg'
          ? image.jpeg({ quality: 85 })
          : image.webp({ quality: 85 });
    return await encoded.toBuffer();
  } catch {
    return null;
  }
}
