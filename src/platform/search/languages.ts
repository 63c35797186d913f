import { francAll } from 'franc-min';

/**
 * Language detection restricted to the languages the analyser can stem. franc-min alone is unreliable
 * on a word or two ("guarderías" scores German first), so a hint — the record's declared language or
 * the interface locale — wins for short texts and whenever franc ranks it close to the top.
 */
const FRANC_CODES: Record<string, string> = {
  eng: 'en',
  spa: 'es',
  fra: 'fr',
  rus: 'ru',
  arb: 'ar',
  pol: 'pl',
  deu: 'de',
  ita: 'it',
  por: 'pt',
};
const LATIN_LANGUAGES = new Set(['en', 'es', 'fr', 'pl', 'de', 'it', 'pt']);
const LATIN_FRANC_CODES = Object.keys(FRANC_CODES).filter((c) => LATIN_LANGUAGES.has(FRANC_CODES[c] ?? ''));

export const UNDETERMINED = 'und';

/** Above this share of the best franc score, the hint is taken as the language. */
const HINT_MARGIN = 0.85;
/** Below this many letters, or three words, a text is short and the hint decides. */
const SHORT_TEXT_LETTERS = 24;

export type TScript = 'latin' | 'cyrillic' | 'arabic' | 'other' | 'none';

/** The main script of a text, by counting letters. */
export function dominantScript(text: string): TScript {
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  const counts = { latin: 0, cyrillic: 0, arabic: 0, other: 0 };
  for (const ch of sample) {
    if (/\p{Script=Latin}/u.test(ch)) counts.latin++;
    else if (/\p{Script=Cyrillic}/u.test(ch)) counts.cyrillic++;
    else if (/\p{Script=Arabic}/u.test(ch) && /\p{L}/u.test(ch)) counts.arabic++;
    else if (/\p{L}/u.test(ch)) counts.other++;
  }
  let best: TScript = 'none';
  let bestCount = 0;
  for (const [script, count] of Object.entries(counts) as Array<[TScript, number]>) {
    if (count > bestCount) {
      best = script;
      bestCount = count;
    }
  }
  return best;
}

/** The primary subtag, lower-cased: "es-MX" → "es". */
export function baseLanguage(tag: string | undefined): string {
  return (tag ?? '').toLowerCase().split(/[-_]/)[0] || UNDETERMINED;
}

/** Can a language we know be written in this script? */
export function isScriptOf(language: string, script: TScript): boolean {
  if (script === 'arabic') return language === 'ar';
  if (script === 'cyrillic') return language === 'ru';
  if (script === 'latin') return LATIN_LANGUAGES.has(language);
  return false;
}

/**
 * The language of a text among those we know, or the hint, or "und". Arabic and Cyrillic script are
 * decided by script (we know one language of each); Latin text goes to franc.
 */
export function detectLanguage(text: string, hint?: string): string {
  const hinted = hint ? baseLanguage(hint) : undefined;
  const script = dominantScript(text);
  if (script === 'none' || script === 'other') return hinted ?? UNDETERMINED;
  if (script === 'arabic') return 'ar';
  if (script === 'cyrillic') return 'ru';
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  const words = text.trim().split(/\s+/).length;
  const isShort = letters < SHORT_TEXT_LETTERS || words < 3;
  if (isShort && hinted && isScriptOf(hinted, script)) return hinted;
  const ranked = francAll(text.length > 2000 ? text.slice(0, 2000) : text, {
    only: LATIN_FRANC_CODES,
    minLength: 1,
  });
  const top = ranked[0];
  if (!top || top[0] === UNDETERMINED) return hinted && isScriptOf(hinted, script) ? hinted : UNDETERMINED;
  if (hinted && isScriptOf(hinted, script)) {
    const hintScore = ranked.find(([code]) => FRANC_CODES[code] === hinted)?.[1] ?? 0;
    if (hintScore >= HINT_MARGIN * top[1]) return hinted;
  }
  return FRANC_CODES[top[0]] ?? UNDETERMINED;
}

/**
 * The language a text shows by itself, without a hint: its script's for Arabic and Cyrillic, franc's
 * best for a Latin text long enough to tell (three words and `SHORT_TEXT_LETTERS` letters); none for a
 * short Latin text, which any of several languages could have written (ADR 0126).
 */
export function evidencedLanguage(text: string): string | undefined {
  const script = dominantScript(text);
  if (script === 'arabic' || script === 'cyrillic') return detectLanguage(text);
  if (script !== 'latin') return undefined;
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  if (letters < SHORT_TEXT_LETTERS || text.trim().split(/\s+/).length < 3) return undefined;
  const language = detectLanguage(text);
  return language === UNDETERMINED ? undefined : language;
}

/**
 * The languages franc finds close to the best for a Latin-script text (at most `max`), for short
 * queries that we stem in several languages at once; the script decides for Arabic and Cyrillic.
 */
export function likelyLanguages(text: string, max = 2): string[] {
  const script = dominantScript(text);
  if (script === 'arabic') return ['ar'];
  if (script === 'cyrillic') return ['ru'];
  if (script !== 'latin') return [];
  const ranked = francAll(text.slice(0, 2000), { only: LATIN_FRANC_CODES, minLength: 1 });
  const best = ranked[0]?.[1] ?? 0;
  return ranked
    .filter(([code, score]) => code !== UNDETERMINED && score >= HINT_MARGIN * best)
    .slice(0, max)
    .map(([code]) => FRANC_CODES[code] ?? UNDETERMINED)
    .filter((l) => l !== UNDETERMINED);
}
