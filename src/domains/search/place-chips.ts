import { withToggled } from '../../core/listing.ts';
import type { TViewContext } from '../../ui/view-context.ts';
import { facetValueLabel } from './facet-labels.ts';

/**
 * The places a query named, offered as filters (issue 12): a query that names a country or a world
 * region ranks records about it first and never hides the rest; its chip narrows the list to them
 * ("in: Poland"), and, once chosen, removes that filter again ("in: Poland ×"). Cities of the
 * gazetteer have no facet of their own: they rank, but are not offered as a filter.
 */
export type TPlaceChip = { label: string; href: string; isActive: boolean };

function facetOf(conceptId: string): { facet: string; value: string } | undefined {
  if (conceptId.startsWith('country:')) return { facet: 'country', value: conceptId.slice(8).toUpperCase() };
  if (conceptId.startsWith('region:')) return { facet: 'region', value: conceptId };
  return undefined;
}

export function placeChips(
  ctx: TViewContext,
  params: URLSearchParams,
  conceptIds: readonly string[],
  filters: Readonly<Record<string, readonly string[]>>,
): TPlaceChip[] {
  return conceptIds.flatMap((conceptId) => {
    const target = facetOf(conceptId);
    if (!target) return [];
    return [
      {
        label: facetValueLabel(ctx, target.facet, target.value),
        href: withToggled(params, target.facet, target.value),
        isActive: (filters[target.facet] ?? []).includes(target.value),
      },
    ];
  });
}
