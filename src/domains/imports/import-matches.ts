import type { TDeps } from '../../deps.ts';
import { readEventSummaries } from '../events/index.ts';
import { listPublishedPracticesByIds, practiceKinds } from '../practices/index.ts';
import { hubAnalyser, searchHub } from '../search/index.ts';
import type { TImport } from './imports.record.ts';
import type { TImportKind, TProposedField } from './imports.schemas.ts';

/**
 * Records already in the hub that an import may describe again (issue 18, "a document that matches
 * an existing record"): the search's own index is asked with the import's title among practices,
 * events and news, in every language (its concepts cross languages), then each candidate is weighed by the
 * title's words and concepts, the organisations, the places and the dates they share. A likely match
 * is offered to the curator as an update of that record, never silently duplicated (docs/adr/0076).
 */
export type TMatchReason = 'title' | 'organisation' | 'place' | 'date';

export type TRecordMatch = {
  recordType: 'practice' | 'event' | 'news';
  slug: string;
  title: string;
  language: string;
  score: number;
  reasons: TMatchReason[];
};

const CANDIDATES = 8;
const SHOWN = 3;
/** A title this close is a match on its own; a looser one needs a shared organisation, place or date. */
const SAME_TITLE = 0.6;
const CLOSE_TITLE = 0.3;

const recordTypes = ['practice', 'event', 'news'] as const;
const isRecordType = (type: string): type is TRecordMatch['recordType'] =>
  (recordTypes as readonly string[]).includes(type);

export function recordTypeOfKind(kind: TImportKind): TRecordMatch['recordType'] {
  if ((practiceKinds as readonly string[]).includes(kind)) return 'practice';
  return kind === 'news' ? 'news' : 'event';
}

/** A title's stems and concepts, in its language: what two titles in two languages can share. */
function titleTerms(title: string, language: string): Set<string> {
  const { words, concepts } = hubAnalyser().analyseText(title, language);
  const terms = new Set<string>();
  for (const w of words) if (!w.isStop && w.forms[0]) terms.add(w.forms[0]);
  for (const c of concepts) terms.add(`#${c.conceptId}`);
  return terms;
}

/** Dice's coefficient of the two titles' terms: 1 for the same words or concepts, 0 for none shared. */
export function titleSimilarity(a: { title: string; language: string }, b: typeof a): number {
  const left = titleTerms(a.title, a.language);
  const right = titleTerms(b.title, b.language);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const term of left) if (right.has(term)) shared++;
  return (2 * shared) / (left.size + right.size);
}

const kept = (fields: readonly TProposedField[], ...names: TProposedField['field'][]) =>
  fields.filter((f) => names.includes(f.field) && f.decision !== 'dropped');

type TFacts = { organisations: string[]; countries: string[]; cities: string[]; dates: string[] };

function importFacts(item: TImport): TFacts {
  const fold = (v: string) => v.toLocaleLowerCase().normalize('NFKC');
  return {
    organisations: kept(item.fields, 'organisation', 'lead', 'partner').flatMap((f) =>
      typeof f.detail?.slug === 'string' ? [f.detail.slug] : [fold(f.value)],
    ),
    countries: kept(item.fields, 'country').map((f) => f.value),
    cities: kept(item.fields, 'city').map((f) => fold(f.value)),
    dates: kept(item.fields, 'date', 'eventStart').map((f) => f.value.slice(0, 10)),
  };
}

function reasonsOf(item: TFacts, record: TFacts): TMatchReason[] {
  const meets = (a: string[], b: string[]) => a.some((v) => v && b.includes(v));
  const reasons: TMatchReason[] = [];
  if (meets(item.organisations, record.organisations)) reasons.push('organisation');
  if (meets(item.countries, record.countries) || meets(item.cities, record.cities)) reasons.push('place');
  if (meets(item.dates, record.dates)) reasons.push('date');
  return reasons;
}

/** Likely matches of an import among published records of its kind, the likeliest first. */
export async function findRecordMatches(deps: TDeps, item: TImport, locale: string): Promise<TRecordMatch[]> {
  const title = kept(item.fields, 'title')[0]?.value ?? item.title;
  if (!title.trim()) return [];
  const ownType = recordTypeOfKind(item.kind);
  const result = await searchHub(
    deps,
    {
      q: title.slice(0, 250),
      filters: { type: [...recordTypes] },
      sort: 'relevance',
      limit: CANDIDATES,
      offset: 0,
    },
    locale,
  );
  const hits = result.items.flatMap((h) => (isRecordType(h.type) ? [{ ...h, type: h.type }] : []));
  const eventIds = hits.filter((h) => h.type === 'event').map((h) => h.id);
  const events = eventIds.length > 0 ? await readEventSummaries(deps.db, eventIds, locale) : [];
  const practiceIds = hits.filter((h) => h.type === 'practice').map((h) => h.id);
  const practices = practiceIds.length > 0 ? await listPublishedPracticesByIds(deps, practiceIds) : [];
  const fold = (v: string) => v.toLocaleLowerCase().normalize('NFKC');
  const facts = importFacts(item);
  const matches: TRecordMatch[] = [];
  for (const hit of hits) {
    const similarity = titleSimilarity({ title, language: item.language }, hit);
    const event = events.find((e) => e.id === hit.id);
    const practice = practices.find((p) => p.id === hit.id);
    const record: TFacts = practice
      ? {
          organisations: practice.implementers.flatMap((i) =>
            i.organizationSlug ? [i.organizationSlug, fold(i.name)] : [fold(i.name)],
          ),
          countries: practice.countries,
          cities: practice.cities.map((c) => fold(c.name)),
          dates: practice.startDate ? [practice.startDate] : [],
        }
      : {
          organisations: [],
          countries: event?.countryCode ? [event.countryCode] : [],
          cities: event?.city ? [fold(event.city)] : [],
          dates: [event?.startsAt.slice(0, 10) ?? hit.publishedAt.slice(0, 10)],
        };
    const others = reasonsOf(facts, record);
    if (similarity < CLOSE_TITLE || (similarity < SAME_TITLE && others.length === 0)) continue;
    matches.push({
      recordType: hit.type,
      slug: hit.slug,
      title: hit.title,
      language: hit.language,
      // The kind the hub read the document as counts too: a programme page more likely updates a practice.
      score: similarity + others.length * 0.2 + (hit.type === ownType ? 0.1 : 0),
      reasons: ['title', ...others],
    });
  }
  return matches.sort((a, b) => b.score - a.score).slice(0, SHOWN);
}
