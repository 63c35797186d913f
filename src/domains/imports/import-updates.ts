import type { TPractice } from '../practices/index.ts';

/**
 * An existing practice brought up to date by an import the curator chose to apply to it: the record
 * keeps its kind, language, text and everything the document does not say; the document's accepted
 * title and start date replace the record's, and what it lists (countries, cities, implementers,
 * eligibility, concepts, who can benefit) is added to the record's own lists without repeating an
 * entry. The practices service validates the result as its edit form would and keeps the earlier
 * version among the practice's revisions (docs/adr/0076).
 */
const LIST_MAX = 60;

function union<T>(current: readonly T[], added: readonly T[], keyOf: (v: T) => string): T[] {
  const seen = new Set(current.map(keyOf));
  const merged = [...current];
  for (const value of added) {
    const key = keyOf(value);
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(value);
  }
  return merged.slice(0, Math.max(LIST_MAX, current.length));
}

const fold = (v: string) => v.trim().toLocaleLowerCase().normalize('NFKC');

type TImported = {
  title?: unknown;
  startDate?: unknown;
  beneficiaries?: unknown;
  countries?: unknown;
  cities?: unknown;
  implementers?: unknown;
  eligibility?: unknown;
  populations?: unknown;
  themes?: unknown;
  fiveR?: unknown;
  sdgTargets?: unknown;
};

const listOf = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

