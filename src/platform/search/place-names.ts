import { foldLatin, keepWordCharacters, normaliseText, stripApostrophes } from './normalise.ts';
import { segmentWords } from './words.ts';

/**
 * Place names in every language and script, and the forms a language gives them in a sentence: the
 * gazetteer a query is read against ("w Niemczech", "в Японии", "بفرنسا", "Cracovia", "Mascate").
 * The platform knows no place: the hub gives it names (countries from CLDR, M49 regions, the
 * editors' gazetteer of cities) as plain entries, grouped by source so one source can be replaced
 * when editors change it.
 *
 * A query word meets a name's word when it is
 * - the same word (normalised, Latin accents folded; an Arabic word also without its clitics
 *   و ف ب ل ك and the article ال): "bogota", "بفرنسا" → "فرنسا";
 * - for names in the languages whose inflections we read (`isInflected`), an inflected form: both
 *   share the first four letters or more, the name ends at most one letter later (two for Polish
 *   k/g/ch → c/dz/sz: "Polsce"/"Polska") and the word at most four ("Niemczech"/"Niemcy",
 *   "Японии"/"Япония", "Krakowie"/"Kraków"), so "madres" is not "Madrid";
 * - for those names too, one typo away when both have five letters or more and start alike
 *   ("Suisa"/"Suiza", "Columbia"/"Colombia").
 * A name given in a language is read inflected or misspelt only in a text read in that language
 * (`languages`): the Polish name "Chile" has inflected forms in Polish, so "child" in an English
 * record is not Chile, nor French "congé" the Congo. A name without a language (the gazetteer's
 * cities, whose names are listed per place, not per language) is read so in any text.
 * A name read only exactly (`isInflected: false`: the many other languages' names) meets a word only
 * as written, accents and all, and a Latin-script one only from four letters: Latvian "Čada" (Chad) is
 * not Spanish "cada", Danish "Man" not English "man" (ADR 0125).
 * The best kind of meeting wins, then the longest name, then the longest shared start.
 */
export type TPlaceName = {
  placeId: string;
  name: string;
  /** Inflected and misspelt forms are read for this name (the hub's own languages). */
  isInflected: boolean;
  /** The name's language; with it, its inflected and misspelt forms are read only in texts of it. */
  language?: string | undefined;
};

/** One source's names ("countries", "regions", "gazetteer"…), as plain data a worker thread can receive. */
export type TPlaceNameSource = { source: string; names: TPlaceName[] };

/** A place found over words `start` (inclusive) to `end` (exclusive) of the sequence read. */
export type TPlaceMatch = {
  placeId: string;
  start: number;
  end: number;
  /** Read only as a misspelt name (one typo away): a guess the caller may check against what it knows. */
  isMisspelt?: boolean;
};

type TEntry = {
  placeId: string;
  words: string[];
  /** For a name read only exactly: its words as written (not folded), which a word must equal. */
  written: string[] | undefined;
  /** Which of its words the name writes with a capital letter (a record must write them so too). */
  capitals: boolean[];
  isInflected: boolean;
  language: string | undefined;
};

const MIN_STEM = 4;
const MAX_NAME_TAIL = 1;
/** Polish endings that change a consonant before the locative's -e: Polska → w Polsce, Praga → w Pradze. */
const SOFTENED = [
  ['ka', 'ce'],
  ['ga', 'dze'],
  ['cha', 'sze'],
] as const;
const MAX_WORD_TAIL = 4;
const MIN_TYPO_LENGTH = 5;
const MIN_NAME_LENGTH = 3;
/** A Latin-script name read only exactly needs this many letters: shorter ones are words elsewhere. */
const MIN_EXACT_LATIN_LENGTH = 4;
const LATIN_LETTER = /\p{Script=Latin}/u;
const ARABIC_CLITICS = /^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?/u;
const ARABIC_LETTER = /\p{Script=Arabic}/u;

const KEY_CACHE_LIMIT = 100_000;
const keyCache = new Map<string, string>();

/** A word as places are compared: normalised, without apostrophes and Latin accents. */
export function placeKey(word: string): string {
  const known = keyCache.get(word);
  if (known !== undefined) return known;
  const key = foldLatin(keepWordCharacters(stripApostrophes(normaliseText(word))));
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
  keyCache.set(word, key);
  return key;
}

const writtenCache = new Map<string, string>();

