import type { TLocale } from '../i18n/locales.ts';

/**
 * The care taxonomy's shapes. A concept belongs to one scheme and has a stable id
 * `<scheme>:<code>` (code: lowercase ASCII letters, digits and underscores), a label in every
 * interface language and the synonyms people actually type, per language.
 */
export const conceptSchemes = [
  'theme',
  'population',
  'five_r',
  'sdg_target',
  'practice_kind',
  'stakeholder_type',
  'scope',
  'region',
  'country',
] as const;

export type TConceptScheme = (typeof conceptSchemes)[number];

export type TLocalized<T> = Readonly<Record<TLocale, T>>;

export type TConcept = {
  /** `<scheme>:<code>`, e.g. `theme:early_childhood_care`, `sdg_target:5_4`, `country:pl`. */
  id: string;
  scheme: TConceptScheme;
  code: string;
  /** The code others know it by: "5.4" for an SDG target, "PL" for a country, "150" (UN M49) for a region. */
  notation?: string;
  labels: TLocalized<string>;
  /** Other words for the concept, per language; never repeats the label. */
  synonyms: TLocalized<readonly string[]>;
  /** Parent concepts (a region's wider region, a country's regions, young children → children). */
  broader: readonly string[];
  related: readonly string[];
  /** A short explanation, in our own words, where the label needs one (e.g. indicator 5.4.1 on target 5.4). */
  notes?: Readonly<Partial<Record<TLocale, string>>>;
  /** Regions only: the ISO 3166-1 alpha-2 codes of every country in it, sub-regions included. */
  countries?: readonly string[];
  /** External concepts this one draws terms from (UNESCO Thesaurus URIs); see NOTICE.md. */
  closeMatch: readonly string[];
  /** True when some synonyms come from the UNESCO Thesaurus (CC BY-SA 3.0 IGO): credit it where shown. */
  hasUnescoTerms: boolean;
};

/** The hand-written part of a concept, as the data files declare it. */
export type TConceptSeed = {
  code: string;
  notation?: string;
  labels: TLocalized<string>;
  synonyms?: Readonly<Partial<Record<TLocale, readonly string[]>>>;
  broader?: readonly string[];
  related?: readonly string[];
  notes?: Readonly<Partial<Record<TLocale, string>>>;
};

/** One term of the search lexicon: a label or synonym that stands for a concept in a language. */
export type TLexiconEntry = {
  conceptId: string;
  language: string;
  term: string;
  /** 'label' for the concept's own label, 'synonym' otherwise (the analyser may weigh them apart). */
  kind: 'label' | 'synonym';
};
