import { inflateSync } from 'node:zlib';
import type { PDFContext, PDFObject } from '@cantoo/pdf-lib';
import { unzipSync } from 'fflate';

/**
 * What an uploaded file really is, from its bytes rather than its name or the browser's word, and
 * whether it carries active content (scripts inside PDFs and SVGs, macros inside Word files). PDFs are
 * read with a real parser (pdf-lib) and zips with fflate; see docs/adr/0029-untrusted-files.md.
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

/**
 * Whether a PDF names an encryption dictionary (`/Encrypt` in its trailer or cross-reference stream): its
 * streams cannot be checked, so it is refused, and the person should hear that a password is the reason.
 */
export function isPdfEncrypted(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('/Encrypt');
}

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
 * extension must agree with the bytes, and the file must hold no active content. PDFs are parsed
 * (which costs time on a large file), so services call this through `checkUploadInSandbox`.
 */
export async function inspectUpload(
  bytes: Uint8Array,
  fileName: string,
  accepted: readonly TDetectedType[],
): Promise<TFileVerdict> {
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
  if (type === 'pdf' && (await pdfVerdict(buffer)) !== 'clean')
    return { isAccepted: false, reason: 'active_content' };
  if (type === 'docx' && hasDocxActiveContent(buffer)) return { isAccepted: false, reason: 'active_content' };
  if (type === 'svg') {
    const svg = buffer.toString('utf8');
    if (hasSvgActiveContent(svg) || !isSvgExpansionBounded(svg))
      return { isAccepted: false, reason: 'active_content' };
  }
  return { isAccepted: true, type, contentType: contentTypes[type] };
}

// PDF: names that run code or launch things. Names may hide letters as #xx escapes, and objects may
// sit in compressed object streams, so both are undone before looking.
const pdfActiveNames =
  /\/(JavaScript|JS|Launch|EmbeddedFiles?|RichMedia|SubmitForm|ImportData)(?![A-Za-z0-9])/;
const pdfActiveNameSet = new Set([
  'JavaScript',
  'JS',
  'Launch',
  'EmbeddedFile',
  'EmbeddedFiles',
  'RichMedia',
  'SubmitForm',
  'ImportData',
]);

/** What all streams of one PDF may inflate to, together; past it the file is not checked but refused. */
export const pdfInflateBudgetBytes = 64 * 1024 * 1024;

export type TPdfVerdict = 'clean' | 'active' | 'uncheckable';

/**
 * Two looks at a PDF, both must find it clean:
 * 1. Every stream, by its keywords (each "stream" up to its own "endstream"), inflated within one
 *    budget for the whole file: names hidden in any compressed stream are seen, and a file that would
 *    inflate past the budget (a "zip bomb") is refused before a parser expands it. An object stream
 *    with a filter we cannot bound, or an encrypted file with object streams, cannot be checked.
 * 2. A real parser (pdf-lib) reads every object, those inside object streams included, and every
 *    name in every dictionary and array is compared with the active ones.
 */
export async function pdfVerdict(pdf: Buffer): Promise<TPdfVerdict> {
  const scanned = scanPdfStreams(pdf);
  if (scanned !== 'clean') return scanned;
  return (await hasParsedPdfActiveName(pdf)) ? 'active' : 'clean';
}

/** Kept for callers that only need a yes or no (anything not clean counts as active). */
export async function hasPdfActiveContent(pdf: Buffer): Promise<boolean> {
  return (await pdfVerdict(pdf)) !== 'clean';
}

export function scanPdfStreams(pdf: Buffer, budget = pdfInflateBudgetBytes): TPdfVerdict {
  const text = pdf.toString('latin1');
  if (pdfActiveNames.test(decodePdfNames(text))) return 'active';
  const isEncrypted = /\/Encrypt(?![A-Za-z0-9])/.test(text);
  let remaining = budget;
  // "stream" not preceded by "end": the keyword that opens a stream, never the one that closes it.
  const streamPattern = /(?<![A-Za-z])stream\r?\n/g;
  for (let match = streamPattern.exec(text); match; match = streamPattern.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    const objectStart = text.lastIndexOf(' obj', match.index);
    const dictionary = decodePdfNames(text.slice(Math.max(0, objectStart, match.index - 4096), match.index));
    const filters = pdfFilters(dictionary);
    const isStructural = /\/Type\s*\/(ObjStm|XRef)(?![A-Za-z0-9])/.test(dictionary);
    if (isEncrypted && /\/Type\s*\/ObjStm(?![A-Za-z0-9])/.test(dictionary)) return 'uncheckable';
    if (filters.length > 0 && filters.every((f) => f === 'FlateDecode' || f === 'Fl')) {
      let data: Buffer = pdf.subarray(start, end);
      try {
        for (const _ of filters) {
          data = inflateSync(data, { maxOutputLength: Math.max(1, remaining) });
          remaining -= data.byteLength;
        }
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return 'uncheckable';
        // Not a well-formed stream: nothing readable to scan (a parser cannot read it either).
        data = Buffer.alloc(0);
      }
      if (remaining <= 0) return 'uncheckable';
      if (data.byteLength > 0 && pdfActiveNames.test(decodePdfNames(data.toString('latin1'))))
        return 'active';
    } else if (filters.length > 0 && isStructural) {
      return 'uncheckable';
    }
    streamPattern.lastIndex = end + 'endstream'.length;
  }
  return 'clean';
}

