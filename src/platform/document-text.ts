/**
 * The text of a document in reading order, for reading fields out of it (docs/adr/0067): a PDF's
 * text layer line by line with headings (lines set larger than the body) on lines of their own, a
 * DOCX through mammoth's HTML, a saved web page's main content through Readability (scripts,
 * navigation and footers left out). Runs in the sandbox process (ADR 0029): the file is untrusted.
 */
import { parseHTML } from 'linkedom';

export type TDocumentType = 'pdf' | 'docx' | 'html' | 'text';

export type TDocumentText =
  | { isRead: true; text: string; title: string | null; pages: number }
  | { isRead: false; reason: 'no_text' | 'encrypted' | 'unreadable' | 'too_large' };

/** Declared size of a DOCX's parts together, past which it is refused as a zip bomb. */
export const docxMaxInflatedBytes = 200 * 1024 * 1024;
const MAX_TEXT = 400_000;
const HEADING_RATIO = 1.25;

type TPdfItem = { str: string; height: number; y: number; x: number; hasEOL: boolean };

/** Lines of one page: items joined by their baseline; a new line where the baseline moves. */
function pdfLines(items: readonly TPdfItem[]): { text: string; height: number }[] {
  const lines: { text: string; height: number; y: number }[] = [];
  let current: { text: string; height: number; y: number } | null = null;
  for (const item of items) {
    const isNewLine = current === null || Math.abs(item.y - current.y) > Math.max(2, item.height * 0.5);
    if (isNewLine && item.str.trim() !== '') {
      if (current?.text.trim()) lines.push(current);
      current = { text: item.str, height: item.height, y: item.y };
    } else if (current) {
      current.text += item.str;
      current.height = Math.max(current.height, item.height);
    }
    if (item.hasEOL && current) {
      if (current.text.trim()) lines.push(current);
      current = null;
    }
  }
  if (current?.text.trim()) lines.push(current);
  return lines.map((l) => ({
    text: logicalArabicLine(l.text.replace(/\s+/g, ' ').trim()),
    height: l.height,
  }));
}

const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const LTR_RUN = /[0-9A-Za-z\u00C0-\u024F]+(?:[:.,/%-][0-9A-Za-z\u00C0-\u024F]+)*/gu;
const MIRRORED: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[' };

/**
 * A line of Arabic a PDF stores in visual order with presentation forms (as browsers print it): read
 * right to left again, brackets turned back, runs of digits and Latin letters kept in
 * their own order, then letters made plain (NFKC). Lines in logical order are left as they are.
 */
export function logicalArabicLine(line: string): string {
  if (!PRESENTATION_FORMS.test(line)) return line;
  const reversed = [...line]
    .reverse()
    .map((c) => MIRRORED[c] ?? c)
    .join('');
  // Letters stored as plain Arabic (not presentation forms) come in logical order already: turned back.
  return reversed
    .replace(LTR_RUN, (run) => [...run].reverse().join(''))
    .replace(/[\u0600-\u06FF]{2,}/gu, (run) => [...run].reverse().join(''))
    .normalize('NFKC');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function readPdf(bytes: Uint8Array): Promise<TDocumentText> {
  const { getDocumentProxy } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { stopAtErrors: false });
  } catch (error) {
    const name = (error as { name?: string })?.name ?? '';
    return { isRead: false, reason: name === 'PasswordException' ? 'encrypted' : 'unreadable' };
  }
  const pages: { text: string; height: number }[][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const items: TPdfItem[] = [];
    for (const raw of content.items) {
      if (!('str' in raw)) continue;
      items.push({
        str: raw.str,
        height: raw.height,
        x: raw.transform[4] ?? 0,
        y: raw.transform[5] ?? 0,
        hasEOL: raw.hasEOL,
      });
    }
    pages.push(pdfLines(items));
    page.cleanup();
  }
  await pdf.cleanup();
  const body = median(
    pages
      .flat()
      .map((l) => l.height)
      .filter((h) => h > 0),
  );
  const isHeading = (l: { height: number }) => body > 0 && l.height >= body * HEADING_RATIO;
  const out: string[] = [];
  for (const lines of pages) {
    for (const line of lines) {
      if (isHeading(line)) out.push('', line.text, '');
      else out.push(line.text);
    }
    out.push('');
  }
  const text = out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (text.replace(/[^\p{L}\p{N}]/gu, '').length < 20) return { isRead: false, reason: 'no_text' };
  const first = pages[0] ?? [];
  const largest = first.reduce<{ text: string; height: number } | null>(
    (best, l) => (best === null || l.height > best.height ? l : best),
    null,
  );
  const title = largest && isHeading(largest) ? largest.text : null;
  return { isRead: true, text: text.slice(0, MAX_TEXT), title, pages: pages.length };
}

