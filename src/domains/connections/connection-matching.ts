import { allConcepts, regionsOfCountry } from '../../taxonomy/taxonomy.ts';
import type { TListing } from './connections.repository.ts';
import { isTopicConcept, type TListingKind } from './connections.schemas.ts';

/**
 * How well an offer and a need fit, as a score a person can read on one line (issue 14, ADR 0045):
 * the concepts they share (rarer ones weigh more), the same or a neighbouring place, a shared working
 * language, the same kind of help, and complementary sectors (a government's need and a company's
 * offer rank above two governments). Pure: the service gives it the listings and term counts.
 */
export const sectors = [
  'government',
  'company',
  'research',
  'civil_society',
  'philanthropy',
  'international',
] as const;
export type TSector = (typeof sectors)[number];

export function sectorOf(stakeholderType: string): TSector {
  if (stakeholderType.endsWith('_government')) return 'government';
  if (stakeholderType.startsWith('private_sector')) return 'company';
  if (stakeholderType === 'academia') return 'research';
  if (stakeholderType.startsWith('philanthropy')) return 'philanthropy';
  if (stakeholderType === 'international_agency') return 'international';
  return 'civil_society';
}

/** The cross-sector pairs the alliance exists for (founding text): government–company, research–civil society, company–civil society, research–government. */
const foundingPairs: ReadonlySet<string> = new Set([
  'company>government',
  'research>civil_society',
  'company>civil_society',
  'civil_society>company',
  'research>government',
  'government>research',
]);

export const weights = {
  /** The most a listing's topics can give (the same concepts on both sides). */
  topics: 6,
  cityMatch: 2.5,
  countryMatch: 2,
  regionMatch: 1,
  continentMatch: 0.5,
  anywhere: 0.5,
  sharedLanguage: 1,
  sameHelpKind: 1,
  foundingPair: 1.5,
  otherSectors: 0.75,
} as const;

const continents: ReadonlySet<string> = new Set([
  'region:africa',
  'region:americas',
  'region:asia',
  'region:europe',
  'region:oceania',
]);

export type TPlaceReason =
  | { kind: 'city'; id: string }
  | { kind: 'country'; code: string }
  | { kind: 'region'; id: string }
  | { kind: 'anywhere' };

export type TMatchExplanation = {
  /** Shared concepts, the rarest (most telling) first. */
  concepts: string[];
  /** The other side's concepts that are close to (related to, broader than) this side's, when not shared. */
  relatedConcepts: string[];
  place: TPlaceReason | null;
  languages: string[];
  helpKind: string | null;
  /** The offering side's sector and the needing side's, when they differ. */
  sectors: { offer: TSector; need: TSector; isFoundingPair: boolean } | null;
};

export type TMatch = { listing: TListing; score: number; explanation: TMatchExplanation };

/** The topic concepts a listing is matched by: chosen ones and those the analyser found. */
export function topicsOf(listing: Pick<TListing, 'concepts' | 'taggedConcepts'>): string[] {
  return [...new Set([...listing.concepts, ...listing.taggedConcepts])].filter(isTopicConcept).sort();
}

/** Countries (upper-case codes) a listing is about: chosen, and named in its text. */
export function countriesOf(listing: Pick<TListing, 'countries' | 'taggedConcepts'>): string[] {
  const tagged = listing.taggedConcepts
    .filter((id) => id.startsWith('country:'))
    .map((id) => id.slice('country:'.length).toUpperCase());
  return [...new Set([...listing.countries, ...tagged])].sort();
}

/** Gazetteer places (cities) a listing's text names (`place:krakow`). */
export function citiesOf(listing: Pick<TListing, 'taggedConcepts'>): string[] {
  return listing.taggedConcepts.filter((id) => id.startsWith('place:'));
}

/** Regions a listing is about, with the regions of its countries (`region:…` ids). */
export function regionsOf(listing: Pick<TListing, 'countries' | 'regions' | 'taggedConcepts'>): string[] {
  const tagged = listing.taggedConcepts.filter((id) => id.startsWith('region:'));
  const fromCountries = countriesOf(listing).flatMap((code) => regionsOfCountry(code));
  return [...new Set([...listing.regions, ...tagged, ...fromCountries])];
}

/** Every term a listing is found by: topics, places ("anywhere" included), languages, kind of help. */
export function termsOf(
  listing: Pick<
    TListing,
    'concepts' | 'taggedConcepts' | 'countries' | 'regions' | 'isAnywhere' | 'workingLanguages' | 'helpKind'
  >,
): string[] {
  return [
    ...topicsOf(listing),
    ...countriesOf(listing).map((code) => `country:${code.toLowerCase()}`),
    ...listing.regions,
    ...citiesOf(listing),
    ...(listing.isAnywhere ? ['anywhere'] : []),
    ...listing.workingLanguages.map((tag) => `lang:${tag}`),
    `help:${listing.helpKind}`,
  ];
}

let relatedIndex: Map<string, Set<string>> | undefined;

/** Concepts close to a topic in the taxonomy: related, broader or narrower (both directions). */
export function relatedTopics(id: string): ReadonlySet<string> {
  if (!relatedIndex) {
    const index = new Map<string, Set<string>>();
    const link = (a: string, b: string) => {
      if (a === b || !isTopicConcept(a) || !isTopicConcept(b)) return;
      index.set(a, (index.get(a) ?? new Set()).add(b));
      index.set(b, (index.get(b) ?? new Set()).add(a));
    };
    for (const concept of allConcepts())
      for (const other of [...concept.related, ...concept.broader]) link(concept.id, other);
    relatedIndex = index;
  }
  return relatedIndex.get(id) ?? new Set();
}

