import type { TDeps } from '../../deps.ts';
import { findEventById, findRecommendations, listRecommendations } from '../events/index.ts';
import { listPublishedPracticesByIds } from '../practices/index.ts';
import {
  linkTargetTypes,
  listCommitmentLinks,
  type TLinkRef,
  type TLinkTargetType,
} from './commitment-links.repository.ts';

/**
 * Record pickers for a commitment's links to practices, events and event recommendations. The form
 * sends each chosen record as one "links" value: "practice:<id>", "event:<id>" or
 * "recommendation:<event id>:<id>". Only public records may be chosen (published practices, published
 * or cancelled events), and only public records are shown; the other domains are read through their
 * exported read functions.
 */
export type TResolvedLink = TLinkRef & { title: string; context: string | null; path: string; value: string };

export const maxLinks = 20;

export function linkValueOf(ref: TLinkRef): string {
  return ref.type === 'recommendation'
    ? `recommendation:${ref.contextId ?? ''}:${ref.id}`
    : `${ref.type}:${ref.id}`;
}

/** Form values → link references (unknown shapes dropped, duplicates once). */
export function parseLinkValues(values: readonly string[]): TLinkRef[] {
  const seen = new Set<string>();
  const refs: TLinkRef[] = [];
  for (const value of values) {
    const [type, first, second] = value.split(':');
    if (!(linkTargetTypes as readonly string[]).includes(type ?? '') || !first || first.length > 40) continue;
    const ref: TLinkRef =
      type === 'recommendation'
        ? { type, id: second ?? '', contextId: first }
        : { type: type as TLinkTargetType, id: first, contextId: null };
    if (!ref.id || ref.id.length > 40 || seen.has(linkValueOf(ref))) continue;
    seen.add(linkValueOf(ref));
    refs.push(ref);
  }
  return refs;
}

const isPublicEvent = (status: string) => status === 'published' || status === 'cancelled';

/** The references that point at public records, with their titles and paths (in the given order). */
export async function resolveLinks(deps: TDeps, refs: readonly TLinkRef[]): Promise<TResolvedLink[]> {
  const practiceIds = refs.filter((r) => r.type === 'practice').map((r) => r.id);
  const practices = new Map((await listPublishedPracticesByIds(deps, practiceIds)).map((p) => [p.id, p]));
  const eventIds = [
    ...new Set(
      refs.filter((r) => r.type !== 'practice').map((r) => (r.type === 'event' ? r.id : (r.contextId ?? ''))),
    ),
  ];
  const events = new Map();
  const recommendations = new Map<string, Awaited<ReturnType<typeof listRecommendations>>[number]>();
  for (const id of eventIds) {
    const event = await findEventById(deps.db, id);
    if (!event || !isPublicEvent(event.status) || event.audience !== 'public') continue;
    events.set(id, event);
    if (refs.some((r) => r.type === 'recommendation' && r.contextId === id)) {
      for (const rec of await listRecommendations(deps.db, id)) recommendations.set(rec.id, rec);
    }
  }
  const resolved: TResolvedLink[] = [];
  for (const ref of refs) {
    const value = linkValueOf(ref);
    if (ref.type === 'practice') {
      const p = practices.get(ref.id);
      if (p) resolved.push({ ...ref, value, title: p.title, context: null, path: `/practices/${p.slug}` });
    } else if (ref.type === 'event') {
      const e = events.get(ref.id);
      if (e) resolved.push({ ...ref, value, title: e.title, context: null, path: `/events/${e.slug}` });
    } else {
      const e = events.get(ref.contextId ?? '');
      const rec = recommendations.get(ref.id);
      if (e && rec && rec.eventId === e.id) {
        resolved.push({
          ...ref,
          value,
          title: rec.text.length > 240 ? `${rec.text.slice(0, 239)}…` : rec.text,
          context: e.title,
          path: `/events/${e.slug}/outcome#axis-${rec.axis}`,
        });
      }
    }
  }
  return resolved;
}

/** Public practices, events and recommendations matching the words, for the picker (a few of each). */
export async function searchLinkCandidates(
  deps: TDeps,
  query: string,
  locale: string,
): Promise<TResolvedLink[]> {
  const text = query.trim().slice(0, 200);
  if (text === '') return [];
  const hits = await deps.search.search({ query: text, types: ['practice', 'event'], limit: 12, locale });
  const refs: TLinkRef[] = hits.items.map((h) => ({
    type: h.type === 'event' ? 'event' : 'practice',
    id: h.id,
    contextId: null,
  }));
  const recommendations = (await findRecommendations(deps, { text })).slice(0, 8);
  refs.push(
    ...recommendations.map((r) => ({ type: 'recommendation' as const, id: r.id, contextId: r.eventId })),
  );
  return resolveLinks(deps, refs);
}

/** A commitment's links that point at public records (for its page and the API). */
export async function readLinksOf(deps: TDeps, commitmentId: string): Promise<TResolvedLink[]> {
  return resolveLinks(deps, await listCommitmentLinks(deps.db, commitmentId));
}
