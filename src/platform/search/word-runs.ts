/**
 * The runs of word characters in a text, found by a loop over its code units instead of a regular
 * expression: the indexing path reads every word of every record, and a regular expression's match
 * allocates an array and a string per word (a third of the bulk import's CPU went to garbage
 * collection). The loop finds exactly the runs the regular expression it replaces found: one or more
 * of [\p{L}\p{N}\p{M}\u200C\u200D] (letters, digits and marks of any script, the zero-width joiners),
 * then any number of times one of [.'\u2019\u00B7:] (an inner period, apostrophe, middle dot or colon)
 * followed by one or more of them again.
 * Each character's class is read once from the same Unicode properties and kept in a table.
 */

const WORD_CHARACTER = /^[\p{L}\p{N}\p{M}\u200C\u200D]$/u;
/** Scripts written without spaces: a run holding one is split by a dictionary (`Intl.Segmenter`). */
const DICTIONARY_CHARACTER =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]$/u;
const JOINERS = new Set(['.', "'", '\u2019', '\u00B7', ':']);

const KNOWN = 1;
const WORD = 2;
const DICTIONARY = 4;
const JOINER = 8;
/** Set on the class `classAt` returns for a character written as a surrogate pair (two code units). */
const PAIR = 16;

/** The classes of the Basic Multilingual Plane's characters, filled as they are first met (0: not yet). */
const basicClasses = new Uint8Array(0x10000);
const astralClasses = new Map<number, number>();

function classify(codePoint: number): number {
  const character = String.fromCodePoint(codePoint);
  return (
    KNOWN |
    (WORD_CHARACTER.test(character) ? WORD : 0) |
    (DICTIONARY_CHARACTER.test(character) ? DICTIONARY : 0) |
    (JOINERS.has(character) ? JOINER : 0)
  );
}

/** The class of the character at `i` (a whole surrogate pair when one starts there: then `PAIR` is set). */
function classAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  // Small enough to be inlined in the loop: most characters are read from the table.
  const known = basicClasses[unit] ?? 0;
  return known !== 0 && (unit < 0xd800 || unit > 0xdbff) ? known : newOrPairClass(text, i, unit);
}

/** A character not met yet, or a high surrogate (a pair's class, or its own when alone). */
function newOrPairClass(text: string, i: number, unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      const codePoint = ((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
      let known = astralClasses.get(codePoint);
      if (known === undefined) {
        known = classify(codePoint);
        astralClasses.set(codePoint, known);
      }
      return known | PAIR;
    }
  }
  let known = basicClasses[unit] ?? 0;
  if (known === 0) {
    known = classify(unit);
    basicClasses[unit] = known;
  }
  return known;
}

const widthOf = (characterClass: number): number => (characterClass & PAIR ? 2 : 1);

/**
 * Calls `visit` with the start and end (exclusive) of every word run of a text, in order, and whether
 * the run holds a character of a script written without spaces.
 */
export function forEachWordRun(
  text: string,
  visit: (start: number, end: number, needsDictionary: boolean) => void,
): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    let characterClass = classAt(text, i);
    if (!(characterClass & WORD)) {
      i += widthOf(characterClass);
      continue;
    }
    const start = i;
    let dictionary = 0;
    for (;;) {
      while (i < length) {
        characterClass = classAt(text, i);
        if (!(characterClass & WORD)) break;
        dictionary |= characterClass & DICTIONARY;
        i += widthOf(characterClass);
      }
      // A joiner (one code unit) continues the run only when a word character follows it.
      if (i + 1 < length && characterClass & JOINER && classAt(text, i + 1) & WORD) {
        i += 1;
        continue;
      }
      break;
    }
    visit(start, i, dictionary !== 0);
  }
}
