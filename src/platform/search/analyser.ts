import {
  conceptToken,
  emptyConceptLexicon,
  type TConceptLexicon,
  type TConceptMatch,
} from './concept-lexicon.ts';
import {
  baseLanguage,
  detectLanguage,
  dominantScript,
  evidencedLanguage,
  isScriptOf,
  likelyLanguages,
  UNDETERMINED,
} from './languages.ts';
import type { PlaceNames, TPlaceMatch } from './place-names.ts';
import { buildQueryGroups, type TAnalysedQuery, type TQueryGroup, type TQueryWord } from './query-model.ts';
import { analyseWords, segmentWords, type TWord, type TWordForms, wordForms, wordFormsOf } from './words.ts';

/**
 * The hub's analyser: the same code turns documents and queries into index tokens, so both databases
 * see exactly the same terms (and PostgreSQL / FTS5 never stem again).
 */
export type TDocumentInput = {
  title: string;
  summary: string;
  body: string;
  /** The record's declared language; detected from the text when missing or "und". */
  language?: string | undefined;
  /** Concepts the record is tagged with by people (themes, populations …), counted as if found twice. */
  concepts?: readonly string[] | undefined;
  /** Names of places the record declares (its cities): read in the gazetteer, counted as tags. */
  places?: readonly string[] | undefined;
};

export type TDocumentAnalysis = {
  language: string;
  fields: { title: string[]; summary: string[]; body: string[] };
  /** Concept ids found in the text or declared, sorted. */
  concepts: string[];
  /** Concept tokens for the index, repeated by occurrence (at most `MAX_CONCEPT_REPEATS` each). */
  conceptTokens: string[];
};

export type TAnalyser = {
  readonly lexicon: TConceptLexicon;
  /**
   * What the analyser is built from, hashed (`analyserFingerprint`, ADR 0126): the index is analysed
   * again when it was written by an analyser with another. None: only a migration's request rebuilds.
   */
  readonly fingerprint?: string | undefined;
  analyseDocument(input: TDocumentInput): TDocumentAnalysis;
  analyseQuery(query: string, options: { locale: string }): TAnalysedQuery;
  /** Words of a text in a language with the concepts found over them (word indices), for snippets. */
  analyseText(text: string, language: string): { words: TWord[]; concepts: TConceptMatch[] };
};

export const MAX_QUERY_CHARS = 256;
const MAX_QUERY_WORDS = 32;
const MAX_FIELD_CHARS = 200_000;
const MAX_CONCEPT_REPEATS = 2;
const DECLARED_CONCEPT_WEIGHT = 2;
/** A place named in a record's title or summary counts as if found twice (ADR 0125). */
const HEAD_PLACE_WEIGHT = 2;
/** Up to this many words, a query is short: stemmed in the interface locale too, last word as prefix. */
const SHORT_QUERY_WORDS = 3;

