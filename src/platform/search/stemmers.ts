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
 * Polish gets extra rules the Snowball stemmer lacks: the fleeting "e" of -ek nouns, so "żłobek" and
 * "żłobki" (both → "żłobk") meet, and the case endings it reads as another word's (`polishCaseForm`).
 * Arabic is prepared so that the stemmer sees one spelling: see `stemArabic`.
 */
export function stemWord(language: string, word: string): string {
  if (!isStemmedLanguage(language)) return word;
  let stemmer = stemmers.get(language);
  if (!stemmer) {
    stemmer = createStemmer(language as IsoCode);
    stemmers.set(language, stemmer);
  }
  if (language === 'ar') return stemArabic(stemmer, word);
  const stem = stemmer(language === 'pl' ? polishCaseForm(word) : word);
  if (language === 'pl' && stem.length >= 5 && stem.endsWith('ek')) return `${stem.slice(0, -2)}k`;
  return stem;
}

/**
 * Polish case endings that the Snowball stemmer reads as another word's ending or leaves with a consonant
 * the other cases do not have, each rewritten as a case of the same noun that it stems like the rest:
 * - the instrumental plural of a soft stem: "dziećmi", "ludźmi", "gośćmi" → "dzieci", "ludzi", "gości";
 * - the dative and locative of -ka and -ga nouns, whose k and g soften: "opiece", "polityce", "matce",
 *   "opiekunce", "pielęgniarce" → "-ka"; "drodze", "usłudze", "uldze" → "-ga" — not where the c or dz
 *   is the stem's own ("prace", "ulice", "rodzice", "miejsce", "władze", "pieniądze");
 * - the locative of -eta and -et nouns: "kobiecie", "gazecie", "budżecie" → "-eta";
 * - neuter nouns in -cie, which the stemmer cuts as the verb ending "-cie": "wsparcie", "życie",
 *   "zajęcie" → "-cia";
 * - -by after a b, which it cuts as the conditional particle: "osoby", "choroby", "potrzeby", "zasoby"
 *   → "-ba" ("osoby" was "os"); the particle itself follows a past form ("zrobiłby", "mogliby") and stays;
 * - the personal plural of -tor and -ior nouns: "seniorzy", "dyrektorzy" → "-orów" ("tworzy" stays).
 * Words under five letters are left as they are.
 */
const POLISH_CASE_FORMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ćmi$/u, 'ci'],
  [/śmi$/u, 'si'],
  [/źmi$/u, 'zi'],
  [/ńmi$/u, 'ni'],
  [/(?<=[eytnbdżłu]|ar|ór)ce$/u, 'ka'],
  [/(?<=[oul])dze$/u, 'ga'],
  [/ecie$/u, 'eta'],
  [/(?<=[^e])cie$/u, 'cia'],
  [/(?<![łl][aoy]?|li)by$/u, 'ba'],
  [/(?<=[ti])orzy$/u, 'orów'],
];

/** A Polish word with its ending rewritten by the first rule of `POLISH_CASE_FORMS` that fits, if any. */
export function polishCaseForm(word: string): string {
  if (word.length < 5) return word;
  for (const [ending, replacement] of POLISH_CASE_FORMS)
    if (ending.test(word)) return word.replace(ending, replacement);
  return word;
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
