import type { TProposedField } from '../imports.schemas.ts';

/**
 * Countries and cities a document names, through the gazetteer (search's place names, every
 * language and inflection). A city brings its country. Each place once, with its first mention as
 * evidence; named more often, more sure.
 */
export type TPlaceMentionLike = {
  placeId: string;
  start: number;
  end: number;
  country: string | null;
  name: string | null;
};

export function extractPlaces(mentions: readonly TPlaceMentionLike[]): TProposedField[] {
  const countries = new Map<string, { first: TPlaceMentionLike; count: number; viaCity: boolean }>();
  const cities = new Map<string, { first: TPlaceMentionLike; count: number }>();
  for (const m of mentions) {
    if (m.placeId.startsWith('place:')) {
      const seen = cities.get(m.placeId);
      if (seen) seen.count++;
      else cities.set(m.placeId, { first: m, count: 1 });
      if (m.country && !countries.has(m.country))
        countries.set(m.country, { first: m, count: 1, viaCity: true });
      continue;
    }
    if (!m.placeId.startsWith('country:') || !m.country) continue;
    const seen = countries.get(m.country);
    if (seen && !seen.viaCity) seen.count++;
    else countries.set(m.country, { first: seen?.first ?? m, count: (seen?.count ?? 0) + 1, viaCity: false });
  }
  const sure = (count: number) => Math.min(0.95, 0.6 + 0.1 * count);
  const fields: TProposedField[] = [];
  for (const [code, { first, count }] of countries)
    fields.push({
      field: 'country',
      value: code,
      start: first.start,
      end: first.end,
      confidence: sure(count),
      decision: 'proposed',
    });
  for (const [placeId, { first, count }] of cities)
    fields.push({
      field: 'city',
      value: first.name ?? placeId.slice('place:'.length),
      start: first.start,
      end: first.end,
      confidence: sure(count),
      decision: 'proposed',
      detail: { placeId, ...(first.country ? { country: first.country } : {}) },
    });
  return fields;
}
