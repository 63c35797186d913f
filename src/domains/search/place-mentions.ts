import { analyseWords } from '../../platform/search/words.ts';
import { gazetteerPlaceCountry, gazetteerPlaceName, hubPlaceNames } from './hub-places.ts';

/**
 * Places a text names, where it names them: countries (`country:pl`), world regions and the
 * gazetteer's cities (`place:krakow`, with their country), read as search reads records — every
 * language, inflected forms included ("w Krakowie", "в Японии", "بمسقط").
 */
export type TPlaceMention = {
  placeId: string;
  start: number;
  end: number;
  /** A gazetteer place's country (ISO alpha-2); a country's own code; null for a region. */
  country: string | null;
  /** A gazetteer place's local name ("Kraków"); null for countries and regions. */
  name: string | null;
};

export function placeMentionsIn(text: string): TPlaceMention[] {
  const words = analyseWords(text, 'und');
  const matches = hubPlaceNames().match(words.map((w) => text.slice(w.start, w.end)));
  return matches.map((m) => {
    const start = words[m.start]?.start ?? 0;
    const end = words[m.end - 1]?.end ?? start;
    if (m.placeId.startsWith('country:'))
      return {
        placeId: m.placeId,
        start,
        end,
        country: m.placeId.slice('country:'.length).toUpperCase(),
        name: null,
      };
    if (m.placeId.startsWith('place:'))
      return {
        placeId: m.placeId,
        start,
        end,
        country: gazetteerPlaceCountry(m.placeId),
        name: gazetteerPlaceName(m.placeId) ?? null,
      };
    return { placeId: m.placeId, start, end, country: null, name: null };
  });
}