const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'TABLE',
  'TR',
  'BLOCKQUOTE',
  'UL',
  'OL',
  'PRE',
  'BR',
  'HR',
  'FIGURE',
  'DL',
  'DT',
  'DD',
]);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const DROPPED =
  'script, style, noscript, template, iframe, object, embed, svg, canvas, form, nav, header, footer, aside, button, select';

type TNode = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<TNode> };

/** Text of HTML with its structure: a line per block, headings apart, "• " before list items. */
export function htmlToText(root: TNode): string {
  const out: string[] = [];
  let line = '';
  const flush = () => {
    if (line.trim()) out.push(line.replace(/\s+/g, ' ').trim());
    line = '';
  };
  const walk = (node: TNode) => {
    if (node.nodeType === 3) {
      line += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (HEADINGS.has(name)) {
      flush();
      out.push('');
      for (const child of Array.from(node.childNodes)) walk(child);
      flush();
      out.push('');
      return;
    }
    if (name === 'LI') {
      flush();
      line = '• ';
      for (const child of Array.from(node.childNodes)) walk(child);
      flush();
      return;
    }
    if (name === 'TD' || name === 'TH') line += ' ';
    const isBlock = BLOCKS.has(name);
    if (isBlock) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (isBlock) flush();
  };
  walk(root);
  flush();
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function decodeHtml(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const charset = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  try {
    return new TextDecoder(charset && charset !== 'utf-8' ? charset : 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

export async function readHtml(bytes: Uint8Array): Promise<TDocumentText> {
  const html = decodeHtml(bytes);
  const { document } = parseHTML(html);
  const pageTitle = document.querySelector('h1')?.textContent?.trim() || document.title?.trim() || null;
  for (const node of Array.from(
    document.querySelectorAll('script, style, noscript, template, iframe, object, embed'),
  ))
    node.remove();
  const { Readability } = await import('@mozilla/readability');
  // Readability changes the document it reads; it gets a copy, the fallback keeps the original.
  const article = new Readability(parseHTML(document.toString()).document as unknown as Document, {
    charThreshold: 200,
  }).parse();
  let text = '';
  if (article?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    for (const node of Array.from(content.querySelectorAll(DROPPED))) node.remove();
    text = htmlToText(content.body as unknown as TNode);
  }
  if (text.length < 200) {
    for (const node of Array.from(document.querySelectorAll(DROPPED))) node.remove();
    text = htmlToText(document.body as unknown as TNode);
  }
  if (!text.trim()) return { isRead: false, reason: 'no_text' };
  const title = pageTitle || article?.title?.trim() || null;
  const withTitle = title && !text.startsWith(title) ? `${title}\n\n${text}` : text;
  return { isRead: true, text: withTitle.slice(0, MAX_TEXT), title, pages: 1 };
}

export async function readDocx(bytes: Uint8Array): Promise<TDocumentText> {
  const { unzipSync } = await import('fflate');
  let declared = 0;
  unzipSync(bytes, {
    filter: (file) => {
      declared += file.originalSize;
      return false;
    },
  });
  if (declared > docxMaxInflatedBytes) return { isRead: false, reason: 'too_large' };
  const mammoth = await import('mammoth');
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch {
    return { isRead: false, reason: 'unreadable' };
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const title = document.querySelector('h1, h2')?.textContent?.trim() || null;
  const text = htmlToText(document.body as unknown as TNode);
  if (!text.trim()) return { isRead: false, reason: 'no_text' };
  return { isRead: true, text: text.slice(0, MAX_TEXT), title, pages: 1 };
}

export function readPlain(bytes: Uint8Array): TDocumentText {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/\r\n?/g, '\n').trim();
  if (!text) return { isRead: false, reason: 'no_text' };
  return { isRead: true, text: text.slice(0, MAX_TEXT), title: null, pages: 1 };
}

export function readDocumentText(bytes: Uint8Array, type: TDocumentType): Promise<TDocumentText> {
  if (type === 'pdf') return readPdf(bytes);
  if (type === 'docx') return readDocx(bytes);
  if (type === 'html') return readHtml(bytes);
  return Promise.resolve(readPlain(bytes));
}

/** Whether bytes look like a web page (a saved HTML file) rather than plain text. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 4096))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return (
    head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body|meta|title)[\s>]/.test(head)
  );
}

/** Whether bytes are text (UTF-8 without NUL bytes). */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.subarray(0, 8192).includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 65536));
    return true;
  } catch {
    // A multi-byte character cut at the sample's end is still text.
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 65532));
      return true;
    } catch {
      return false;
    }
  }
}
