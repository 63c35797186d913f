import { countryName, languageName } from '../../i18n/names.ts';
import type { TViewContext } from '../../ui/view-context.ts';
import { labelOfConcept } from '../practices/index.ts';

/**
 * The facets people can narrow practices by, in the order pages show them, and the label of each
 * value in the reader's language. Shared by the browse page, the search page and the exports.
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
      return labelOfConcept(value, ctx.locale);
    case 'country':
      return countryName(ctx.locale, value);
    case 'language':
      return languageName(ctx.locale, value);
    case 'kind':
      return ctx.t(`practices.kind.${value}`);
    case 'type':
      return ctx.t(`search.type.${value}`);
    case 'verified':
      return ctx.t('search.facet.verifiedYes');
    default:
      return value;
  }
}
