import type { TProposedField } from '../imports.schemas.ts';
import { findDates } from './extract-dates.ts';
import { linesOf, listMarkerOf, sentencesOf } from './source-text.ts';

/**
 * The title: the first line near the top that reads like a heading (three words or more, not a date,
 * not a list item, not a sentence that runs on); otherwise the first sentence, with less confidence.
 * A saved page's own title (HTML <title>, a DOCX heading) is given as `hint` and wins when present.
 */
const MAX_TITLE = 200;
const MIN_WORDS = 3;
const LOOK_LINES = 8;
const LONG_PARAGRAPH = 200;

function wordCount(line: string): number {
  return line.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

function isDateLine(line: string): boolean {
  const dates = findDates(line);
  const covered = dates.reduce((n, d) => n + (d.end - d.start), 0);
  return dates.length > 0 && covered >= line.replace(/[^\p{L}\p{N}]/gu, '').length * 0.5;
}

export function extractTitle(text: string, hint?: string | null): TProposedField | null {
  if (hint?.trim()) {
    const at = text.indexOf(hint.trim());
    return {
      field: 'title',
      value: hint.trim().slice(0, MAX_TITLE),
      start: at,
      end: at < 0 ? -1 : at + hint.trim().length,
      confidence: 0.9,
      decision: 'proposed',
    };
  }
  const lines = linesOf(text).filter((l) => l.text.length > 0);
  const firstLong = lines.findIndex((l) => l.text.length >= LONG_PARAGRAPH);
  const candidates = lines.slice(0, firstLong >= 0 ? Math.min(firstLong, LOOK_LINES) : LOOK_LINES);
  for (const line of candidates) {
    const t = line.text;
    if (t.length > MAX_TITLE || wordCount(t) < MIN_WORDS || isDateLine(t) || listMarkerOf(t) > 0) continue;
    if (/[:;,]$/.test(t) || /\s[|·•]\s/.test(t)) continue;
    const sentences = sentencesOf(t);
    if (sentences.length > 1) continue;
    return {
      field: 'title',
      value: t.replace(/[.。]$/, ''),
      start: line.start,
      end: line.end,
      confidence: t.endsWith('.') ? 0.6 : 0.85,
      decision: 'proposed',
    };
  }
  const first = lines.find((l) => wordCount(l.text) >= MIN_WORDS && !isDateLine(l.text));
  if (!first) return null;
  const sentence = sentencesOf(text, first.start, first.end)[0] ?? first;
  // A dateline or a lead-in ("Place, Occasion - …", "Subject: …") reads as a title by itself.
  const clause = /^(.{12,160}?)\s+[-–—:]\s+/u.exec(sentence.text)?.[1];
  const chosen = clause && wordCount(clause) >= MIN_WORDS ? clause : sentence.text;
  const value = chosen.length > MAX_TITLE ? `${chosen.slice(0, MAX_TITLE - 1)}…` : chosen;
  return {
    field: 'title',
    value,
    start: sentence.start,
    end: sentence.start + Math.min(chosen.length, sentence.text.length),
    confidence: 0.4,
    decision: 'proposed',
  };
}
