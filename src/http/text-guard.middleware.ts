import { createMiddleware } from 'hono/factory';
import { AppError } from '../platform/errors.ts';
import type { TAppEnv } from './app-env.ts';

/**
 * One gate for text that arrives in a request: the path, every query parameter and every text field of
 * a form (URL-encoded or multipart; uploaded files are not text and are left to the file checks). Text
 * must be well-formed UTF-8 (no overlong forms, no encoded surrogates, no cut-off sequences) and hold no
 * NUL or other control character except tab and line breaks. Anything else is refused with 400
 * (`invalid_text`) before a route or a database sees it, so SQLite and PostgreSQL answer alike.
 */
export function textGuard() {
  return createMiddleware<TAppEnv>(async (c, next) => {
    const url = new URL(c.req.url);
    if (!isCleanPercentEncoded(url.pathname) || !isCleanPercentEncoded(url.search.slice(1))) {
      throw new AppError('invalid_text');
    }
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.raw.body) {
      const type = c.req.header('content-type') ?? '';
      if (/^application\/x-www-form-urlencoded/i.test(type)) {
        const body = Buffer.from(await c.req.raw.clone().arrayBuffer());
        if (!isCleanPercentEncoded(body.toString('latin1'))) throw new AppError('invalid_text');
      } else if (/^multipart\/form-data/i.test(type)) {
        const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(type);
        const body = Buffer.from(await c.req.raw.clone().arrayBuffer());
        if (boundary && !multipartTextIsClean(body, boundary[1] ?? boundary[2] ?? '')) {
          throw new AppError('invalid_text');
        }
      }
    }
    await next();
  });
}

/** NUL and the other C0 control characters, except tab, line feed and carriage return. */
function hasForbiddenCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return true;
  }
  return false;
}

// With the u flag a surrogate class matches only a half without its partner.
const loneSurrogate = /[\uD800-\uDFFF]/u;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Whether bytes are UTF-8 text with no forbidden control character. */
export function isCleanText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return false;
  }
  return !hasForbiddenCharacter(text);
}

/** Whether a string that reached us in JavaScript (already decoded) is clean: no control character, no lone surrogate. */
export function isCleanString(text: string): boolean {
  return !hasForbiddenCharacter(text) && !loneSurrogate.test(text);
}

/**
 * Percent-decodes a path, a query string or a URL-encoded body (the separators `&` and `=` are never
 * encoded, so the whole string can be checked at once) and checks the bytes. A `%` not followed by two
 * hex digits stays as it is, as URL parsers read it.
 */
export function isCleanPercentEncoded(encoded: string): boolean {
  if (!encoded.includes('%')) return isCleanString(encoded);
  const bytes: number[] = [];
  for (let i = 0; i < encoded.length; i += 1) {
    const code = encoded.charCodeAt(i);
    if (code === 0x25 && /^[0-9a-fA-F]{2}$/.test(encoded.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(encoded.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (code < 0x100) {
      // ASCII, or a raw byte of a body read as latin1.
      bytes.push(code);
    } else {
      for (const byte of Buffer.from(encoded[i] ?? '', 'utf8')) bytes.push(byte);
    }
  }
  return isCleanText(Uint8Array.from(bytes));
}

/** Checks the names and values of the text parts of a multipart body; parts that carry a file are skipped. */
export function multipartTextIsClean(body: Buffer, boundary: string): boolean {
  if (!boundary) return true;
  const delimiter = Buffer.from(`--${boundary}`);
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const headersStart = at + delimiter.length + 2;
    const headersEnd = body.indexOf('\r\n\r\n', headersStart);
    if (headersEnd < 0) return true;
    const next = body.indexOf(delimiter, headersEnd + 4);
    if (next < 0) return true;
    const headers = body.subarray(headersStart, headersEnd);
    const disposition = /content-disposition:[^\r\n]*/i.exec(headers.toString('latin1'))?.[0] ?? '';
    if (!isCleanText(headers)) return false;
    if (!/;\s*filename\*?=/i.test(disposition)) {
      const valueEnd = next >= 2 && body[next - 2] === 0x0d && body[next - 1] === 0x0a ? next - 2 : next;
      if (!isCleanText(body.subarray(headersEnd + 4, valueEnd))) return false;
    }
    at = next;
  }
  return true;
}
