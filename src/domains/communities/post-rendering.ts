import { localeTags } from '../../i18n/locales.ts';
import { markdownToText, renderMarkdown } from '../../platform/markdown.ts';
import { detectLanguage } from '../../platform/search/languages.ts';

/**
 * What a post's Markdown becomes on the page: sanitised HTML (platform/markdown.ts drops raw HTML,
 * scripts, `javascript:` links and every image), @mentions of the community's members marked as such
 * (anyone else stays plain text), and the hub records it links to, to be shown as cards.
 */
export type TMentionable = { userId: string; name: string };

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Tags inside which a mention stays as written (code, links). */
const literalTags = new Set(['code', 'pre', 'a']);

/** The sanitised HTML of a post with its members' mentions marked. */
export function renderPostHtml(body: string, members: readonly TMentionable[]): string {
  const html = renderMarkdown(body);
  if (!html.includes('@') || members.length === 0) return html;
  // Longest names first, so "@Ana María" wins over "@Ana".
  const names = [...new Set(members.map((m) => m.name.trim()).filter((n) => n.length > 0))]
    .sort((a, b) => b.length - a.length)
    .map((name) => `@${escapeHtml(name)}`);
  let depth = 0;
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        const tag = /^<\/?([a-z0-9]+)/i.exec(part)?.[1]?.toLowerCase() ?? '';
        if (literalTags.has(tag)) depth += part.startsWith('</') ? -1 : 1;
        return part;
      }
      if (depth > 0 || !part.includes('@')) return part;
      let out = '';
      let rest = part;
      while (rest.length > 0) {
        const at = rest.indexOf('@');
        if (at < 0) {
          out += rest;
          break;
        }
        out += rest.slice(0, at);
        const tail = rest.slice(at);
        const found = names.find((n) => tail.startsWith(n) && !/[\p{L}\p{N}]/u.test(tail.charAt(n.length)));
        if (found) {
          out += `<strong class="mention">${found}</strong>`;
          rest = tail.slice(found.length);
        } else {
          out += '@';
          rest = tail.slice(1);
        }
      }
      return out;
    })
    .join('');
}

/** The members a post mentions (for notifications later): by the same rule as the page. */
export function mentionedMembers(body: string, members: readonly TMentionable[]): TMentionable[] {
  const text = markdownToText(body);
  return members.filter((m) => {
    const at = text.indexOf(`@${m.name}`);
    return at >= 0 && !/[\p{L}\p{N}]/u.test(text.charAt(at + m.name.length + 1));
  });
}

const recordTypeOfPath: Record<string, string> = {
  practices: 'practice',
  members: 'organization',
  events: 'event',
  news: 'news',
  commitments: 'commitment',
  campaigns: 'campaign',
};

/**
 * The hub records a post links to (`/es/practices/manzanas-del-cuidado`, or the same under the hub's
 * own address), in order, without repeats, at most five.
 */
export function linkedRecords(body: string, publicUrl: string): { type: string; slug: string }[] {
  const host = (() => {
    try {
      return new URL(publicUrl).host;
    } catch {
      return '';
    }
  })();
  const locales = localeTags.join('|');
  const kinds = Object.keys(recordTypeOfPath).join('|');
  const pattern = new RegExp(`(?:https?://([^/\\s)]+))?/(?:${locales})/(${kinds})/([A-Za-z0-9%._~-]+)`, 'g');
  const seen = new Set<string>();
  const found: { type: string; slug: string }[] = [];
  for (const match of body.matchAll(pattern)) {
    const [, linkHost, kind = '', rawSlug = ''] = match;
    if (linkHost !== undefined && linkHost !== host) continue;
    const type = recordTypeOfPath[kind];
    let slug = rawSlug;
    try {
      slug = decodeURIComponent(rawSlug);
    } catch {
      continue;
    }
    if (!type || seen.has(`${type}/${slug}`)) continue;
    seen.add(`${type}/${slug}`);
    found.push({ type, slug });
    if (found.length === 5) break;
  }
  return found;
}

/** The language a post is written in: detected from its text, the writer's interface language as the hint. */
export function postLanguage(body: string, hint: string): string {
  const detected = detectLanguage(markdownToText(body), hint);
  return detected === 'und' ? hint : detected;
}
