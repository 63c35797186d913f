import sharp from 'sharp';
import { detectType, zipEntryNames } from '../../platform/file-checks.ts';
import { checkUpload } from '../../platform/sandbox.ts';

/**
 * Evidence files for progress reports: PDF, DOCX, XLSX, CSV, PNG and JPEG, judged by their bytes
 * (src/platform/file-checks.ts for the types it knows; spreadsheets and CSV here, with the same
 * rules: the name's extension must agree with the bytes, no macros). Images are re-encoded by sharp,
 * so what is served is never the uploaded file itself (metadata such as GPS positions is dropped).
 */
export const evidenceMaxBytes = 10 * 1024 * 1024;
export const evidenceMaxFiles = 5;

export type TEvidenceVerdict =
  | { isAccepted: true; contentType: string; bytes: Uint8Array }
  | {
      isAccepted: false;
      reason: 'mismatch' | 'unsupported' | 'active_content' | 'empty' | 'too_large' | 'unreadable';
    };

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function extensionOf(name: string): string {
  return name.toLowerCase().split('.').pop() ?? '';
}

/** Text a spreadsheet program reads as CSV: UTF-8, no NUL or other binary control bytes. */
function isCsvText(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 1024 * 1024));
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code === 127 || (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13))
        return false;
    }
    return true;
  } catch {
    return false;
  }
}

export async function checkEvidence(name: string, bytes: Uint8Array): Promise<TEvidenceVerdict> {
  if (bytes.byteLength === 0) return { isAccepted: false, reason: 'empty' };
  if (bytes.byteLength > evidenceMaxBytes) return { isAccepted: false, reason: 'too_large' };
  const extension = extensionOf(name);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const detected = detectType(bytes);
  if (extension === 'xlsx' || extension === 'csv') {
    if (extension === 'xlsx') {
      const entries =
        buffer.length >= 4 && buffer.readUInt32LE(0) === 0x04034b50 ? zipEntryNames(buffer) : null;
      if (!entries?.includes('[Content_Types].xml') || !entries.includes('xl/workbook.xml'))
        return { isAccepted: false, reason: 'mismatch' };
      if (entries.some((e) => /vbaProject\.bin$|activeX/i.test(e)))
        return { isAccepted: false, reason: 'active_content' };
      return { isAccepted: true, contentType: xlsxType, bytes };
    }
    if (detected !== null || !isCsvText(bytes)) return { isAccepted: false, reason: 'mismatch' };
    return { isAccepted: true, contentType: 'text/csv; charset=utf-8', bytes };
  }
  const verdict = await checkUpload(bytes, name, ['pdf', 'docx', 'png', 'jpeg']);
  if (!verdict.isAccepted) return verdict;
  if (verdict.type === 'png' || verdict.type === 'jpeg') {
    try {
      const image = sharp(bytes, { limitInputPixels: 40_000_000 })
        .rotate()
        .resize({ width: 4000, height: 4000, fit: 'inside', withoutEnlargement: true });
      const output = await (verdict.type === 'png' ? image.png() : image.jpeg({ quality: 88 })).toBuffer();
      return { isAccepted: true, contentType: verdict.contentType, bytes: new Uint8Array(output) };
    } catch {
      return { isAccepted: false, reason: 'unreadable' };
    }
  }
  return { isAccepted: true, contentType: verdict.contentType, bytes };
}