function pdfFilters(dictionary: string): string[] {
  const value = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dictionary)?.[1] ?? '';
  return [...value.matchAll(/\/([A-Za-z0-9]+)/g)].map((m) => m[1] ?? '');
}

async function hasParsedPdfActiveName(pdf: Buffer): Promise<boolean> {
  // Loaded on first use: pdf-lib is large, and most processes never parse a PDF.
  const { PDFArray, PDFDict, PDFName, PDFParser, PDFStream } = await import('@cantoo/pdf-lib');
  let context: PDFContext;
  try {
    context = await PDFParser.forBytesWithOptions(pdf, Number.POSITIVE_INFINITY, false).parseDocument();
  } catch {
    // What the parser cannot read, the stream scan above has already read as text.
    return false;
  }
  const pending: PDFObject[] = context.enumerateIndirectObjects().map(([, object]) => object);
  let visited = 0;
  for (let object = pending.pop(); object; object = pending.pop()) {
    visited += 1;
    if (visited > 5_000_000) return true;
    if (object instanceof PDFName) {
      if (pdfActiveNameSet.has(object.decodeText())) return true;
    } else if (object instanceof PDFDict) {
      for (const [key, value] of object.entries()) pending.push(key, value);
    } else if (object instanceof PDFArray) {
      pending.push(...object.asArray());
    } else if (object instanceof PDFStream) {
      pending.push(object.dict);
    }
  }
  return false;
}

function decodePdfNames(text: string): string {
  return text.replace(/\/[^\s/<>[\]()]+/g, (name) =>
    name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
  );
}

// DOCX: macros, ActiveX controls, a macro-enabled document type, or a template fetched from elsewhere.
const docxSmallParts = new Set(['[Content_Types].xml', 'word/_rels/settings.xml.rels']);

function hasDocxActiveContent(docx: Buffer): boolean {
  const names: string[] = [];
  const small: Record<string, Uint8Array> = (() => {
    try {
      return unzipSync(docx, {
        filter: (file) => {
          names.push(file.name);
          // Only small parts are inflated (at most ~64 KB compressed, so a bounded size).
          return docxSmallParts.has(file.name) && file.size <= 64 * 1024;
        },
      });
    } catch {
      return {};
    }
  })();
  if (names.some((n) => /vbaProject\.bin$|vbaData\.xml$|activeX/i.test(n))) return true;
  const contentTypes = Buffer.from(small['[Content_Types].xml'] ?? []).toString('utf8');
  if (/macroEnabled/i.test(contentTypes)) return true;
  const settingsRelations = Buffer.from(small['word/_rels/settings.xml.rels'] ?? []).toString('utf8');
  return /TargetMode\s*=\s*["']External["']/i.test(settingsRelations);
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

/** How many elements an SVG may draw once every `<use>` is expanded; a logo needs a few thousand. */
export const svgMaxExpandedElements = 20_000;

/**
 * Whether an SVG stays small once its references are expanded. `<use>` copies an element (and all it
 * holds) by id; nested copies multiply ("billion laughs": ten uses of ten uses of … draw 10⁸ shapes
 * from 1.6 KB) and a copy of an element that holds the copy never ends. We count what would be drawn
 * and refuse cycles and anything over `svgMaxExpandedElements`.
 */
export function isSvgExpansionBounded(svg: string, limit = svgMaxExpandedElements): boolean {
  const source = svg.replace(/<!--[\s\S]*?-->/g, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  type TNode = { children: TNode[]; id: string | null; ref: string | null };
  const root: TNode = { children: [], id: null, ref: null };
  const stack: TNode[] = [root];
  const byId = new Map<string, TNode>();
  const tagPattern =
    /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<[?!][^>]*>/g;
  let elements = 0;
  for (const match of source.matchAll(tagPattern)) {
    const [, closing, name, attributes = '', selfClosing] = match;
    if (!name) continue;
    if (closing) {
      if (stack.length > 1) stack.pop();
      continue;
    }
    elements += 1;
    if (elements > limit) return false;
    const id = /\sid\s*=\s*["']([^"']*)["']/.exec(attributes)?.[1] ?? null;
    const href = /\s(?:xlink:)?href\s*=\s*["']\s*#([^"']*)["']/.exec(attributes)?.[1] ?? null;
    const node: TNode = { children: [], id, ref: href };
    stack[stack.length - 1]?.children.push(node);
    if (id !== null && !byId.has(id)) byId.set(id, node);
    if (!selfClosing) stack.push(node);
  }
  // Every "<" must have been a tag we read: otherwise we do not know what the file draws.
  if ((source.match(/</g) ?? []).length !== [...source.matchAll(tagPattern)].length) return false;
  const sizes = new Map<TNode, number>();
  const inProgress = new Set<TNode>();
  const drawn = (node: TNode): number => {
    const known = sizes.get(node);
    if (known !== undefined) return known;
    if (inProgress.has(node)) return Number.POSITIVE_INFINITY;
    inProgress.add(node);
    let total = 1;
    for (const child of node.children) {
      total += drawn(child);
      if (total > limit) break;
    }
    const target = node.ref !== null ? byId.get(node.ref) : undefined;
    if (target) total += drawn(target);
    inProgress.delete(node);
    sizes.set(node, total);
    return total;
  };
  return drawn(root) <= limit;
}

/** The names in a zip file's central directory (read by fflate, nothing inflated), or null when it is not a readable zip. */
export function zipEntryNames(zip: Uint8Array): string[] | null {
  const names: string[] = [];
  try {
    unzipSync(zip, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch {
    return null;
  }
  return names;
}