export function createAnalyser(
  options: { lexicon?: TConceptLexicon; places?: PlaceNames; fingerprint?: string } = {},
): TAnalyser {
  const lexicon = options.lexicon ?? emptyConceptLexicon;
  const places = options.places;

  /** Concepts over the non-stop words of a sequence, as spans of indices into the whole sequence. */
  function findConcepts(words: readonly TWordForms[], language: string): TConceptMatch[] {
    const meaningful: number[] = [];
    const forms: string[][] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as TWordForms;
      if (w.isStop) continue;
      meaningful.push(i);
      forms.push(w.forms);
    }
    // The matches are the lexicon's new objects: moved to the whole sequence's indices in place.
    const matches = lexicon.match(forms, [language]);
    for (const m of matches) {
      const end = (meaningful[m.end - 1] ?? 0) + 1;
      m.start = meaningful[m.start] ?? 0;
      m.end = end;
    }
    return matches;
  }

  function analyseText(text: string, language: string) {
    const words = analyseWords(
      text.length > MAX_FIELD_CHARS ? text.slice(0, MAX_FIELD_CHARS) : text,
      language,
    );
    return { words, concepts: findConcepts(words, language) };
  }

  function analyseDocument(input: TDocumentInput): TDocumentAnalysis {
    const declared = baseLanguage(input.language);
    const language =
      declared !== UNDETERMINED
        ? declared
        : detectLanguage(`${input.title}\n${input.summary}\n${input.body.slice(0, 2000)}`);
    const counts = new Map<string, number>();
    for (const id of input.concepts ?? []) counts.set(id, DECLARED_CONCEPT_WEIGHT);
    if (places)
      for (const name of input.places ?? [])
        for (const m of places.match(segmentWords(name))) counts.set(m.placeId, DECLARED_CONCEPT_WEIGHT);
    // The words of a field, the concepts they name, and the places its text names as written: a place
    // the title or summary names is what the record is about (`placeWeight` 2); one the body names counts once.
    function tokensOf(text: string, placeWeight: number): string[] {
      const segments: string[] | undefined = places ? [] : undefined;
      const words = wordFormsOf(
        text.length > MAX_FIELD_CHARS ? text.slice(0, MAX_FIELD_CHARS) : text,
        language,
        segments,
      );
      const named =
        places && segments ? places.match(segments, { languages: [language], asWritten: true }) : [];
      for (const m of named) counts.set(m.placeId, (counts.get(m.placeId) ?? 0) + placeWeight);
      const found = findConcepts(words, language);
      for (const c of named.length > 0 ? outside(found, named) : found)
        counts.set(c.conceptId, (counts.get(c.conceptId) ?? 0) + 1);
      const tokens: string[] = [];
      for (const w of words) if (!w.isStop) for (const f of w.forms) tokens.push(f);
      return tokens;
    }
    const fields = {
      title: tokensOf(input.title, HEAD_PLACE_WEIGHT),
      summary: tokensOf(input.summary, HEAD_PLACE_WEIGHT),
      body: tokensOf(input.body, 1),
    };
    const concepts = [...counts.keys()].sort();
    const conceptTokens: string[] = [];
    for (const id of concepts) {
      const token = conceptToken(id);
      for (let n = Math.min(MAX_CONCEPT_REPEATS, counts.get(id) ?? 1); n > 0; n--) conceptTokens.push(token);
    }
    return { language, fields, concepts, conceptTokens };
  }

  function analyseQuery(query: string, { locale }: { locale: string }): TAnalysedQuery {
    const text = cutQuery(query);
    const localeLanguage = baseLanguage(locale);
    const language = detectLanguage(text, localeLanguage);
    const segments = segmentWords(text);
    const isShort = segments.length <= SHORT_QUERY_WORDS;
    // Queries are short and ambiguous: stem them in franc's close guesses too, and in the interface
    // language as well (when the script fits): people mostly type in the language they read the hub in.
    const script = dominantScript(text);
    const extra = [...likelyLanguages(text), localeLanguage];
    const languages = [...new Set([language, ...extra.filter((l) => isScriptOf(l, script))])];
    const words: TQueryWord[] = [];
    for (const segment of segments) {
      const analyses = languages.map((l) => wordForms(segment, l));
      const first = analyses[0];
      if (!first || analyses.some((a) => a?.isStop)) continue;
      const alternatives = new Set<string>();
      for (const a of analyses) for (const f of a?.forms ?? []) alternatives.add(f);
      alternatives.add(first.raw);
      words.push({ text: segment, raw: first.raw, alternatives: [...alternatives] });
      if (words.length >= MAX_QUERY_WORDS) break;
    }
    const last = words[words.length - 1];
    if (last && isShort && [...last.raw].length >= 3) last.prefix = last.raw;
    const wordMatches = lexicon.match(
      words.map((w) => w.alternatives),
      languages,
    );
    const named = places
      ? places.match(
          words.map((w) => w.text),
          { withTypos: true, languages, knownWords: wordsIn(wordMatches) },
        )
      : [];
    const matches = outside(
      wordMatches,
      named.filter((m) => !m.isMisspelt),
    );
    const groups = buildQueryGroups(words, matches);
    // A word's concept read only in a language the query was guessed to be in, not one its text shows
    // ("per" in "per cent" is French "père" only): the search asks the index about it (ADR 0126).
    const evidenced = evidencedLanguage(text);
    const sure = evidenced
      ? lexicon.match(
          words.map((w) => w.alternatives),
          [evidenced],
        )
      : [];
    const guessed = matches.filter(
      (m) => m.end - m.start === 1 && !sure.some((s) => s.conceptId === m.conceptId && s.start === m.start),
    );
    if (named.length > 0) {
      // A place joins the group of its first word ("w Niemczech" → the group of "Niemczech").
      const groupOf: TQueryGroup[] = [];
      for (const g of groups) for (let k = 0; k < g.words.length; k++) groupOf.push(g);
      for (const m of named) {
        const g = groupOf[m.start];
        if (g && !g.conceptIds.includes(m.placeId)) g.conceptIds.push(m.placeId);
      }
    }
    return {
      text,
      language,
      languages,
      words,
      groups,
      concepts: [...new Set([...matches.map((m) => m.conceptId), ...named.map((m) => m.placeId)])].sort(),
      isEmpty: words.length === 0,
      isShort,
      ...(guessed.length > 0
        ? { guessedConcepts: guessed.map((m) => ({ conceptId: m.conceptId, start: m.start })) }
        : {}),
      ...(named.length > 0
        ? {
            namedPlaces: named.map((m) => ({
              placeId: m.placeId,
              start: m.start,
              end: m.end,
              isMisspelt: m.isMisspelt === true,
            })),
          }
        : {}),
    };
  }

  return { lexicon, fingerprint: options.fingerprint, analyseDocument, analyseQuery, analyseText };
}

/**
 * The concepts not read from a place's name: "Madrid" is the city, not Spanish "madre" (whose stem it
 * shares), in a record and in a query.
 */
function outside(matches: readonly TConceptMatch[], named: readonly TPlaceMatch[]): TConceptMatch[] {
  if (named.length === 0) return [...matches];
  return matches.filter((c) => !named.some((p) => c.start < p.end && p.start < c.end));
}

/** The indices of the words that concept matches span. */
function wordsIn(matches: readonly TConceptMatch[]): Set<number> {
  const indices = new Set<number>();
  for (const m of matches) for (let i = m.start; i < m.end; i++) indices.add(i);
  return indices;
}

/** At most `MAX_QUERY_CHARS`, cut before a word that would be split. */
export function cutQuery(query: string): string {
  const trimmed = query.trim();
  if (trimmed.length <= MAX_QUERY_CHARS) return trimmed;
  const cut = trimmed.slice(0, MAX_QUERY_CHARS);
  const lastSpace = cut.search(/\s\S*$/);
  return (lastSpace > 0 ? cut.slice(0, lastSpace) : cut).trim();
}
