import { localeTags } from '../../i18n/locales.ts';
import { PlaceNames, type TPlaceName, type TPlaceNameSource } from '../../platform/search/place-names.ts';
import { countryCodes } from '../../taxonomy/countries.ts';
import { conceptsOf } from '../../taxonomy/taxonomy.ts';
import { placeSeeds } from './place-seeds.ts';

/**
 * The places a query can name, for the hub's analyser: every country in the interface languages
 * (the taxonomy's CLDR labels and synonyms, inflected forms read) and in some forty more languages
 * (CLDR through Intl.DisplayNames, exact names only), the UN M49 regions of the taxonomy, and the
 * gazetteer's cities (the editors' table search_places, seeded from place-seeds.ts on first start). A place's id is the
 * concept id records carry: `country:pl`, `region:latin_america_caribbean`, `place:krakow`.
 */
const MORE_LOCALES = [
  'de',
  'it',
  'pt',
  'nl',
  'sv',
  'nb',
  'da',
  'fi',
  'cs',
  'sk',
  'hu',
  'ro',
  'tr',
  'uk',
  'be',
  'kk',
  'uz',
  'hy',
  'ka',
  'el',
  'he',
  'fa',
  'ur',
  'hi',
  'bn',
  'zh',
  'ja',
  'ko',
  'id',
  'ms',
  'vi',
  'th',
  'sw',
  'am',
  'ca',
  'hr',
  'sr',
  'bg',
  'lt',
  'lv',
  'et',
  'sl',
];

export function placeIdOf(gazetteerId: string): string {
  return `place:${gazetteerId}`;
}

function countryNames(): TPlaceName[] {
  const names: TPlaceName[] = [];
  for (const concept of conceptsOf('country')) {
    for (const locale of localeTags) {
      names.push({ placeId: concept.id, name: concept.labels[locale], isInflected: true, language: locale });
      for (const synonym of concept.synonyms[locale])
        names.push({ placeId: concept.id, name: synonym, isInflected: true, language: locale });
    }
  }
  const supported = Intl.DisplayNames.supportedLocalesOf(MORE_LOCALES);
  for (const locale of supported) {
    const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (const code of countryCodes) {
      const name = display.of(code);
      if (name && name !== code)
        names.push({ placeId: `country:${code.toLowerCase()}`, name, isInflected: false, language: locale });
    }
  }
  return names;
}

function regionNames(): TPlaceName[] {
  return conceptsOf('region').flatMap((concept) =>
    localeTags.flatMap((locale) => [
      { placeId: concept.id, name: concept.labels[locale], isInflected: true, language: locale },
      ...concept.synonyms[locale].map((name) => ({
        placeId: concept.id,
        name,
        isInflected: true,
        language: locale,
      })),
    ]),
  );
}

/** Gazetteer places as names: every name of a place is read, inflections and typos included. */
export function gazetteerNames(
  places: ReadonlyArray<{ id: string; names: readonly string[] }>,
): TPlaceName[] {
  return places.flatMap((p) =>
    p.names.map((name) => ({ placeId: placeIdOf(p.id), name, isInflected: true })),
  );
}

let hubPlaces: PlaceNames | undefined;
/** The gazetteer as last read from the database (the seeds until then). */
let gazetteer: ReadonlyArray<{ id: string; names: readonly string[]; country?: string }> = placeSeeds;
let fixedSources: TPlaceNameSource[] | undefined;

/**
 * Every name the hub's analyser reads as a place, by source, as plain data: what `hubPlaceNames` is
 * built from, and what the bulk import's worker threads build the same analyser from (ADR 0106).
 */
export function hubPlaceNameSources(): TPlaceNameSource[] {
  return [...fixedPlaceNameSources(), { source: 'gazetteer', names: gazetteerNames(gazetteer) }];
}

/**
 * The names that come with the hub's code and data (countries, regions), not the editors' gazetteer:
 * what the analyser's fingerprint reads (ADR 0126).
 */
export function fixedPlaceNameSources(): TPlaceNameSource[] {
  fixedSources ??= [
    { source: 'countries', names: countryNames() },
    { source: 'regions', names: regionNames() },
  ];
  return fixedSources;
}

/** The process's place names (countries and regions do not change; the gazetteer is reloaded). */
export function hubPlaceNames(): PlaceNames {
  hubPlaces ??= PlaceNames.of(hubPlaceNameSources());
  return hubPlaces;
}

/**
 * Puts the editors' gazetteer (table search_places) in place of the one the analyser reads: queries
 * understand a place as soon as it is saved, on every node (the change feed tells the others).
 */
export function useGazetteer(
  places: ReadonlyArray<{ id: string; names: readonly string[]; country?: string }>,
): void {
  gazetteer = places;
  // Built on first use (from `gazetteer`): a process that never analyses (the import's writer) never pays it.
  hubPlaces?.replace('gazetteer', gazetteerNames(places));
}

/** The gazetteer the analyser reads now (to give the same one to a worker thread's analyser). */
export function currentGazetteer(): ReadonlyArray<{
  id: string;
  names: readonly string[];
  country?: string;
}> {
  return gazetteer;
}

/**
 * A gazetteer place's name, for labels: with a locale, the name for that reader (`placeNameFor`:
 * `place:krakow` → "Краков" in Russian, "كراكوف" in Arabic, "Kraków" in Latin scripts); without one, its
 * local name (the first). Undefined if unknown.
 */
export function gazetteerPlaceName(placeId: string, locale?: string): string | undefined {
  const id = placeId.startsWith('place:') ? placeId.slice('place:'.length) : placeId;
  const names = gazetteer.find((p) => p.id === id)?.names;
  if (!names) return undefined;
  return locale ? placeNameFor(locale, names) : names[0];
}

const SCRIPT_OF_LANGUAGE: Record<string, RegExp> = { ar: /\p{Script=Arabic}/u, ru: /\p{Script=Cyrillic}/u };

/**
 * A place's name for a reader: the first of its names in the reader's script (Arabic, Cyrillic; Latin
 * for the other interface languages), else its local name (the first). Names are listed per place, not
 * per language, so a Latin-script reader gets the first Latin name — the local one, for a place whose
 * editors list it first.
 */
export function placeNameFor(locale: string, names: readonly string[]): string {
  const script = SCRIPT_OF_LANGUAGE[locale.split('-')[0] ?? locale] ?? /\p{Script=Latin}/u;
  return names.find((n) => script.test(n)) ?? names[0] ?? '';
}

/** The country (ISO alpha-2) of a gazetteer place (`place:krakow` → "PL"), or null if unknown. */
export function gazetteerPlaceCountry(placeId: string): string | null {
  const id = placeId.startsWith('place:') ? placeId.slice('place:'.length) : placeId;
  return gazetteer.find((p) => p.id === id)?.country ?? null;
}
