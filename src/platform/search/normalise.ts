/**
 * Character-level normalisation shared by documents, queries and the concept lexicon, so the
 * three always meet: NFKC, lower case, Arabic letter variants and harakat, Russian ё, apostrophes.
 * Latin diacritics are folded separately (after stemming, see `foldLatin`).
 */

// Harakat and other Arabic marks that do not change the word: fathatan … sukun, the small high
// marks, superscript alef, and Quranic annotation signs.
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
const ARABIC_TATWEEL = /\u0640/g;
const ARABIC_ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g; // آ أ إ ٱ → ا
const APOSTROPHES = /[\u2019\u02BC\u2018\u0060\u00B4]/g;

/** NFKC, lower case and the script-specific rules above, applied to a whole text before segmentation. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(ARABIC_TATWEEL, '')
    .replace(ARABIC_MARKS, '')
    .replace(ARABIC_ALEF_FORMS, '\u0627')
    .replace(/\u0629/g, '\u0647') // taa marbuta ة → ه
    .replace(/\u0649/g, '\u064A') // alef maqsura ى → ي
    .replace(/ё/g, 'е');
}

// Latin letters that Unicode does not decompose into base + mark.
const LATIN_SPECIALS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};
const LATIN_SPECIALS_PATTERN = /[łøđðħıßæœþ]/g;
const HAS_FOLDABLE = /[\u00C0-\u024F\u1E00-\u1EFF]/;

/**
 * Removes Latin diacritics ("guarderías" → "guarderias", "żłobek" → "zlobek"); other scripts are left
 * alone (Cyrillic й and Arabic letters are letters, not accented ones).
 */
export function foldLatin(word: string): string {
  if (!HAS_FOLDABLE.test(word)) return word;
  return word
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .replace(LATIN_SPECIALS_PATTERN, (c) => LATIN_SPECIALS[c] ?? c)
    .normalize('NFC');
}

// French and Italian elided articles and particles: l'enfance, d'enfants, qu'il, dell'infanzia.
const ELISIONS = new Set([
  'l',
  'd',
  'j',
  'm',
  'n',
  's',
  't',
  'c',
  'qu',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
  'presqu',
  'dell',
  'dall',
  'nell',
  'sull',
  'all',
  'coll',
  'un',
  'quell',
  'quest',
  'tutt',
]);

/**
 * A word as the segmenter gave it, without apostrophes: elided French/Italian articles are dropped
 * ("l'enfance" → "enfance"), an English possessive too ("children's" → "children"), and any other
 * apostrophe is removed ("o'neill" → "oneill").
 */
export function stripApostrophes(word: string): string {
  if (!word.includes("'")) return word;
  const parts = word.split("'").filter((p) => p.length > 0);
  if (parts.length === 0) return '';
  const first = parts[0] ?? '';
  if (parts.length > 1 && ELISIONS.has(first)) return parts.slice(1).join('');
  const last = parts[parts.length - 1];
  if (parts.length > 1 && last === 's') return parts.slice(0, -1).join('');
  return parts.join('');
}

/** Keeps letters, digits and combining marks (needed by Indic scripts); anything else goes. */
export function keepWordCharacters(word: string): string {
  return word.replace(/[^\p{L}\p{N}\p{M}]+/gu, '');
}