/** A word as exact names are compared: normalised and without apostrophes, its accents kept. */
export function writtenKey(word: string): string {
  const known = writtenCache.get(word);
  if (known !== undefined) return known;
  const key = keepWordCharacters(stripApostrophes(normaliseText(word)));
  if (writtenCache.size >= KEY_CACHE_LIMIT) writtenCache.clear();
  writtenCache.set(word, key);
  return key;
}

/** Does a word meet an exact name's word as written (an Arabic-script word also without its clitics)? */
function meetsWritten(word: string, name: string): boolean {
  return variants(word).some((form) => form === name || nameKey(form) === nameKey(name));
}

const variantsCache = new Map<string, readonly string[]>();

/**
 * The forms of a word to look up: itself and, in Arabic, without its clitics and article. Kept for
 * each word: an Arabic record's every word is read against the names (a script without capitals).
 */
function variants(word: string): readonly string[] {
  const known = variantsCache.get(word);
  if (known !== undefined) return known;
  const found = arabicVariants(word);
  if (variantsCache.size >= KEY_CACHE_LIMIT) variantsCache.clear();
  variantsCache.set(word, found);
  return found;
}

function arabicVariants(word: string): string[] {
  if (!ARABIC_LETTER.test(word)) return [word];
  const found = new Set([word]);
  const bare = word.replace(ARABIC_CLITICS, '');
  if (bare.length >= 2) found.add(bare);
  const noArticle = word.replace(/^ال/u, '');
  if (noArticle.length >= 2) found.add(noArticle);
  return [...found];
}

/** The name's first word as an index key: Arabic without its article. */
function nameKey(word: string): string {
  return ARABIC_LETTER.test(word) && word.startsWith('ال') && word.length > 3 ? word.slice(2) : word;
}

/** Does a word start as a name does: with a capital letter, or a letter of a script without case? */
function startsAsName(word: string): boolean {
  const code = word.charCodeAt(0);
  // Most words of a text: a lower-case Latin or Cyrillic letter.
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x430 && code <= 0x45f)) return false;
  // Any other ASCII character is a capital or has no case (a digit): the test below says yes to both.
  if (code < 0x80) return true;
  const point = word.codePointAt(0) ?? 0;
  let isName = nameStarts.get(point);
  if (isName === undefined) {
    const first = String.fromCodePoint(point);
    isName = first !== first.toLowerCase() || first.toLowerCase() === first.toUpperCase();
    nameStarts.set(point, isName);
  }
  return isName;
}

/** Each first letter's answer, kept: an Arabic text asks it of every word (letters are few). */
const nameStarts = new Map<number, boolean>();

/** How many code points two words share at their start (no array of letters: run for every candidate). */
function sharedStart(a: string, b: string): number {
  let shared = 0;
  let i = 0;
  while (i < a.length && i < b.length) {
    const x = a.codePointAt(i) ?? 0;
    if (x !== b.codePointAt(i)) break;
    shared++;
    i += x > 0xffff ? 2 : 1;
  }
  return shared;
}

/** The number of code points of a word, as `[...word].length` counts them, without the array. */
function letterCount(word: string): number {
  let count = 0;
  for (let i = 0; i < word.length; i++) {
    count++;
    const unit = word.charCodeAt(i);
    const next = word.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
  }
  return count;
}

/** Optimal string alignment distance, stopping early above 1. */
function isOneTypoApart(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const restX = x.slice(i);
  const restY = y.slice(i);
  const rest = (p: string[], q: string[]) => p.join('') === q.join('');
  return (
    rest(restX.slice(1), restY.slice(1)) ||
    rest(restX.slice(1), restY) ||
    rest(restX, restY.slice(1)) ||
    (restX.length >= 2 &&
      restX[0] === restY[1] &&
      restX[1] === restY[0] &&
      rest(restX.slice(2), restY.slice(2)))
  );
}

/**
 * Languages that decline a place's name in a sentence ("w Polsce", "в Японии"): their names are read
 * in inflected forms. Names in other languages (English "Chile", French "Congo") are read as written or
 * misspelt, so "child" and "congé" name no country.
 */
const DECLINING_LANGUAGES = new Set(['pl', 'ru', 'uk', 'be', 'cs', 'sk', 'sl', 'hr', 'sr', 'bg', 'lt', 'lv']);

/**
 * How a name's forms are read in a text: exactly; also misspelt or as the start of a longer word
 * ("Japanese", "japonés", "Colombian": the whole name, then an ending); or also inflected.
 */
type TReading = 'exact' | 'derived' | 'inflected';

