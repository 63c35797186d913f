import { sql } from 'kysely';
import { parseJson } from '../../core/records.ts';
import type { TDb } from '../../platform/db/database.ts';
import { escapeLike } from '../../platform/text.ts';
import type { TRecommendationVerb } from './event-vocabulary.ts';
import type { TRecommendation, TRecommendationHit, TRespondingPractice } from './events.record.ts';

/** The SQL of event outcomes' recommendations: one row each, ordered by axis then position. */

type TRow = {
  id: string;
  event_id: string;
  axis: number;
  position: number;
  verb: string;
  text: string;
  language: string;
  themes: string;
  addressees: string;
};

function toRecommendation(row: TRow): TRecommendation {
  return {
    id: row.id,
    eventId: row.event_id,
    axis: Number(row.axis),
    position: Number(row.position),
    verb: row.verb as TRecommendationVerb,
    text: row.text,
    language: row.language,
    themes: parseJson(row.themes, []),
    addressees: parseJson(row.addressees, []),
  };
}

const columns = [
  'id',
  'event_id',
  'axis',
  'position',
  'verb',
  'text',
  'language',
  'themes',
  'addressees',
] as const;

export async function listRecommendations(db: TDb, eventId: string): Promise<TRecommendation[]> {
  const rows = await db
    .selectFrom('event_recommendations')
    .select(columns)
    .where('event_id', '=', eventId)
    .orderBy('axis')
    .orderBy('position')
    .execute();
  return rows.map(toRecommendation);
}

export async function insertRecommendation(
  db: TDb,
  r: Omit<TRecommendation, 'position'> & { at: string },
): Promise<void> {
  const last = await db
    .selectFrom('event_recommendations')
    .select((eb) => eb.fn.max('position').as('n'))
    .where('event_id', '=', r.eventId)
    .where('axis', '=', r.axis)
    .executeTakeFirst();
  await db
    .insertInto('event_recommendations')
    .values({
      id: r.id,
      event_id: r.eventId,
      axis: r.axis,
      position: Number(last?.n ?? 0) + 1,
      verb: r.verb,
      text: r.text,
      language: r.language,
      themes: JSON.stringify(r.themes),
      addressees: JSON.stringify(r.addressees),
      created_at: r.at,
      updated_at: r.at,
    })
    .execute();
}

export async function deleteRecommendation(db: TDb, eventId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('event_recommendations')
    .where('event_id', '=', eventId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Recommendations of public events whose text contains the words (case-blind), optionally by theme and verb. */
export async function searchRecommendations(
  db: TDb,
  query: { text: string; theme?: string; verb?: string; limit: number },
): Promise<TRecommendationHit[]> {
  let q = db
    .selectFrom('event_recommendations')
    .innerJoin('events', 'events.id', 'event_recommendations.event_id')
    .select([
      'event_recommendations.id',
      'event_recommendations.event_id',
      'event_recommendations.axis',
      'event_recommendations.position',
      'event_recommendations.verb',
      'event_recommendations.text',
      'event_recommendations.language',
      'event_recommendations.themes',
      'event_recommendations.addressees',
      'events.slug as eventSlug',
      'events.title as eventTitle',
      'events.starts_at as eventStartsAt',
    ])
    .where('events.status', 'in', ['published', 'cancelled'])
    .where('events.audience', '=', 'public');
  for (const word of query.text.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8)) {
    q = q.where(sql<boolean>`lower(event_recommendations.text) like ${`%${escapeLike(word)}%`} escape '\\'`);
  }
  if (query.theme) {
    const pattern = `%${escapeLike(JSON.stringify(query.theme))}%`;
    q = q.where(sql<boolean>`event_recommendations.themes like ${pattern} escape '\\'`);
  }
  if (query.verb) q = q.where('event_recommendations.verb', '=', query.verb);
  const rows = await q
    .orderBy('events.starts_at', 'desc')
    .orderBy('event_recommendations.axis')
    .orderBy('event_recommendations.position')
    .limit(query.limit)
    .execute();
  return rows.map((row) => ({
    ...toRecommendation(row),
    eventSlug: row.eventSlug,
    eventTitle: row.eventTitle,
    eventStartsAt: row.eventStartsAt,
  }));
}

/** Published practices whose editors linked them to a recommendation of this event. */
export async function listRespondingPractices(db: TDb, eventId: string): Promise<TRespondingPractice[]> {
  return db
    .selectFrom('practice_recommendations')
    .innerJoin(
      'event_recommendations',
      'event_recommendations.id',
      'practice_recommendations.recommendation_id',
    )
    .innerJoin('practices', 'practices.id', 'practice_recommendations.practice_id')
    .select([
      'practice_recommendations.recommendation_id as recommendationId',
      'practices.slug',
      'practices.title',
      'practices.language',
    ])
    .where('event_recommendations.event_id', '=', eventId)
    .where('practices.status', '=', 'published')
    .orderBy('practices.title')
    .execute();
}
