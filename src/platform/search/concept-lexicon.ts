import { baseLanguage } from './languages.ts';
import { analyseWords } from './words.ts';

/**
 * Concept tagging: the labels and synonyms of a taxonomy (given as plain entries, the platform knows
 * no domain words), each normalised and stemmed in its own language, become a phrase matcher over
 * word forms. The longest phrase wins at each position ("care leave" before "care").
 *
 * A text's words meet only the phrases of the languages they were read in: an English "per" is not
 * the stem of Spanish "Perú" nor of French "père", and "child" tags no country. Words of a language
 * the lexicon has no phrase in meet the phrases of every language (a German record still finds the
 * concepts whose names its words share).
 */
export type TLexiconEntry = { conceptId: string; language: string; term: string };

/** A concept found over words `start` (inclusive) to `end` (exclusive) of the sequence matched. */
export type TConceptMatch = { conceptId: string; start: number; end: number };

export type TConceptLexicon = {
  /** How many phrases the matcher knows. */
  readonly size: number;
  /**
   * Concepts in a sequence of words, each word given as its possible forms, read in `languages` (the
   * languages the forms were made in; every language of the lexicon when none of them has phrases).
   */
  match(words: ReadonlyArray<ReadonlyArray<string>>, languages: readonly string[]): TConceptMatch[];
};

type TNode = { next: Map<string, TNode>; conceptIds: string[] };

const newNode = (): TNode => ({ next: new Map(), conceptIds: [] });

/** Longest phrase we look for, in words: bounds the work per position. */
const MAX_PHRASE_WORDS = 8;

export function createConceptLexicon(entries: Iterable<TLexiconEntry>): TConceptLexicon {
  /** One trie a language: a text's words walk only the tries of the languages they were read in. */
  const roots = new Map<string, TNode>();
  let size = 0;
  for (const entry of entries) {
    const language = baseLanguage(entry.language);
    let root = roots.get(language);
    if (!root) {
      root = newNode();
      roots.set(language, root);
    }
    const words = analyseWords(entry.term, language);
    const meaningful = words.filter((w) => !w.isStop);
    const phrase = (meaningful.length > 0 ? meaningful : words).slice(0, MAX_PHRASE_WORDS);
    if (phrase.length === 0) continue;
    // Two paths: the stems as written, and the stems of the words without accents.
    const paths = [
      phrase.map((w) => w.forms[0] ?? w.raw),
      phrase.map((w) => w.forms[w.forms.length - 1] ?? w.raw),
    ];
    for (const path of paths) {
      let node = root;
      for (const form of path) {
        let child = node.next.get(form);
        if (!child) {
          child = newNode();
          node.next.set(form, child);
        }
        node = child;
      }
      if (!node.conceptIds.includes(entry.conceptId)) {
        node.conceptIds.push(entry.conceptId);
        size++;
      }
    }
  }

  /** The longest phrase of any of `tries` read from `start` (ties: every concept of those phrases). */
  function longestFrom(
    tries: readonly TNode[],
    words: ReadonlyArray<ReadonlyArray<string>>,
    start: number,
    walk: TWalk,
  ): { end: number; conceptIds: string[] } | undefined {
    let best: { end: number; conceptIds: string[] } | undefined;
    for (const root of tries) {
      walk.end = start;
      walk.conceptIds = undefined;
      deepest(root, words, start, start, walk);
      if (!walk.conceptIds) continue;
      if (!best || walk.end > best.end) best = { end: walk.end, conceptIds: walk.conceptIds };
      else if (walk.end === best.end)
        best = { end: best.end, conceptIds: [...new Set([...best.conceptIds, ...walk.conceptIds])] };
    }
    return best;
  }

  /** The tries a text is read in: of the languages given that the lexicon knows, or all it knows. */
  function triesFor(languages: readonly string[]): TNode[] {
    const given = [...new Set(languages.map(baseLanguage))].flatMap((l) => roots.get(l) ?? []);
    return given.length > 0 ? given : [...roots.values()];
  }

  return {
    size,
    match(words, languages) {
      const tries = triesFor(languages);
      const walk: TWalk = { end: 0, conceptIds: undefined };
      const found: TConceptMatch[] = [];
      let i = 0;
      while (i < words.length) {
        const best = longestFrom(tries, words, i, walk);
        if (!best) {
          i++;
          continue;
        }
        for (const conceptId of best.conceptIds) found.push({ conceptId, start: i, end: best.end });
        i = best.end;
      }
      return found;
    },
  };
}

/** A lexicon that knows no concept (a search still works, by words only). */
export const emptyConceptLexicon: TConceptLexicon = createConceptLexicon([]);

/**
 * The index token of a concept id: "theme:early_childhood" → "c·theme·early·childhood". Word tokens
 * keep only letters, digits and marks, so the middle dot (U+00B7, punctuation) guarantees that no
 * word is ever read as a concept. Both engines keep it as one token: FTS5's ascii tokenizer treats
 * every non-ASCII character as part of a token, and tsvector/tsquery literals are not parsed at all.
 */
export function conceptToken(conceptId: string): string {
  let token = conceptTokens.get(conceptId);
  if (token === undefined) {
    token = `c·${conceptId.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '·')}`;
    // Ids are a taxonomy's and a gazetteer's: few, and each document names some (a bound all the same).
    if (conceptTokens.size >= MAX_CACHED_TOKENS) conceptTokens.clear();
    conceptTokens.set(conceptId, token);
  }
  return token;
}

const MAX_CACHED_TOKENS = 50_000;
const conceptTokens = new Map<string, string>();

/** Is this index token a concept (and so not a word to suggest or highlight)? */
export function isConceptToken(token: string): boolean {
  return token.includes('·');
}

/**
 * Where a walk over the trie got: the end of the longest phrase found so far and its concepts. One object
 * a text, reset for each walk, so that the walk (run from every word of a text) allocates nothing.
 */
type TWalk = { end: number; conceptIds: string[] | undefined };

/**
 * The longest phrase of the lexicon read from `at` on (a depth-first walk over the words' forms), kept
 * in `walk` (whose `end` starts at `start`); of two as long, the one met first.
 */
function deepest(
  node: TNode,
  words: ReadonlyArray<ReadonlyArray<string>>,
  start: number,
  at: number,
  walk: TWalk,
): void {
  if (node.conceptIds.length > 0 && at > walk.end) {
    walk.end = at;
    walk.conceptIds = node.conceptIds;
  }
  const forms = words[at];
  // Most words start no phrase, most phrases end where they do: a leaf is not looked in.
  if (!forms || node.next.size === 0 || at - start >= MAX_PHRASE_WORDS) return;
  for (let k = 0; k < forms.length; k++) {
    const child = node.next.get(forms[k] as string);
    if (child) deepest(child, words, start, at + 1, walk);
  }
}
