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

/**
 * Polish counties, which the gazetteer does not hold: "powiat" in any case ("Powiatu Krakowskiego",
 * "w powiecie wielickim") followed by its adjective, proposed as a place in the nominative
 * ("Powiat krakowski") in Poland. "Powiat grodzki / ziemski" name a kind of county, not one;
 * "Powiatowy Urząd" is an adjective, not the noun.
 */
const COUNTY =
  /(?<![\p{L}\p{N}])(?:powiat(?:u|owi|em|y|ach|ów)?|powiecie)\s+(\p{L}+?(?:sk|ck|dzk))(?:iego|iemu|imi|im|ich|iej|ie|i)(?![\p{L}\p{N}])/giu;
const COUNTY_KINDS = new Set(['grodzk', 'ziemsk']);

export function extractPolishCounties(text: string): TProposedField[] {
  const found = new Map<string, { start: number; end: number; count: number }>();
  for (const match of text.matchAll(COUNTY)) {
    const stem = match[1]?.toLocaleLowerCase('pl') ?? '';
    if (!stem || COUNTY_KINDS.has(stem)) continue;
    const name = `Powiat ${stem}i`;
    const seen = found.get(name);
    if (seen) seen.count++;
    else found.set(name, { start: match.index, end: match.index + match[0].length, count: 1 });
  }
  return [...found.entries()].map(([name, { start, end, count }]) => ({
    field: 'city' as const,
    value: name,
    start,
    end,
    confidence: Math.min(0.9, 0.6 + 0.1 * count),
    decision: 'proposed' as const,
    detail: { country: 'PL', kind: 'county' },
  }));
}
