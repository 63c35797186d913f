import type { TSearchSource } from '../../core/search-sources.ts';
import type { TDeps } from '../../deps.ts';
import type { TDb } from '../../platform/db/database.ts';
import type { TReindexCount, TSearchDocument } from '../../platform/search/search-index.ts';
import { listRecommendations } from './event-outcomes.repository.ts';
import type { TEvent, TRecommendation } from './events.record.ts';
import { eventRows } from './events.repository.ts';

/**
 * Keeps the hub's search index in step with events: a published event is in the index (with its
 * translations and its outcome's recommendations, so a search for what a conference recommended finds
 * it); a draft or cancelled event is not. Called by the services after each change search can see.
 */
export function eventSearchDocument(
  event: TEvent,
  recommendations: readonly TRecommendation[],
): TSearchDocument {
  const translations = Object.values(event.translations);
  return {
    id: event.id,
    type: 'event',
    slug: event.slug,
    language: event.language,
    title: event.title,
    summary: [event.summary, ...translations.map((t) => `${t.title ?? ''} ${t.summary ?? ''}`)].join('\n'),
    body: [
      event.description,
      event.venue ?? '',
      event.city ?? '',
      ...event.organizers.map((o) => o.name),
      event.outcome?.summary ?? '',
      ...(event.outcome?.axes ?? []),
      ...recommendations.map((r) => r.text),
      ...translations.map((t) => t.description ?? ''),
    ]
      .filter((part) => part.trim() !== '')
      .join('\n'),
    publishedAt: event.publishedAt ?? event.updatedAt,
    facets: [
      { facet: 'language', value: event.language },
      ...(event.countryCode ? [{ facet: 'country', value: event.countryCode }] : []),
      ...[...new Set([...event.themes, ...recommendations.flatMap((r) => r.themes)])].map((value) => ({
        facet: 'theme',
        value,
      })),
      { facet: 'year', value: event.startLocal.slice(0, 4) },
    ],
    concepts: [...event.themes, ...(event.countryCode ? [`country:${event.countryCode.toLowerCase()}`] : [])],
  };
}

/**
 * Upserts a published event's document, or removes any other's (a draft, a cancelled event, an event
 * held for a community's readers only, ADR 0070); true when it is in the index.
 */
export async function syncEventIndex(deps: TDeps, event: TEvent, db?: TDb): Promise<boolean> {
  if (event.status === 'published' && event.audience === 'public') {
    const recommendations = await listRecommendations(db ?? deps.db, event.id);
    await deps.search.upsertDocument(eventSearchDocument(event, recommendations), db ? { db } : {});
    return true;
  }
  await deps.search.removeDocument(event.id, db ? { db } : {});
  return false;
}

/** Syncs every event's document and drops those of events that are gone (the search reindex). */
export function reindexAllEvents(deps: TDeps): Promise<TReindexCount> {
  return deps.search.reindexRecords('event', eventRows, (event, trx) => syncEventIndex(deps, event, trx));
}

export async function removeEventFromIndex(deps: TDeps, eventId: string, db?: TDb): Promise<void> {
  await deps.search.removeDocument(eventId, db ? { db } : {});
}

/** What this domain makes searchable (core/search-sources.ts), registered by compose.ts. */
export const eventSearchSource: TSearchSource = {
  name: 'event',
  types: {
    event: { path: '/events', labelKey: 'search.type.event' },
  },
  reindex: reindexAllEvents,
};
