import { foldLatin, keepWordCharacters, normaliseText, stripApostrophes } from './normalise.ts';
import { isStemmedLanguage, stemWord } from './stemmers.ts';
import { isStopWord } from './stop-words.ts';
import { forEachWordRun } from './word-runs.ts';

/**
 * Words of a text with their index forms, with offsets into the original text (for snippets).
 *
 * Tokenising: runs of letters, digits and marks of any script (joined by an inner apostrophe, period,
 * colon or middle dot, as ICU's word rules join "l'enfance", "5.4" or "l·l") are words; a run in a
 * script written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar) is split by `Intl.Segmenter`
 * (word granularity, ICU dictionaries). Segmenter is not used for everything because on Node 20 it
 * costs ~4 µs a word and grows faster than linearly with the length of the string (12,000 words in
 * one call took over a minute here), while a run of word characters (`forEachWordRun`) splits Latin,
 * Cyrillic and Arabic text the same way at a fraction of the cost.
 */
export type TWordForms = {
  /** Index tokens for the word: the folded stem first, then the stem of the folded word when it differs. */
  forms: string[];
  /** The normalised, folded word, unstemmed (prefix matching and unknown languages). */
  raw: string;
  isStop: boolean;
};

export type TWord = TWordForms & { start: number; end: number };

const MAX_WORD_LENGTH = 64;
const CACHE_LIMIT = 200_000;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Each language's segments already read (a map per language: no key to build for each word). */
const caches = new Map<string, Map<string, TWordForms | null>>();
let cached = 0;

/**
 * The forms of one segment in a language. Stemming comes before Latin folding (the Snowball rules
 * read the accents); the folded word is stemmed too, so a reader who types without accents
 * ("guarderias") meets a text written with them ("guarderías").
 */
export function wordForms(segment: string, language: string): TWordForms | null {
  return cachedWordForms(cacheOf(language), segment, language);
}

function cacheOf(language: string): Map<string, TWordForms | null> {
  let cache = caches.get(language);
  if (!cache) {
    cache = new Map();
    caches.set(language, cache);
  }
  return cache;
}

/** `wordForms` with its language's cache found once a text (caches are cleared, never dropped). */
function cachedWordForms(
  cache: Map<string, TWordForms | null>,
  segment: string,
  language: string,
): TWordForms | null {
  const known = cache.get(segment);
  if (known !== undefined) return known;
  const result = computeWordForms(segment, language);
  if (cached >= CACHE_LIMIT) {
    for (const c of caches.values()) c.clear();
    cached = 0;
  }
  cache.set(segment, result);
  cached += 1;
  return result;
}

function computeWordForms(segment: string, language: string): TWordForms | null {
  const word = keepWordCharacters(stripApostrophes(normaliseText(segment)));
  if (word.length === 0 || word.length > MAX_WORD_LENGTH) return null;
  const raw = foldLatin(word);
  const isStop = isStopWord(language, raw);
  if (!isStemmedLanguage(language)) return { forms: [raw], raw, isStop };
  const primary = foldLatin(stemWord(language, word));
  const forms = [primary];
  if (raw !== word) {
    const alternate = foldLatin(stemWord(language, raw));
    if (alternate !== primary) forms.push(alternate);
  }
  return { forms, raw, isStop };
}

/**
 * Calls `visit` for every word segment of a text with its offset: a run of letters, digits and marks,
 * or the dictionary words of a run in a script written without spaces.
 */
function forEachSegment(text: string, visit: (segment: string, index: number) => void): void {
  forEachWordRun(text, (start, end, needsDictionary) => {
    if (!needsDictionary) {
      visit(text.slice(start, end), start);
      return;
    }
    for (const part of segmenter.segment(text.slice(start, end))) {
      if (part.isWordLike) visit(part.segment, start + part.index);
    }
  });
}

/** Every word of a text (stop words included and flagged), in order, with offsets (for snippets). */
export function analyseWords(text: string, language: string): TWord[] {
  const words: TWord[] = [];
  const cache = cacheOf(language);
  forEachSegment(text, (segment, index) => {
    const f = cachedWordForms(cache, segment, language);
    if (f)
      words.push({ forms: f.forms, raw: f.raw, isStop: f.isStop, start: index, end: index + segment.length });
  });
  return words;
}

/**
 * Every word of a text, in order, without offsets: the indexing path, which allocates nothing per word.
 * `segments`, when given, receives each of those words as written (the place names read them).
 */
export function wordFormsOf(text: string, language: string, segments?: string[]): TWordForms[] {
  const words: TWordForms[] = [];
  const cache = cacheOf(language);
  forEachSegment(text, (segment) => {
    const f = cachedWordForms(cache, segment, language);
    if (!f) return;
    words.push(f);
    segments?.push(segment);
  });
  return words;
}

/** The word segments of a text, as typed. */
export function segmentWords(text: string): string[] {
  const segments: string[] = [];
  forEachSegment(text, (segment) => segments.push(segment));
  return segments;
}
