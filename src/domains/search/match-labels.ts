import type { TMatchReason } from '../../platform/search/search-types.ts';
import { conceptLabel } from '../../taxonomy/taxonomy.ts';
import { gazetteerPlaceName } from './hub-places.ts';

/**
 * Why a hit matched, in the reader's language: the words it holds as typed, the concept's label,
 * the country's or region's name, the gazetteer place's name in the reader's script ("matched:
 * long-term care · older persons · Japan"; "Краков" for a Russian reader, "كراكوف" for an Arabic one).
 */
export function matchReasonLabel(reason: TMatchReason, locale: string): string {
  if (reason.kind === 'words') return reason.text;
  if (reason.conceptId.startsWith('place:')) {
    return gazetteerPlaceName(reason.conceptId, locale) ?? reason.conceptId.slice('place:'.length);
  }
  return conceptLabel(reason.conceptId, locale);
}

/** The distinct labels of a hit's reasons, in order ("personas mayores" typed and the concept's label once). */
export function matchLabels(reasons: readonly TMatchReason[], locale: string): string[] {
  const seen = new Set<string>();
  const labels: string[] = [];
  for (const reason of reasons) {
    const label = matchReasonLabel(reason, locale);
    const key = label.toLocaleLowerCase(locale);
    if (seen.has(key)) continue;
    seen.add(key);
    labels.push(label);
  }
  return labels;
}
