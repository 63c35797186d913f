import { findUserByEmail } from '../domains/accounts/accounts.repository.ts';
import { findCommunityBySlug, insertMeetingLink } from '../domains/communities/communities.repository.ts';
import { resolveEventTimes } from '../domains/events/event-times.ts';
import { findEventById, insertEvent, replaceEventFacets } from '../domains/events/events.repository.ts';
import { newId } from '../platform/ids.ts';
import type { TDemoPart } from './demo-context.ts';

/**
 * A meeting that a private community holds (docs/adr/0070-community-only-meetings.md): the mothers'
 * centres circle meets online in French in a fortnight. Only the circle's members (and the
 * secretariat) see it: it is not on the calendar, in search, feeds, the sitemap or the API. It is not
 * indexed, since a community-only event never is.
 */
type TDemoHeldMeeting = {
  community: string;
  facilitatorEmail: string;
  slug: string;
  language: string;
  title: string;
  summary: string;
  timeZone: string;
  inDays: number;
  startTime: string;
  endTime: string;
};

export const demoHeldMeetings: readonly TDemoHeldMeeting[] = [
  {
    community: 'mothers-centres-circle',
    facilitatorEmail: 'claire.demo@carehub.invalid',
    slug: 'cercle-des-centres-de-meres-benevoles',
    language: 'fr',
    title: 'Cercle des centres de mères : garder ses bénévoles',
    summary:
      'Une heure en visio pour raconter ce qui retient les bénévoles d’une année sur l’autre : horaires, ' +
      'formation, reconnaissance. Chacune vient avec un exemple de son centre.',
    timeZone: 'Europe/Paris',
    inDays: 14,
    startTime: '19:00',
    endTime: '20:00',
  },
];

export const demoCommunityMeetingsPart: TDemoPart = {
  name: 'communityMeetings',
  async load(ctx) {
    let loaded = 0;
    for (const m of demoHeldMeetings) {
      const community = await findCommunityBySlug(ctx.db, m.community);
      const facilitator = await findUserByEmail(ctx.db, m.facilitatorEmail);
      if (!community) continue;
      const day = new Date(Date.parse(ctx.at) + m.inDays * 86_400_000).toISOString().slice(0, 10);
      const times = resolveEventTimes({
        timeZone: m.timeZone,
        start: `${day}T${m.startTime}`,
        end: `${day}T${m.endTime}`,
      });
      const id = newId(Date.parse(ctx.at));
      await insertEvent(ctx.db, {
        id,
        slug: m.slug,
        status: 'published',
        kind: 'meeting',
        format: 'online',
        language: m.language,
        title: m.title,
        summary: m.summary,
        description: '',
        time_zone: times.timeZone,
        start_local: times.startLocal,
        end_local: times.endLocal,
        starts_at: times.startsAt,
        ends_at: times.endsAt,
        venue: null,
        address: null,
        city: null,
        country_code: null,
        latitude: null,
        longitude: null,
        online_url: 'https://meet.example.org/cercle-centres-de-meres',
        is_online_url_private: 1,
        registration_mode: 'platform',
        registration_url: null,
        capacity: 20,
        languages: JSON.stringify([m.language]),
        created_by: facilitator?.id ?? null,
        created_at: ctx.at,
        updated_at: ctx.at,
        published_at: ctx.at,
        audience: community.visibility === 'private' ? 'community' : 'public',
        community_id: community.id,
      });
      await replaceEventFacets(ctx.db, id, [
        { facet: 'kind', value: 'meeting' },
        { facet: 'format', value: 'online' },
        { facet: 'language', value: m.language },
      ]);
      if (!(await findEventById(ctx.db, id))) continue;
      await insertMeetingLink(ctx.db, {
        id: newId(Date.parse(ctx.at)),
        community_id: community.id,
        event_id: id,
        added_by: facilitator?.id ?? null,
        added_at: ctx.at,
      });
      loaded += 1;
    }
    return loaded;
  },
};
