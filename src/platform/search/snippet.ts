import type { TAnalyser } from './analyser.ts';
import { queryTokens, type TAnalysedQuery } from './query-model.ts';
import type { TWord } from './words.ts';

/**
 * Snippets are cut in JavaScript from the stored original text (the indexes hold only tokens): the
 * words around the first match, each matching word — by stem, by prefix, or inside a phrase that
 * names a concept of the query — in <mark>, everything else HTML-escaped.
 */
const WORDS_BEFORE = 8;
const MAX_SNIPPET_CHARS = 240;
/** Long bodies are scanned for a first match only this far, a piece at a time (analysing is the cost). */
const MAX_SCAN_CHARS = 20_000;
const PIECE_CHARS = 900;
/** Each piece starts this much before the previous one ended, for a match's context and for phrases. */
const PIECE_OVERLAP = 160;

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

export type TSnippetSource = { summary: string; body: string; language: string };

export function buildSnippet(
  analyser: TAnalyser,
  doc: TSnippetSource,
  query: TAnalysedQuery | undefined,
): string {
  if (query && !query.isEmpty) {
    for (const field of [doc.summary, doc.body]) {
      const text = field.length > MAX_SCAN_CHARS ? field.slice(0, MAX_SCAN_CHARS) : field;
      for (const [start, end] of pieces(text)) {
        const piece = text.slice(start, end);
        const { words, marked } = markMatches(analyser, piece, doc.language, query);
        if (marked.size > 0) {
          const html = markedWindow(piece, words, marked, start > 0);
          return end < field.length && !html.endsWith('…') ? `${html} …` : html;
        }
      }
    }
  }
  return plainStart(doc.summary.trim() || doc.body);
}

/** [start, end) of overlapping pieces of a text, cut at white space. */
function pieces(text: string): Array<[number, number]> {
  if (text.length <= PIECE_CHARS) return [[0, text.length]];
  const result: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + PIECE_CHARS);
    if (end < text.length) {
      const space = text.indexOf(' ', end);
      end = space === -1 ? text.length : space;
    }
    result.push([start, end]);
    if (end >= text.length) break;
    const next = text.indexOf(' ', Math.max(start + 1, end - PIECE_OVERLAP));
    start = next === -1 || next >= end ? end : next + 1;
  }
  return result;
}

/** A short text (a title) with every matching word in <mark>, everything else escaped. */
export function highlightText(
  analyser: TAnalyser,
  text: string,
  language: string,
  query: TAnalysedQuery | undefined,
): string {
  if (!query || query.isEmpty) return escapeHtml(text);
  const { words, marked } = markMatches(analyser, text, language, query);
  let html = '';
  let at = 0;
  words.forEach((w, i) => {
    if (!marked.has(i)) return;
    html += `${escapeHtml(text.slice(at, w.start))}<mark>${escapeHtml(text.slice(w.start, w.end))}</mark>`;
    at = w.end;
  });
  return html + escapeHtml(text.slice(at));
}

/** Indices of the words that match the query: by form, by prefix, or inside a phrase naming a query concept. */
function markMatches(analyser: TAnalyser, text: string, language: string, query: TAnalysedQuery) {
  const { terms, prefixes } = queryTokens(query);
  const concepts = new Set(query.concepts);
  const { words, concepts: found } = analyser.analyseText(text, language);
  const marked = new Set<number>();
  words.forEach((w, i) => {
    if (isWordMatch(w, terms, prefixes)) marked.add(i);
  });
  for (const c of found) {
    if (concepts.has(c.conceptId)) for (let i = c.start; i < c.end; i++) marked.add(i);
  }
  return { words, marked };
}

function isWordMatch(word: TWord, terms: Set<string>, prefixes: string[]): boolean {
  if (word.isStop) return false;
  if (word.forms.some((f) => terms.has(f)) || terms.has(word.raw)) return true;
  return prefixes.some((p) => word.raw.startsWith(p) || word.forms.some((f) => f.startsWith(p)));
}

function markedWindow(text: string, words: TWord[], marked: Set<number>, isCutBefore = false): string {
  const first = Math.min(...marked);
  // Start a few words before the first match; from the beginning when that is close anyway.
  let startWord = Math.max(0, first - WORDS_BEFORE);
  if (!isCutBefore && (words[startWord]?.start ?? 0) < MAX_SNIPPET_CHARS / 4) startWord = 0;
  const start = startWord === 0 ? 0 : (words[startWord]?.start ?? 0);
  let end = Math.min(text.length, start + MAX_SNIPPET_CHARS);
  // End on a word boundary, never inside a word.
  const cut = words.find((w) => w.start < end && w.end > end);
  if (cut) end = cut.start > start ? cut.start : cut.end;
  let html = start > 0 || isCutBefore ? '… ' : '';
  let at = start;
  for (let i = startWord; i < words.length; i++) {
    const w = words[i];
    if (!w || w.start >= end) break;
    if (!marked.has(i)) continue;
    html += escapeHtml(text.slice(at, w.start));
    html += `<mark>${escapeHtml(text.slice(w.start, w.end))}</mark>`;
    at = w.end;
  }
  html += escapeHtml(text.slice(at, end));
  html = html.replace(/\s+/g, ' ').trim();
  return end < text.length ? `${html} …` : html;
}

function plainStart(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= MAX_SNIPPET_CHARS) return escapeHtml(clean);
  const cut = clean.slice(0, MAX_SNIPPET_CHARS);
  const lastSpace = cut.lastIndexOf(' ');
  return `${escapeHtml(lastSpace > MAX_SNIPPET_CHARS / 2 ? cut.slice(0, lastSpace) : cut)} …`;
}
