import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { plainProseText } from './plain-prose.ts';

/**
 * Markdown written by people, turned into HTML that is safe to put in a page: raw HTML in the
 * source is dropped or escaped by an allowlist, links keep only http(s) and mailto addresses, and
 * every link opens without handing over the page (rel="nofollow noopener noreferrer").
 */
const marked = new Marked({ gfm: true, breaks: false, async: false });
/** For text people type in a box (letters, About texts): a line break they typed stays one. */
const markedWithBreaks = new Marked({ gfm: true, breaks: true, async: false });

const allowedTags = [
  'p',
  'br',
  'hr',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'em',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags,
  allowedAttributes: { a: ['href', 'title', 'rel'], th: ['scope'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // A heading of level 1 would compete with the page's own title.
  transformTags: {
    h1: 'h2',
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, rel: 'nofollow noopener noreferrer' },
    }),
  },
};

export function renderMarkdown(source: string, options: { keepLineBreaks?: boolean } = {}): string {
  const html = (options.keepLineBreaks ? markedWithBreaks : marked).parse(source, { async: false });
  return sanitizeHtml(html, sanitizeOptions);
}

/**
 * A source Markdown reads as plain paragraphs: no character that opens inline markup, an entity, HTML
 * or an escape, no line that starts a block (heading, quote, list, rule, table, fence, setext
 * underline), no hard line break (two spaces before a newline), no NUL. Its text is the source with
 * its white space collapsed, which is what rendering and stripping it gives (markdown.test.ts checks
 * the two agree); the bulk import's generated and migrated bodies are mostly such prose.
 */
const MARKUP_CHARACTER = /[\\`*_[\]<>&!|~#]| {2,}\r?\n/;
const BLOCK_LINE_START = /^[ \t]*(?:[-+=:]|\d{1,9}[.)])/m;

export function isPlainProse(source: string): boolean {
  return (
    !MARKUP_CHARACTER.test(source) &&
    !BLOCK_LINE_START.test(source) &&
    !source.includes(String.fromCharCode(0))
  );
}

/** The text of a Markdown source without markup, for snippets, feeds and the search index. */
export function markdownToText(source: string): string {
  // The same test and text as `isPlainProse` and collapsing white space, in one pass (plain-prose.ts).
  return plainProseText(source) ?? renderedText(source);
}

/** The text of a Markdown source through rendering and stripping (exported for the test of the fast path). */
export function renderedText(source: string): string {
  const html = marked.parse(source, { async: false });
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
