import { defaultLocale, isLocale } from '../i18n/locales.ts';
import { siteTextWording } from '../i18n/site-text-overlay.ts';
import { buildConcepts, termKey } from './concept-builder.ts';
import type { TConcept, TConceptScheme, TLexiconEntry } from './taxonomy.types.ts';

export { unescoThesaurus } from './data/unesco-terms.data.ts';
/**
 * The care taxonomy: themes, populations, the 5R, SDG targets, practice kinds, stakeholder types,
 * scopes, world regions and countries, each concept with labels and synonyms in every interface
 * language. Built once, on first use, from the data files in ./data (see NOTICE.md for sources).
 * Concept labels are data, not interface messages: they are not in src/i18n/messages.
 */
export type { TConcept, TConceptScheme, TLexiconEntry } from './taxonomy.types.ts';
export { conceptSchemes } from './taxonomy.types.ts';

type TIndex = {
  all: readonly TConcept[];
  byId: ReadonlyMap<string, TConcept>;
  byScheme: ReadonlyMap<TConceptScheme, readonly TConcept[]>;
  regionsByCountry: ReadonlyMap<string, readonly string[]>;
};

let index: TIndex | undefined;

function ancestorsOf(id: string, byId: ReadonlyMap<string, TConcept>, into: string[]): string[] {
  for (const parent of byId.get(id)?.broader ?? []) {
    if (into.includes(parent)) continue;
    into.push(parent);
    ancestorsOf(parent, byId, into);
  }
  return into;
}

function taxonomyIndex(): TIndex {
  if (index) return index;
  const all = Object.freeze(buildConcepts().map((c) => Object.freeze(c)));
  const byId = new Map(all.map((c) => [c.id, c]));
  const byScheme = new Map<TConceptScheme, TConcept[]>();
  for (const concept of all) byScheme.set(concept.scheme, [...(byScheme.get(concept.scheme) ?? []), concept]);
  const regionsByCountry = new Map<string, readonly string[]>();
  for (const country of byScheme.get('country') ?? []) {
    regionsByCountry.set(country.notation ?? country.code.toUpperCase(), ancestorsOf(country.id, byId, []));
  }
  index = { all, byId, byScheme, regionsByCountry };
  return index;
}

/** Every concept, scheme by scheme, in the order the data declares them (SDG 5.4 first, …). */
export function allConcepts(): readonly TConcept[] {
  return taxonomyIndex().all;
}

export function conceptsOf(scheme: TConceptScheme): readonly TConcept[] {
  return taxonomyIndex().byScheme.get(scheme) ?? [];
}

export function findConcept(id: string): TConcept | undefined {
  return taxonomyIndex().byId.get(id);
}

/** True when `id` is a concept of that scheme (`isConceptOf('theme', 'theme:care_leave')`). */
export function isConceptOf(scheme: TConceptScheme, id: string): boolean {
  return findConcept(id)?.scheme === scheme;
}

/** The site-text key under which the secretariat words a concept's name (docs/adr/0099). */
export function conceptTextKey(id: string): string {
  return `concept:${id}`;
}

/**
 * The concept's label in that language: the secretariat's wording when it gave one (site texts, read for
 * the current request), else the taxonomy's, else English; an unknown id is returned as it is.
 */
export function conceptLabel(id: string, locale: string): string {
  const concept = findConcept(id);
  if (!concept) return id;
  const wording = siteTextWording(conceptTextKey(id), locale);
  if (wording) return wording;
  return builtInConceptLabel(concept, locale);
}

/** The taxonomy's own label of the concept in that language, else in English. */
export function builtInConceptLabel(concept: TConcept, locale: string): string {
  return concept.labels[isLocale(locale) ? locale : defaultLocale] || concept.labels[defaultLocale];
}

/** `country:pl` for "PL" (any case). */
export function countryConceptId(code: string): string {
  return `country:${code.trim().toLowerCase()}`;
}

/** ISO 3166-1 alpha-2 code, any case; XK (Kosovo) included. */
export function isKnownCountry(code: string): boolean {
  return taxonomyIndex().regionsByCountry.has(code.trim().toUpperCase());
}

/** The countries (upper-case ISO codes, sorted) of a region, its sub-regions included. Accepts `region:x` or `x`. */
export function countriesOfRegion(regionId: string): readonly string[] {
  const id = regionId.includes(':') ? regionId : `region:${regionId}`;
  const region = findConcept(id);
  return region?.scheme === 'region' ? (region.countries ?? []) : [];
}

/** The regions a country belongs to, narrowest first (`PL` → eastern_europe, europe). */
export function regionsOfCountry(code: string): readonly string[] {
  return taxonomyIndex().regionsByCountry.get(code.trim().toUpperCase()) ?? [];
}

let lexicon: readonly TLexiconEntry[] | undefined;

/**
 * Every label and synonym of every concept (countries included), one entry per concept, language
 * and term, for the search analyser's concept tagging. A fresh array each call; the entries are frozen.
 */
export function lexiconEntries(): TLexiconEntry[] {
  if (!lexicon) {
    const entries: TLexiconEntry[] = [];
    for (const concept of allConcepts()) {
      for (const [language, label] of Object.entries(concept.labels)) {
        const seen = new Set<string>();
        const add = (term: string, kind: TLexiconEntry['kind']) => {
          const key = termKey(term);
          if (!key || seen.has(key)) return;
          seen.add(key);
          entries.push(Object.freeze({ conceptId: concept.id, language, term, kind }));
        };
        add(label, 'label');
        for (const synonym of concept.synonyms[language as keyof typeof concept.synonyms])
          add(synonym, 'synonym');
      }
    }
    lexicon = Object.freeze(entries);
  }
  return [...lexicon];
}