export function mergedPracticeInput(current: TPractice, imported: TImported): Record<string, unknown> {
  const title = typeof imported.title === 'string' && imported.title.trim() ? imported.title : current.title;
  const startDate = typeof imported.startDate === 'string' ? imported.startDate : current.startDate;
  const addedBeneficiaries = (typeof imported.beneficiaries === 'string' ? imported.beneficiaries : '')
    .split('\n')
    .filter((line) => line.trim() && !fold(current.beneficiaries).includes(fold(line.replace(/^- /, ''))));
  const concepts = (name: 'populations' | 'themes' | 'fiveR' | 'sdgTargets') =>
    union(current[name], listOf<string>(imported[name]), (v) => v);
  return {
    kind: current.kind,
    language: current.language,
    title,
    summary: current.summary,
    body: current.body,
    beneficiaries: [current.beneficiaries, ...addedBeneficiaries].filter(Boolean).join('\n').slice(0, 5000),
    translations: current.translations,
    countries: union(current.countries, listOf<string>(imported.countries), (v) => v),
    cities: union(current.cities, listOf<TPractice['cities'][number]>(imported.cities), (c) => fold(c.name)),
    ...(current.scope ? { scope: current.scope } : {}),
    ...(startDate ? { startDate } : {}),
    ...(current.endDate ? { endDate: current.endDate } : {}),
    isOngoing: current.isOngoing,
    implementers: union(
      current.implementers,
      listOf<TPractice['implementers'][number]>(imported.implementers),
      (i) => i.organizationSlug ?? fold(i.name),
    ),
    populations: concepts('populations'),
    eligibility: union(
      current.eligibility,
      listOf<TPractice['eligibility'][number]>(imported.eligibility),
      (e) => fold('text' in e && typeof e.text === 'string' ? e.text : JSON.stringify(e)),
    ),
    themes: concepts('themes'),
    fiveR: concepts('fiveR'),
    sdgTargets: concepts('sdgTargets'),
    evidence: current.evidence,
    links: current.links,
    contact: current.contact,
  };
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/**
 * An existing event brought up to date by a document (ADR 0082): the event keeps its summary,
 * description, kind, format, venue, registration and translations; the document's accepted title
 * replaces its title, and its times (with their zone) replace the event's only when the document
 * states a start time the curator kept; a city and country fill the event's when it has none; its
 * themes and organisers are added without repeating one.
 */
export function mergedEventInput(
  current: Record<string, unknown>,
  imported: Record<string, unknown>,
  hasStatedStart: boolean,
): Record<string, unknown> {
  const times =
    hasStatedStart && text(imported.start) && text(imported.end)
      ? { start: imported.start, end: imported.end, timeZone: text(imported.timeZone) || current.timeZone }
      : {};
  const isPlaceless = !text(current.city) && !current.countryCode;
  return {
    ...current,
    title: text(imported.title) || current.title,
    ...times,
    ...(isPlaceless && text(imported.city) ? { city: imported.city } : {}),
    ...(isPlaceless && text(imported.countryCode) ? { countryCode: imported.countryCode } : {}),
    themes: union(listOf<string>(current.themes), listOf<string>(imported.themes), (v) => v),
    organizers: union(listOf<string>(current.organizers), listOf<string>(imported.organizers), (v) => v),
  };
}

/**
 * An existing news item brought up to date by a document (ADR 0082): it keeps its body, summary,
 * category, organisation, picture and translations; the document's accepted title replaces its title,
 * and its country fills the item's when it has none.
 */
export function mergedNewsInput(
  current: Record<string, unknown>,
  imported: Record<string, unknown>,
): Record<string, unknown> {
  return {
    ...current,
    title: text(imported.title) || current.title,
    countryCode: current.countryCode ?? (text(imported.countryCode) || null),
  };
}

type TOutcomeNow = {
  summary: string;
  axes: string[];
  recordings: { title: string; url: string }[];
  documents: { title: string; url: string }[];
};
type TImportedOutcome = {
  outcome: { summary: string; axes: string[] };
  recommendations: { axis: number; verb: string; text: string }[];
};
/** How alike two short texts are, 0 to 1 (the import's title similarity: stems and concepts shared). */
export type TSimilarity = (a: string, b: string) => number;

/** An axis worded this alike is the same axis; a recommendation this alike is already there. */
const SAME_AXIS = 0.5;
const SAME_RECOMMENDATION = 0.6;
const AXES_MAX = 20;

/**
 * A conference-outcome document attached to an event already in the hub (issue 18): the event keeps
 * its own title, times, place, recordings and documents, and its outcome's summary when it has one.
 * Each of the document's axes is paired with the event's most alike axis (the most alike pairs
 * first, each axis once), or added after them; each recommendation goes under its axis's place in
 * the merged list, unless the event already holds one worded alike under any axis. An event with no
 * outcome simply takes the document's.
 */
export function mergedOutcome(
  current: TOutcomeNow | null,
  existing: readonly { text: string }[],
  imported: TImportedOutcome,
  similarity: TSimilarity,
): { outcome: TOutcomeNow; recommendations: TImportedOutcome['recommendations'] } {
  const axes = [...(current?.axes ?? [])];
  const pairs: { from: number; to: number; score: number }[] = [];
  imported.outcome.axes.forEach((axis, from) => {
    axes.forEach((own, to) => {
      const score = similarity(axis, own);
      if (score >= SAME_AXIS) pairs.push({ from, to, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.from - b.from);
  const placeOf = new Map<number, number>();
  const taken = new Set<number>();
  for (const pair of pairs) {
    if (placeOf.has(pair.from) || taken.has(pair.to)) continue;
    placeOf.set(pair.from, pair.to);
    taken.add(pair.to);
  }
  imported.outcome.axes.forEach((axis, from) => {
    if (placeOf.has(from) || axes.length >= AXES_MAX) return;
    placeOf.set(from, axes.length);
    axes.push(axis);
  });
  const held = existing.map((r) => r.text);
  const recommendations: TImportedOutcome['recommendations'] = [];
  for (const r of imported.recommendations) {
    if (held.some((text) => fold(text) === fold(r.text) || similarity(r.text, text) >= SAME_RECOMMENDATION))
      continue;
    held.push(r.text);
    const place = placeOf.get(r.axis - 1);
    recommendations.push({ ...r, axis: place === undefined ? Math.max(1, axes.length) : place + 1 });
  }
  return {
    outcome: {
      summary: current?.summary.trim() ? current.summary : imported.outcome.summary,
      axes,
      recordings: current?.recordings ?? [],
      documents: current?.documents ?? [],
    },
    recommendations,
  };
}
