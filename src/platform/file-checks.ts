import { inflateSync } from 'node:zlib';

/**
 * What an uploaded file really is, from its bytes rather than its name or the browser's word, and
 * whether it carries active content. Written by hand: the checks are small and we need more than a
 * type (scripts inside PDFs and SVGs, macros inside Word files).
 */
export type TDetectedType = 'pdf' | 'docx' | 'png' | 'jpeg' | 'webp' | 'svg';

export type TFileVerdict =
  | { isAccepted: true; type: TDetectedType; contentType: string }
  | { isAccepted: false; reason: 'mismatch' | 'unsupported' | 'active_content' | 'empty' };

export const contentTypes: Record<TDetectedType, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  svg: 'image/svg+xml',
};

const extensionsOf: Record<TDetectedType, readonly string[]> = {
  pdf: ['pdf'],
  docx: ['docx'],
  png: ['png'],
  jpeg: ['jpg', 'jpeg'],
  webp: ['webp'],
  svg: ['svg'],
};

/** Sniffs the type from the first bytes (and, for DOCX, the zip directory). */
export function detectType(bytes: Uint8Array): TDetectedType | null {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length >= 5 && b.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (
    b.length >= 12 &&
    b.subarray(0, 4).toString('latin1') === 'RIFF' &&
    b.subarray(8, 12).toString('latin1') === 'WEBP'
  )
    return 'webp';
  if (b.length >= 4 && b.readUInt32LE(0) === 0x04034b50) {
    const names = zipEntryNames(b);
    if (names?.includes('[Content_Types].xml') && names.includes('word/document.xml')) return 'docx';
    return null;
  }
  const head = b
    .subarray(0, 2048)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head)) return 'svg';
  return null;
}

/**
 * Checks an upload against the types a field accepts: the bytes must be one of them, the name's
 * extension must agree with the bytes, and the file must hold no active content.
 */
export function checkUpload(
  bytes: Uint8Array,
  fileName: string,
  accepted: readonly TDetectedType[],
): TFileVerdict {
  if (bytes.byteLength === 0) return { isAccepted: false, reason: 'empty' };
  const type = detectType(bytes);
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  const claimed = (Object.keys(extensionsOf) as TDetectedType[]).find((t) =>
    extensionsOf[t].includes(extension),
  );
  if (!type) return { isAccepted: false, reason: claimed ? 'mismatch' : 'unsupported' };
  if (!accepted.includes(type)) return { isAccepted: false, reason: 'unsupported' };
  if (claimed !== type) return { isAccepted: false, reason: 'mismatch' };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (type === 'pdf' && hasPdfActiveContent(buffer)) return { isAccepted: false, reason: 'active_content' };
  if (type === 'docx' && hasDocxMacros(buffer)) return { isAccepted: false, reason: 'active_content' };
  if (type === 'svg' && hasSvgActiveContent(buffer.toString('utf8')))
    return { isAccepted: false, reason: 'active_content' };
  return { isAccepted: true, type, contentType: contentTypes[type] };
}

// PDF: names that run code or launch things. Names may hide letters as #xx escapes, and objects may
// sit in compressed object streams, so both are undone before looking.
const pdfActiveNames =
  /\/(JavaScript|JS|Launch|EmbeddedFiles?|RichMedia|SubmitForm|ImportData)(?![A-Za-z0-9])/;

export function hasPdfActiveContent(pdf: Buffer): boolean {
  const text = decodePdfNames(pdf.toString('latin1'));
  if (pdfActiveNames.test(text)) return true;
  let inflatedTotal = 0;
  const streamPattern = /stream\r?\n/g;
  for (let match = streamPattern.exec(text); match; match = streamPattern.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    const dictionary = text.slice(Math.max(0, match.index - 400), match.index);
    if (/\/FlateDecode/.test(dictionary)) {
      try {
        const inflated = inflateSync(pdf.subarray(start, end), { maxOutputLength: 20 * 1024 * 1024 });
        inflatedTotal += inflated.byteLength;
        if (pdfActiveNames.test(decodePdfNames(inflated.toString('latin1')))) return true;
      } catch {
        // Not a well-formed stream (or too large): nothing readable to scan.
      }
      if (inflatedTotal > 100 * 1024 * 1024) return true;
    }
    streamPattern.lastIndex = end;
  }
  return false;
}

function decodePdfNames(text: string): string {
  return text.replace(/\/[^\s/<>[\]()]+/g, (name) =>
    name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
  );
}

function hasDocxMacros(docx: Buffer): boolean {
  const names = zipEntryNames(docx) ?? [];
  return names.some((n) => /vbaProject\.bin$|vbaData\.xml$|activeX/i.test(n));
}

// SVG: scripts, event handlers, javascript: links, embedded documents and anything loaded from elsewhere.
export function hasSvgActiveContent(svg: string): boolean {
  const decoded = svg.replace(/&#x?[0-9a-f]+;?/gi, (entity) => {
    const isHex = /^&#x/i.test(entity);
    const code = Number.parseInt(entity.replace(/^&#x?|;$/gi, ''), isHex ? 16 : 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : '';
  });
  return (
    /<\s*(script|foreignObject|iframe|embed|object|handler|listener)\b/i.test(decoded) ||
    /\son[a-z]+\s*=/i.test(decoded) ||
    /(java|vb)script\s*:/i.test(decoded.replace(/\s+/g, '')) ||
    /<!ENTITY/i.test(decoded) ||
    /(xlink:)?href\s*=\s*["']\s*(?!#)[^"']+["']/i.test(decoded) ||
    /url\(\s*["']?\s*(?!#)[^)]+\)/i.test(decoded) ||
    /@import/i.test(decoded)
  );
}

/** The names in a zip file's central directory, or null when it is not a readable zip. */
export function zipEntryNames(zip: Buffer): string[] | null {
  const minEnd = Math.max(0, zip.length - 65_557);
  let end = -1;
  for (let i = zip.length - 22; i >= minEnd; i -= 1) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i += 1) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== 0x02014b50) return null;
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    names.push(zip.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}