/** A listing's topics and the topics close to them: the terms its candidates are looked up by. */
export function widenedTopics(topics: readonly string[]): string[] {
  return [...new Set([...topics, ...topics.flatMap((id) => [...relatedTopics(id)])])].sort();
}

/** A close (related) concept counts for this share of a shared one. */
export const relatedShare = 0.4;

/** How much a shared concept tells: ln(1 + listings / listings with it). */
export function conceptWeight(total: number, withConcept: number): number {
  return Math.log(1 + Math.max(1, total) / Math.max(1, withConcept));
}

function placeReason(a: TListing, b: TListing): { reason: TPlaceReason | null; weight: number } {
  const citiesB = new Set(citiesOf(b));
  const city = citiesOf(a).find((id) => citiesB.has(id));
  if (city) return { reason: { kind: 'city', id: city }, weight: weights.cityMatch };
  const countriesB = new Set(countriesOf(b));
  const country = countriesOf(a).find((code) => countriesB.has(code));
  if (country) return { reason: { kind: 'country', code: country }, weight: weights.countryMatch };
  const regionsB = new Set(regionsOf(b));
  const shared = regionsOf(a).filter((id) => regionsB.has(id));
  const narrow = shared.find((id) => !continents.has(id));
  if (narrow) return { reason: { kind: 'region', id: narrow }, weight: weights.regionMatch };
  if (shared[0]) return { reason: { kind: 'region', id: shared[0] }, weight: weights.continentMatch };
  if (a.isAnywhere || b.isAnywhere) return { reason: { kind: 'anywhere' }, weight: weights.anywhere };
  return { reason: null, weight: 0 };
}

/**
 * Scores `candidate` for `source` (of the other kind), given how many open listings carry each
 * concept; null when they share no concept (a match is first about the same subject).
 */
export type TTermCounts = {
  total: number;
  counts: { get(term: string): number | undefined };
};

export function scoreMatch(source: TListing, candidate: TListing, frequencies: TTermCounts): TMatch | null {
  const sourceTopics = topicsOf(source);
  const candidateTopics = new Set(topicsOf(candidate));
  const weightOf = (id: string) => conceptWeight(frequencies.total, frequencies.counts.get(id) ?? 1);
  const byWeight = (x: { id: string; weight: number }, y: { id: string; weight: number }) =>
    y.weight - x.weight || x.id.localeCompare(y.id);
  const shared = sourceTopics
    .filter((id) => candidateTopics.has(id))
    .map((id) => ({ id, weight: weightOf(id) }))
    .sort(byWeight);
  const sharedIds = new Set(shared.map((c) => c.id));
  const near = new Set(sourceTopics.flatMap((id) => [...relatedTopics(id)]));
  const related = [...candidateTopics]
    .filter((id) => near.has(id) && !sharedIds.has(id) && !sourceTopics.includes(id))
    .map((id) => ({ id, weight: weightOf(id) * relatedShare }))
    .sort(byWeight);
  const place = placeReason(source, candidate);
  const helpKind = source.helpKind === candidate.helpKind ? source.helpKind : null;
  // Without a topic in common, only the same kind of help in the same city or country makes a match
  // (a venue, volunteers: there the place is the subject).
  const isNearbyHelp =
    helpKind !== null && (place.reason?.kind === 'city' || place.reason?.kind === 'country');
  if (shared.length === 0 && related.length === 0 && !isNearbyHelp) return null;
  // Cosine-like: what the two share, against all each is about, so a listing about everything does
  // not outrank one about exactly this.
  const total = (topics: Iterable<string>) => [...topics].reduce((sum, id) => sum + weightOf(id), 0);
  const common = [...shared, ...related].reduce((sum, c) => sum + c.weight, 0);
  const breadth = Math.sqrt(total(sourceTopics) * total(candidateTopics)) || 1;
  let score = (weights.topics * common) / breadth + place.weight;
  const languagesB = new Set(candidate.workingLanguages);
  const languages = source.workingLanguages.filter((tag) => languagesB.has(tag));
  if (languages.length > 0) score += weights.sharedLanguage;
  if (helpKind) score += weights.sameHelpKind;
  const [offer, need] = source.kind === 'offer' ? [source, candidate] : [candidate, source];
  const offerSector = sectorOf(offer.organization.stakeholderType);
  const needSector = sectorOf(need.organization.stakeholderType);
  let sectorsReason: TMatchExplanation['sectors'] = null;
  if (offerSector !== needSector) {
    const isFoundingPair = foundingPairs.has(`${offerSector}>${needSector}`);
    score += isFoundingPair ? weights.foundingPair : weights.otherSectors;
    sectorsReason = { offer: offerSector, need: needSector, isFoundingPair };
  }
  return {
    listing: candidate,
    score: Math.round(score * 100) / 100,
    explanation: {
      concepts: shared.map((c) => c.id),
      relatedConcepts: related.map((c) => c.id),
      place: place.reason,
      languages,
      helpKind,
      sectors: sectorsReason,
    },
  };
}

/** Best first; equal scores: the newer listing first, then by id (stable). */
export function rankMatches(matches: readonly TMatch[]): TMatch[] {
  return [...matches].sort(
    (a, b) =>
      b.score - a.score ||
      b.listing.createdAt.localeCompare(a.listing.createdAt) ||
      a.listing.id.localeCompare(b.listing.id),
  );
}

export function oppositeOf(kind: TListingKind): TListingKind {
  return kind === 'offer' ? 'need' : 'offer';
}
