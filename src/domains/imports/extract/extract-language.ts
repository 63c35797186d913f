import { detectLanguage, UNDETERMINED } from '../../../platform/search/languages.ts';
import type { TProposedField } from '../imports.schemas.ts';
import { linesOf } from './source-text.ts';

/**
 * The document's language (franc for Latin script, the script for Arabic and Cyrillic, as search
 * reads records). Each paragraph is read too: a second language holding a quarter of the text or
 * more is named beside the first, so a curator knows the document is in two languages.
 */
const MIN_PARAGRAPH = 80;
const SECOND_SHARE = 0.25;

export function extractLanguage(text: string): TProposedField {
  const paragraphs = linesOf(text).filter((l) => l.text.length >= MIN_PARAGRAPH);
  const share = new Map<string, number>();
  let total = 0;
  for (const p of paragraphs) {
    const language = detectLanguage(p.text);
    if (language === UNDETERMINED) continue;
    share.set(language, (share.get(language) ?? 0) + p.text.length);
    total += p.text.length;
  }
  const ranked = [...share.entries()].sort((a, b) => b[1] - a[1]);
  const whole = detectLanguage(text.slice(0, 4000));
  const main = ranked[0]?.[0] ?? whole;
  const value = main === UNDETERMINED ? whole : main;
  const second = ranked.find(([l, n]) => l !== value && total > 0 && n / total >= SECOND_SHARE);
  const mainShare = total > 0 ? (share.get(value) ?? 0) / total : 0.5;
  return {
    field: 'language',
    value,
    start: -1,
    end: -1,
    confidence: value === UNDETERMINED ? 0 : Math.round(Math.max(0.5, mainShare) * 100) / 100,
    decision: 'proposed',
    ...(second ? { detail: { also: second[0] } } : {}),
  };
}
