import { localeTags, type TLocale } from '../i18n/locales.ts';
import { countryCodes, countryLabels } from './countries.ts';
import { practiceKindSeeds, scopeSeeds, stakeholderTypeSeeds } from './data/classifiers.data.ts';
import { countrySynonyms } from './data/country-synonyms.data.ts';
import { fiveRSeeds, sdgTargetSeeds } from './data/frameworks.data.ts';
import { populationSeeds } from './data/populations.data.ts';
import { regionSeeds } from './data/regions.data.ts';
import { themeSeeds } from './data/themes.data.ts';
import { unescoTerms } from './data/unesco-terms.data.ts';
import type { TConcept, TConceptScheme, TConceptSeed } from './taxonomy.types.ts';

/** The form used to tell two terms apart: NFC, single spaces, straight apostrophes, lower case. */
export function termKey(term: string): string {
  return term
    .normalize('NFC')
    .replace(/[\u2019\u02BC]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

type TDraft = {
  seed: TConceptSeed;
  scheme: TConceptScheme;
  extra: Map<TLocale, string[]>;
  closeMatch: string[];
  countries?: readonly string[];
};

function draftsOf(scheme: TConceptScheme, seeds: readonly TConceptSeed[]): TDraft[] {
  return seeds.map((seed) => ({ seed, scheme, extra: new Map(), closeMatch: [] }));
}

/** The label first, then each synonym once, none repeating the label. */
function mergeSynonyms(label: string, lists: readonly (readonly string[] | undefined)[]) {
  const seen = new Set([termKey(label)]);
  const merged: string[] = [];
  for (const list of lists) {
    for (const raw of list ?? []) {
      const term = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
      const key = termKey(term);
      if (!term || seen.has(key)) continue;
      seen.add(key);
      merged.push(term);
    }
  }
  return merged;
}

function toConcept(draft: TDraft, broader: readonly string[] = draft.seed.broader ?? []): TConcept {
  const { seed, scheme } = draft;
  const synonyms = {} as Record<TLocale, readonly string[]>;
  for (const locale of localeTags) {
    synonyms[locale] = mergeSynonyms(seed.labels[locale], [seed.synonyms?.[locale], draft.extra.get(locale)]);
  }
  return {
    id: `${scheme}:${seed.code}`,
    scheme,
    code: seed.code,
    ...(seed.notation ? { notation: seed.notation } : {}),
    labels: seed.labels,
    synonyms,
    broader,
    related: seed.related ?? [],
    ...(seed.notes ? { notes: seed.notes } : {}),
    ...(draft.countries ? { countries: draft.countries } : {}),
    closeMatch: draft.closeMatch,
    hasUnescoTerms: draft.closeMatch.length > 0,
  };
}

/** Regions with the full list of their countries (own and those of narrower regions). */
function regionDrafts(): TDraft[] {
  const own = new Map(regionSeeds.map((r) => [r.code, r.countries ? r.countries.split(' ') : []]));
  const children = new Map<string, string[]>();
  for (const region of regionSeeds) {
    for (const parent of region.broader ?? []) {
      const code = parent.slice('region:'.length);
      children.set(code, [...(children.get(code) ?? []), region.code]);
    }
  }
  const collect = (code: string): string[] => [
    ...(own.get(code) ?? []),
    ...(children.get(code) ?? []).flatMap((child) => collect(child)),
  ];
  return regionSeeds.map((seed) => ({
    seed,
    scheme: 'region',
    extra: new Map(),
    closeMatch: [],
    countries: [...new Set(collect(seed.code))].sort(),
  }));
}

function countryConcepts(): TConcept[] {
  const directRegions = new Map<string, string[]>();
  for (const region of regionSeeds) {
    for (const code of region.countries?.split(' ') ?? []) {
      directRegions.set(code, [...(directRegions.get(code) ?? []), `region:${region.code}`]);
    }
  }
  return countryCodes.map((code) =>
    toConcept(
      {
        seed: {
          code: code.toLowerCase(),
          notation: code,
          labels: countryLabels(code),
          synonyms: countrySynonyms[code],
        },
        scheme: 'country',
        extra: new Map(),
        closeMatch: [],
      },
      directRegions.get(code) ?? [],
    ),
  );
}

/** Every concept of every scheme, in the order the data files declare them. */
export function buildConcepts(): TConcept[] {
  const drafts = [
    ...draftsOf('theme', themeSeeds),
    ...draftsOf('population', populationSeeds),
    ...draftsOf('five_r', fiveRSeeds),
    ...draftsOf('sdg_target', sdgTargetSeeds),
    ...draftsOf('practice_kind', practiceKindSeeds),
    ...draftsOf('stakeholder_type', stakeholderTypeSeeds),
    ...draftsOf('scope', scopeSeeds),
  ];
  const regions = regionDrafts();
  const byId = new Map([...drafts, ...regions].map((d) => [`${d.scheme}:${d.seed.code}`, d]));
  for (const entry of unescoTerms) {
    const draft = byId.get(entry.conceptId);
    if (!draft) throw new Error(`UNESCO terms for unknown concept ${entry.conceptId}`);
    draft.closeMatch.push(entry.unesco);
    for (const [locale, terms] of Object.entries(entry.terms) as [TLocale, readonly string[]][]) {
      draft.extra.set(locale, [...(draft.extra.get(locale) ?? []), ...terms]);
    }
  }
  return [...drafts.map((d) => toConcept(d)), ...regions.map((d) => toConcept(d)), ...countryConcepts()];
}