/** How well a query word meets a name's word: 3 same, 2 inflected, 1 one typo away, 0 not at all. */
function meet(word: string, name: string, reading: TReading, withTypos: boolean): number {
  for (const form of variants(word)) if (form === name || nameKey(form) === nameKey(name)) return 3;
  if (reading === 'exact') return 0;
  const isInflected = reading === 'inflected';
  const w = letterCount(word);
  const n = letterCount(name);
  const shared = sharedStart(word, name);
  // Four shared letters allow a short ending (Rosji, Polsce); a long one needs five ("children" is not Chile).
  if (shared >= MIN_STEM && w - shared <= (shared > MIN_STEM ? MAX_WORD_TAIL : 2)) {
    if (n - shared <= (isInflected ? MAX_NAME_TAIL : 0)) return 2;
    if (!isInflected) return typoQuality(word, name, withTypos);
    const nameTail = [...name].slice(shared).join('');
    const wordTail = [...word].slice(shared).join('');
    if (SOFTENED.some(([from, to]) => nameTail === from && wordTail.startsWith(to))) return 2;
  }
  return typoQuality(word, name, withTypos);
}

function typoQuality(word: string, name: string, withTypos: boolean): number {
  return withTypos &&
    letterCount(word) >= MIN_TYPO_LENGTH &&
    letterCount(name) >= MIN_TYPO_LENGTH &&
    word[0] === name[0] &&
    isOneTypoApart(word, name)
    ? 1
    : 0;
}

export class PlaceNames {
  readonly #sources = new Map<string, TEntry[]>();

  /** The names of every source given, read as `replace` reads each. */
  static of(sources: readonly TPlaceNameSource[]): PlaceNames {
    const places = new PlaceNames();
    for (const { source, names } of sources) places.replace(source, names);
    return places;
  }
  #byKey = new Map<string, TEntry[]>();
  #byStart = new Map<string, TEntry[]>();
  #byLetter = new Map<string, TEntry[]>();
  /** The candidates of each word already read (records repeat their words), with and without typos. */
  readonly #candidateCache = [new Map<string, TEntry[]>(), new Map<string, TEntry[]>()] as const;

