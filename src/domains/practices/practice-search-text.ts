import { markdownToText } from '../../platform/markdown.ts';
import type { TSearchDocument } from '../../platform/search/search-types.ts';
import { regionsOfCountry } from '../../taxonomy/taxonomy.ts';
import type { TPracticeContent } from './practice-record.ts';

/** What a practice's index entry is made of that depends only on its content (not its id or dates). */
export type TPracticeSearchText = Pick<
  TSearchDocument,
  'language' | 'title' | 'summary' | 'body' | 'concepts' | 'places'
>;

/**
 * The text and tags a practice is indexed by: the CPU-heavy part of its index entry (Markdown to text),
 * computed from its content alone so that the bulk import's workers can compute it (and analyse it)
 * beside the writer; this file needs no database, so a worker loads little. Every path that indexes a
 * practice goes through this one function.
 * Translations are indexed with the original, so a reader finds a practice in either language.
 */
export function practiceSearchText(practice: TPracticeContent): TPracticeSearchText {
  const translations = Object.values(practice.translations);
  const places = practice.eligibility.flatMap((r) => (r.type === 'residence' ? r.places : []));
  const other = practice.eligibility.flatMap((r) => (r.type === 'other' ? [r.text] : []));
  return {
    language: practice.language,
    title: practice.title,
    summary: [practice.summary, ...translations.map((t) => `${t.title} ${t.summary}`)].join('\n'),
    body: [
      markdownToText(practice.body),
      practice.beneficiaries,
      ...other,
      ...places,
      ...practice.cities.map((c) => c.name),
      ...practice.implementers.map((i) => i.name),
      ...practice.evidence.map((e) => e.title),
      ...translations.map((t) => `${markdownToText(t.body)} ${t.beneficiaries}`),
    ]
      .filter((part) => part.trim() !== '')
      .join('\n'),
    concepts: [
      ...practice.themes,
      ...practice.populations,
      ...practice.fiveR,
      ...practice.sdgTargets,
      ...practice.countries.map((code) => `country:${code.toLowerCase()}`),
      ...new Set(practice.countries.flatMap((code) => regionsOfCountry(code))),
    ],
    places: [...practice.cities.map((c) => c.name), ...places],
  };
}
