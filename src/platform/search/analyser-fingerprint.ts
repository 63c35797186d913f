import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TLexiconEntry } from './concept-lexicon.ts';
import type { TPlaceNameSource } from './place-names.ts';
import { stopWordLists } from './stop-words.ts';

/**
 * The version of the analyser's code. Bump it in the commit that changes how a text is read by code
 * rather than by data: tokenising, normalisation, the stemmers' own rules (stemmers.ts), how places or
 * concepts are matched (place-names.ts, concept-lexicon.ts), what an analysis holds (analyser.ts). Do not
 * bump it for a change that gives the same tokens and concepts for every text (a faster matcher).
 * The data the analyser reads (the taxonomy's labels and synonyms, the countries' and regions' names,
 * the stop words) and the libraries it calls are in the fingerprint already (ADR 0126).
 */
export const ANALYSER_VERSION = 2;

/** What an analyser is built from, as plain data: its concept phrases and the fixed place names. */
export type TAnalyserData = {
  lexicon: Iterable<TLexiconEntry>;
  /** The place names that come with the code (not the editors' gazetteer, which has its own reindex). */
  places: readonly TPlaceNameSource[];
};

/** Libraries whose output is part of an analysis: the Snowball stemmers and franc's language guesses. */
const LIBRARIES = ['multilingual-stemmer', 'franc-min'];

/**
 * A fingerprint of everything that decides an analyser's output (ADR 0126): when the one the index was
 * written with differs, the next start analyses the kept documents again (`rebuildIfRequired`). A hex
 * SHA-256 over the code's version, the libraries' versions, the Unicode and ICU versions of the runtime
 * (letters, word segmentation, CLDR names), the stop words, the lexicon's entries and the place names.
 */
export function analyserFingerprint(data: TAnalyserData): string {
  const hash = createHash('sha256');
  const part = (...values: Array<string | number | boolean | undefined>) => {
    hash.update(values.map((v) => String(v ?? '')).join('\u001f'));
    hash.update('\u001e');
  };
  part('analyser', ANALYSER_VERSION);
  for (const name of LIBRARIES) part('library', name, installedVersion(name));
  part('runtime', process.versions.unicode, process.versions.icu);
  for (const [language, words] of Object.entries(stopWordLists())) part('stop', language, words);
  for (const e of data.lexicon) part('concept', e.conceptId, e.language, e.term);
  for (const { source, names } of data.places) {
    part('places', source);
    for (const n of names) part('place', n.placeId, n.name, n.isInflected, n.language);
  }
  return hash.digest('hex');
}

/** The version a library is installed at, read from its package.json (its exports may not list it). */
function installedVersion(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.resolve(name)));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === name) return manifest.version ?? '';
    } catch {
      // No package.json here: look in the folder above.
    }
    const parent = dirname(dir);
    if (parent === dir) return '';
    dir = parent;
  }
}
