import { createStemmer, type IsoCode } from 'multilingual-stemmer';

/**
 * Snowball stemmers (multilingual-stemmer, pinned at 2.1.1: the only package with Polish, and the
 * last version that runs on Node 20) for the languages the hub knows. Any other language is indexed
 * unstemmed.
 */
export const STEMMED_LANGUAGES = ['en', 'es', 'fr', 'ru', 'ar', 'pl', 'de', 'it', 'pt'] as const;
export type TStemmedLanguage = (typeof STEMMED_LANGUAGES)[number];

const stemmers = new Map<string, (word: string) => string>();

export function isStemmedLanguage(language: string): language is TStemmedLanguage {
  return (STEMMED_LANGUAGES as readonly string[]).includes(language);
}

/**
 * The stem of a normalised word in a language, or the word itself for a language without a stemmer.
 * Polish gets two extra rules the Snowball stemmer lacks: the fleeting "e" of -ek nouns, so "żłobek"
 * and "żłobki" (both → "żłobk") meet, and the instrumental plural of soft stems ("dziećmi" → "dzieci"). Arabic is prepared so that the stemmer sees one spelling:
 * see `stemArabic`.
 */
export function stemWord(language: string, word: string): string {
  if (!isStemmedLanguage(language)) return word;
  let stemmer = stemmers.get(language);
  if (!stemmer) {
    stemmer = createStemmer(language as IsoCode);
    stemmers.set(language, stemmer);
  }
  if (language === 'ar') return stemArabic(stemmer, word);
  const stem = stemmer(language === 'pl' ? softInstrumental(word) : word);
  if (language === 'pl' && stem.length >= 5 && stem.endsWith('ek')) return `${stem.slice(0, -2)}k`;
  return stem;
}

const SOFT_BEFORE_MI: Record<string, string> = { ć: 'ci', ś: 'si', ź: 'zi', ń: 'ni' };

/**
 * The Polish instrumental plural of a soft stem ("z dziećmi", "z ludźmi", "z gośćmi") spelled as the
 * other cases spell it ("dzieci", "ludzi", "gości"), which the Snowball stemmer leaves as its own stem.
 */
function softInstrumental(word: string): string {
  if (word.length < 5 || !word.endsWith('mi')) return word;
  const soft = SOFT_BEFORE_MI[word.at(-3) ?? ''];
  return soft ? `${word.slice(0, -3)}${soft}` : word;
}

/**
 * Our normalisation writes taa marbuta as haa (users type both); the Snowball Arabic stemmer only
 * strips feminine endings when it sees ة, and keeps "و"/"ب"/"ك"/"ف" before the article. So a
 * word-final ه goes back to ة, a conjunction or preposition glued to "ال" is dropped, and the stem is
 * normalised again: "الرعاية", "رعايه" and "والرعاية" all become "رعا".
 */
function stemArabic(stemmer: (word: string) => string, word: string): string {
  const prepared = word
    .replace(/^[\u0648\u0641\u0628\u0643](?=\u0627\u0644)/u, '')
    .replace(/\u0647$/u, '\u0629');
  return stemmer(prepared).replace(/\u0629/gu, '\u0647');
}
