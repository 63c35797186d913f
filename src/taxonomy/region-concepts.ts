import { regionsOfCountry } from './taxonomy.ts';

/**
 * The region concepts a country belongs to, narrowest first, as concept ids the search indexes
 * (PL → region:eastern_europe, region:europe): what a record about that country is also about.
 */
export function regionConceptIds(code: string): readonly string[] {
  return regionsOfCountry(code).map((r) => (r.includes(':') ? r : `region:${r}`));
}
