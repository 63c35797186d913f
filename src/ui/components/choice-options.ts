import { countriesSorted, countryName } from '../../i18n/names.ts';
import { conceptsOf } from '../../taxonomy/taxonomy.ts';
import type { TConceptScheme } from '../../taxonomy/taxonomy.types.ts';
import type { TChoice, TChoiceGroup } from './choice-list.tsx';

/**
 * The options every form shares for countries, themes, populations and regions, in the reader's
 * language, for `ChoiceList` (or a `SelectField`): one place instead of a list copied into each form.
 */

/** The UN M49 continents countries are grouped under, in this order; the rest go last. */
const continents = ['africa', 'americas', 'asia', 'europe', 'oceania'] as const;

const groupCache = new Map<string, TChoiceGroup[]>();

/** Every country, grouped by continent, each group sorted by name in the reader's language. */
export function countryChoiceGroups(locale: string): readonly TChoiceGroup[] {
  const cached = groupCache.get(locale);
  if (cached) return cached;
  const regions = conceptsOf('region');
  const continentOf = (code: string) =>
    continents.find((c) => regions.find((r) => r.code === c)?.countries?.includes(code));
  const choice = (c: { code: string; name: string }): TChoice => ({
    value: c.code,
    label: c.name,
    terms: `${c.code} ${countryName('en', c.code)}`,
  });
  const all = countriesSorted(locale);
  const groups: TChoiceGroup[] = continents.map((continent) => ({
    label: regions.find((r) => r.code === continent)?.labels[locale as 'en'] ?? continent,
    options: all.filter((c) => continentOf(c.code) === continent).map(choice),
  }));
  const rest = all.filter((c) => continentOf(c.code) === undefined).map(choice);
  if (rest.length > 0) {
    groups.push({
      label: regions.find((r) => r.code === 'antarctica')?.labels[locale as 'en'] ?? '—',
      options: rest,
    });
  }
  groupCache.set(locale, groups);
  return groups;
}

/** The concepts of a scheme (themes, populations, regions) with their synonyms as filter terms. */
export function conceptChoices(scheme: TConceptScheme, locale: string): readonly TChoice[] {
  return conceptsOf(scheme).map((c) => ({
    value: c.id,
    label: c.labels[locale as 'en'] ?? c.labels.en,
    terms: [...(c.synonyms[locale as 'en'] ?? []), c.labels.en].join(' '),
  }));
}
