import { countryName, languageName } from '../../../i18n/names.ts';
import { conceptLabel } from '../../../taxonomy/taxonomy.ts';
import type { TViewContext } from '../../../ui/view-context.ts';

/** A calendar filter value in the reader's language; organisers (by slug) are named from the given map. */
export function calendarFacetLabel(
  ctx: Pick<TViewContext, 't' | 'locale'>,
  facet: string,
  value: string,
  organizerNames: ReadonlyMap<string, string>,
): string {
  switch (facet) {
    case 'kind':
      return ctx.t(`events.kind.${value}`);
    case 'format':
      return ctx.t(`events.format.${value}`);
    case 'theme':
      return conceptLabel(value, ctx.locale);
    case 'country':
      return countryName(ctx.locale, value);
    case 'language':
      return languageName(ctx.locale, value);
    case 'organizer':
      return organizerNames.get(value) ?? value;
    default:
      return value;
  }
}