  /** Replaces every name of one source ("countries", "regions", "gazetteer"…). */
  replace(source: string, names: Iterable<TPlaceName>): void {
    const entries: TEntry[] = [];
    const seen = new Set<string>();
    for (const n of names) {
      const words = segmentWords(n.name)
        .map(placeKey)
        .filter((w) => w.length > 0);
      if (words.length === 0 || words.join('').length < MIN_NAME_LENGTH) continue;
      const written = n.isInflected
        ? undefined
        : segmentWords(n.name)
            .map(writtenKey)
            .filter((w) => w.length > 0);
      const letters = written ? [...written.join('')] : [];
      if (written && LATIN_LETTER.test(written.join('')) && letters.length < MIN_EXACT_LATIN_LENGTH) continue;
      const key = `${n.placeId}\u0000${(written ?? words).join(' ')}\u0000${n.isInflected}\u0000${n.language ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const capitals = segmentWords(n.name)
        .filter((w) => placeKey(w).length > 0)
        .map(startsAsName);
      entries.push({
        placeId: n.placeId,
        words,
        written,
        capitals,
        isInflected: n.isInflected,
        language: n.language,
      });
    }
    this.#sources.set(source, entries);
    this.#rebuild();
  }

  get size(): number {
    let n = 0;
    for (const list of this.#sources.values()) n += list.length;
    return n;
  }

  #rebuild(): void {
    const byKey = new Map<string, TEntry[]>();
    const byStart = new Map<string, TEntry[]>();
    const byLetter = new Map<string, TEntry[]>();
    const add = (map: Map<string, TEntry[]>, key: string, entry: TEntry) => {
      const list = map.get(key);
      if (list) list.push(entry);
      else map.set(key, [entry]);
    };
    for (const list of this.#sources.values())
      for (const entry of list) {
        const first = nameKey(entry.words[0] ?? '');
        add(byKey, first, entry);
        if (entry.isInflected) {
          add(byStart, [...first].slice(0, MIN_STEM).join(''), entry);
          add(byLetter, [...first][0] ?? '', entry);
        }
      }
    this.#byKey = byKey;
    this.#byStart = byStart;
    this.#byLetter = byLetter;
    for (const cache of this.#candidateCache) cache.clear();
  }

  #candidates(word: string, withTypos: boolean): TEntry[] {
    const cache = this.#candidateCache[withTypos ? 1 : 0];
    const known = cache.get(word);
    if (known !== undefined) return known;
    const found = this.#findCandidates(word, withTypos);
    if (cache.size >= KEY_CACHE_LIMIT) cache.clear();
    cache.set(word, found);
    return found;
  }

  #findCandidates(word: string, withTypos: boolean): TEntry[] {
    const found = new Set<TEntry>();
    for (const form of variants(word)) {
      for (const e of this.#byKey.get(nameKey(form)) ?? []) found.add(e);
      for (const e of this.#byStart.get([...form].slice(0, MIN_STEM).join('')) ?? []) found.add(e);
    }
    if (withTypos && [...word].length >= MIN_TYPO_LENGTH)
      for (const e of this.#byLetter.get([...word][0] ?? '') ?? []) found.add(e);
    return [...found];
  }

  /**
   * Places named in a sequence of words (as typed or as `placeKey` gives them), longest first.
   * `withTypos` (queries) also reads misspelt names; a record's text is taken as written.
   * `languages`: the languages the text is read in (names of other languages are then read exactly).
   * `knownWords`: indices of words the caller knows as words of the language (the concept lexicon's),
   * never read as misspelt names: "child" is not "Chile", "prawa" not "Praga".
   * `asWritten`: the words are a text as its author wrote it (a record, not a query typed in lower
   * case), so a name is read only where its words start with a capital letter as the name's do, as
   * names do in scripts with letter case: Russian "того" (of that) is not Togo, nor Spanish "reunión" (a meeting)
   * Réunion, nor Polish "pary" (pairs) Paris (ADR 0125).
   */
  match(
    words: readonly string[],
    options: {
      withTypos?: boolean;
      languages?: readonly string[];
      knownWords?: ReadonlySet<number>;
      asWritten?: boolean;
    } = {},
  ): TPlaceMatch[] {
    const withTypos = options.withTypos ?? false;
    const asWritten = options.asWritten ?? false;
    const knownWords = options.knownWords;
    const typosAt = (index: number) => withTypos && !knownWords?.has(index);
    const languages = options.languages ? new Set(options.languages) : undefined;
    const readingOf = (entry: TEntry): TReading => {
      if (!entry.isInflected) return 'exact';
      if (entry.language === undefined) return 'inflected';
      if (languages && !languages.has(entry.language)) return 'exact';
      return DECLINING_LANGUAGES.has(entry.language) ? 'inflected' : 'derived';
    };
    // Keys are made as they are read: a record's text (`asWritten`) reads only the words that start as
    // names do, a few in a thousand.
    const keys: Array<string | undefined> = new Array(words.length);
    const keyAt = (index: number): string => {
      let key = keys[index];
      if (key === undefined) {
        key = placeKey(words[index] ?? '');
        keys[index] = key;
      }
      return key;
    };
    const found: TPlaceMatch[] = [];
    let i = 0;
    while (i < words.length) {
      if (asWritten && !startsAsName(words[i] ?? '')) {
        i++;
        continue;
      }
      let best: { quality: number; length: number; shared: number; placeIds: Set<string> } | undefined;
      for (const entry of this.#candidates(keyAt(i), typosAt(i))) {
        if (i + entry.words.length > words.length) continue;
        if (
          asWritten &&
          entry.capitals.some((isCapital, k) => isCapital && !startsAsName(words[i + k] ?? ''))
        )
          continue;
        let quality = 3;
        const { written } = entry;
        for (let k = 0; k < entry.words.length && quality > 0; k++)
          quality = written
            ? meetsWritten(writtenKey(words[i + k] ?? ''), written[k] ?? '')
              ? quality
              : 0
            : Math.min(quality, meet(keyAt(i + k), entry.words[k] ?? '', readingOf(entry), typosAt(i + k)));
        if (quality === 0) continue;
        const length = entry.words.length;
        const shared = sharedStart(keyAt(i), entry.words[0] ?? '');
        const isBetter =
          !best ||
          quality > best.quality ||
          (quality === best.quality &&
            (length > best.length || (length === best.length && shared > best.shared)));
        const isSame = best && quality === best.quality && length === best.length && shared === best.shared;
        if (isBetter) best = { quality, length, shared, placeIds: new Set([entry.placeId]) };
        else if (isSame) best?.placeIds.add(entry.placeId);
      }
      if (!best) {
        i++;
        continue;
      }
      for (const placeId of best.placeIds)
        found.push({
          placeId,
          start: i,
          end: i + best.length,
          ...(best.quality === 1 ? { isMisspelt: true } : {}),
        });
      i += best.length;
    }
    return found;
  }
}
