import { searchSources } from '../../core/search-sources.ts';
import { countryName, languageName } from '../../i18n/names.ts';
import { conceptLabel } from '../../taxonomy/taxonomy.ts';
import type { TViewContext } from '../../ui/view-context.ts';
import { recordTypeLabelKey } from './record-paths.ts';

/**
 * The facets people can narrow practices by, in the order pages show them, and the label of each
 * value in the reader's language. Shared by the browse page, the search page and the exports. The
 * taxonomy's concepts, countries, languages and record types are labelled here; a facet only one
 * kind of record carries (a practice's kind) is labelled by its search source.
 */
export const facetNames = [
  'type',
  'kind',
  'theme',
  'population',
  'five_r',
  'sdg_target',
  'country',
  'region',
  'language',
  'year',
  'verified',
] as const;
export type TFacetName = (typeof facetNames)[number];

export function isFacetName(value: string): value is TFacetName {
  return (facetNames as readonly string[]).includes(value);
}

export function facetValueLabel(ctx: TViewContext, facet: string, value: string): string {
  switch (facet) {
    case 'theme':
    case 'population':
    case 'five_r':
    case 'sdg_target':
    case 'region':
      return conceptLabel(value, ctx.locale);
    case 'country':
      return countryName(ctx.locale, value);
    case 'language':
      return languageName(ctx.locale, value);
    case 'type':
      return ctx.t(recordTypeLabelKey(value));
    case 'verified':
      return ctx.t('search.facet.verifiedYes');
    default:
      for (const source of searchSources()) {
        const label = source.facetLabels?.[facet];
        if (label) return label(ctx, value);
      }
      return value;
  }
}
