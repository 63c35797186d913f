/**
 * The text of a document as the extractors read it: lines with their offsets, sentences, and digits
 * of every script read as ASCII digits. Offsets always point into the text as it was imported, so a
 * curator sees the very characters a field came from.
 */
export type TLine = { text: string; start: number; end: number };

/** Lines of the text with offsets (end exclusive), trimmed, blank lines kept as empty text. */
export function linesOf(text: string): TLine[] {
  const lines: TLine[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    lines.push({ text: trimmed, start: at + lead, end: at + lead + trimmed.length });
    at += raw.length + 1;
  }
  return lines;
}

/** Arabic-Indic (٠–٩) and Eastern Arabic-Indic (۰–۹) digits as ASCII, one character for one. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

const SENTENCE_END = /[.!?؟。]\s|\n/g;

/** The sentence around [start, end): from the previous sentence end (or line start) to the next. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const after = m.index + m[0].length;
    if (after <= start) from = after;
    else break;
  }
  let to = text.length;
  SENTENCE_END.lastIndex = Math.max(end - 1, 0);
  const next = SENTENCE_END.exec(text);
  if (next) to = next.index + (next[0] === '\n' ? 0 : 1);
  while (from < start && /\s/.test(text[from] ?? '')) from++;
  return { start: Math.min(from, start), end: Math.max(to, end) };
}

/** Sentences of a stretch of text, with offsets into the whole text. */
export function sentencesOf(text: string, from = 0, to = text.length): TLine[] {
  const found: TLine[] = [];
  const re = /[^.!?؟\n]+(?:[.!?؟]+|$)/gmu;
  const part = text.slice(from, to);
  for (let m = re.exec(part); m; m = re.exec(part)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed)
      found.push({
        text: trimmed,
        start: from + m.index + lead,
        end: from + m.index + lead + trimmed.length,
      });
  }
  return found;
}

/** Case, accents and Arabic letter variants aside, for keyword tests. */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase();
}

/** A bullet or number that opens a list item ("•", "-", "1.", "2)", "a)"), and its length. */
export function listMarkerOf(line: string): number {
  const m = /^(?:[•·●▪◦‣∙\-*–—]\s*|[0-9\u0660-\u0669]{1,2}[.)]\s+|[a-z][.)]\s+)/u.exec(line);
  return m ? m[0].length : 0;
}
