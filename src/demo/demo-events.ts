import { eventSearchDocument } from '../domains/events/event-indexing.ts';
import { insertRecommendation, listRecommendations } from '../domains/events/event-outcomes.repository.ts';
import { resolveEventTimes } from '../domains/events/event-times.ts';
import type {
  TEventFormat,
  TEventKind,
  TRecommendationVerb,
  TRegistrationMode,
} from '../domains/events/event-vocabulary.ts';
import {
  findEventById,
  insertEvent,
  replaceEventFacets,
  replaceOrganizers,
} from '../domains/events/events.repository.ts';
import type { TEventTranslation } from '../domains/events/events.schemas.ts';
import { createHubSearch } from '../domains/search/hub-search.ts';
import { dialectOf } from '../platform/db/dialect-of.ts';
import { newId } from '../platform/ids.ts';
import { localDateTimeAt } from '../platform/time-zones.ts';
import type { TDemoContext, TDemoPart } from './demo-context.ts';

/**
 * The demo's events, drawn from the founding texts' facts (names, places, dates, times) and described
 * in our own words: the Summit of the Future side-event in New York, the LSE evening on maternal mental
 * health ("15:15 – 17:30 GMT"), the online side-event to the 64th Commission for Social Development,
 * the Brussels presentation, the Kraków partnership's signing, and the two-day conference in Muscat
 * with its five axes of recommendations. One upcoming webinar shows registration with a waiting list.
 */
export type TDemoEvent = {
  slug: string;
  title: string;
  summary: string;
  description: string;
  language: string;
  translations?: Record<string, TEventTranslation>;
  kind: TEventKind;
  format: TEventFormat;
  timeZone: string;
  /** Wall-clock times in the event's zone; a function for the upcoming demo event (relative to loading). */
  start: string | ((at: string) => string);
  end: string | ((at: string) => string);
  venue?: string;
  /** A street address: the page offers directions to it (ADR 0072). */
  address?: string;
  city?: string;
  countryCode?: string;
  latitude?: number;
  longitude?: number;
  onlineUrl?: string;
  registrationMode: TRegistrationMode;
  registrationUrl?: string;
  capacity?: number;
  languages: string[];
  interpretation?: string[];
  themes: string[];
  organizers: string[];
  /** Records the event's page lists as related (slugs of published practices and commitments). */
  relatedPractices?: string[];
  relatedCommitments?: string[];
  outcome?: {
    summary: string;
    axes: string[];
    recommendations: {
      axis: number;
      verb: TRecommendationVerb;
      text: string;
      themes: string[];
      addressees: string[];
    }[];
  };
};

/** The first Wednesday at least three weeks after the demo is loaded, at a given hour in Mexico City. */
function upcomingWednesday(hour: string) {
  return (at: string) => {
    const base = new Date(Date.parse(at) + 21 * 86_400_000);
    while (base.getUTCDay() !== 3) base.setUTCDate(base.getUTCDate() + 1);
    return `${localDateTimeAt('UTC', base.getTime()).slice(0, 10)}T${hour}`;
  };
}

export const demoEvents: readonly TDemoEvent[] = [
  {
    slug: 'caring-territories-for-the-future',
    title:
      'Caring Territories for the Future: Feminist Municipalism for Equality, Climate Action, Democracy and Peace',
    summary:
      'A side-event to the UN Summit of the Future marking Local and Regional Governments Day: how cities and regions can recognise, redistribute and support unpaid care.',
    description:
      'Convened by United Cities and Local Governments, UN Women and the Government of Mexico at the United Nations in New York.\n\n' +
      'Speakers from local governments and civil society discussed local care systems as the basis of a new social contract. Make Mothers Matter spoke in the first session about what municipalities can do for mothers and other unpaid caregivers.',
    language: 'en',
    kind: 'side_event',
    format: 'in_person',
    timeZone: 'America/New_York',
    start: '2024-09-20T10:00',
    end: '2024-09-20T13:00',
    venue: 'United Nations Headquarters',
    address: '405 East 42nd Street',
    city: 'New York',
    countryCode: 'US',
    latitude: 40.7489,
    longitude: -73.968,
    registrationMode: 'none',
    languages: ['en', 'es'],
    themes: ['theme:care_systems', 'theme:care_infrastructure', 'theme:unpaid_care_work'],
    organizers: ['uclg', 'un-women'],
  },
  {
    slug: 'maternal-wellbeing-lse-2026',
    title: 'Maternal wellbeing: why mothers’ mental health matters',
    summary:
      'An evening at the London School of Economics, also broadcast live, bringing together policymakers, health professionals, researchers and campaigners on maternal mental health.',
    description:
      'Hosted by the Care Policy Evaluation Centre (CPEC) at LSE in partnership with Make Mothers Matter. The hashtag is #MaternalWellbeingLSE.\n\n' +
      'Times are those announced: Wednesday 28 January 2026, from 15:15 to 17:30 London time (GMT).',
    language: 'en',
    translations: {
      fr: {
        title: 'Le bien-être maternel : pourquoi la santé mentale des mères compte',
        summary:
          'Une soirée à la London School of Economics, retransmise en direct, avec des responsables politiques, des soignants, des chercheurs et des militants autour de la santé mentale maternelle.',
        description: null,
      },
    },
    kind: 'meeting',
    format: 'hybrid',
    timeZone: 'Europe/London',
    start: '2026-01-28T15:15',
    end: '2026-01-28T17:30',
    venue: 'London School of Economics and Political Science',
    address: 'Houghton Street',
    city: 'London',
    countryCode: 'GB',
    latitude: 51.5144,
    longitude: -0.1165,
    onlineUrl: 'https://www.lse.ac.uk/',
    registrationMode: 'platform',
    capacity: 120,
    languages: ['en'],
    themes: ['theme:caregiver_health'],
    organizers: ['make-mothers-matter'],
  },
  {
    slug: 'skills-from-unpaid-care-csocd64',
    title:
      'Skills learnt through unpaid care work: a side-event to the 64th Commission for Social Development',
    summary:
      'An online official side-event on recognising the skills people build while caring for others, and how they can count in education and employment.',
    description:
      'Held online during the 64th session of the UN Commission for Social Development in New York.',
    language: 'en',
    kind: 'side_event',
    format: 'online',
    timeZone: 'America/New_York',
    start: '2026-02-05T10:00',
    end: '2026-02-05T11:30',
    onlineUrl: 'https://example.org/csocd64-side-event',
    registrationMode: 'platform',
    capacity: 300,
    languages: ['en'],
    interpretation: ['es', 'fr'],
    themes: ['theme:unpaid_care_work', 'theme:care_workforce'],
    organizers: ['make-mothers-matter'],
  },
  {
    slug: 'state-of-motherhood-in-europe-2025',
    title: 'State of Motherhood in Europe: the first presentation',
    summary:
      'Make Mothers Matter presents its State of Motherhood in Europe report in Brussels for the first time.',
    description: 'Mothers’ voices at the centre, on 22 September 2025 in Brussels.',
    language: 'en',
    kind: 'conference',
    format: 'in_person',
    timeZone: 'Europe/Brussels',
    start: '2025-09-22T10:00',
    end: '2025-09-22T13:00',
    city: 'Brussels',
    countryCode: 'BE',
    registrationMode: 'none',
    languages: ['en', 'fr'],
    themes: ['theme:caregiver_health', 'theme:work_life_balance'],
    organizers: ['make-mothers-matter'],
  },
  {
    slug: 'rownowaga-praca-rodzina-2008',
    title: 'Podpisanie porozumienia Partnerstwa Lokalnego „Równowaga – Praca – Rodzina”',
    summary:
      'Dziewięć instytucji z Krakowa i powiatu krakowskiego podpisuje porozumienie o wspieraniu aktywności zawodowej osób opiekujących się bliskimi.',
    description: 'Liderem partnerstwa jest Stowarzyszenie Doradców Europejskich PLinEU.',
    language: 'pl',
    translations: {
      en: {
        title: "Signing of the Local Partnership 'Balance – Work – Family'",
        summary:
          'Nine institutions of Kraków and Kraków county sign an agreement to help people who care for dependent relatives stay in or return to work.',
        description: 'The partnership is led by the PLinEU Association of European Advisers.',
      },
    },
    kind: 'meeting',
    format: 'in_person',
    timeZone: 'Europe/Warsaw',
    start: '2008-07-04T11:00',
    end: '2008-07-04T13:00',
    city: 'Kraków',
    countryCode: 'PL',
    registrationMode: 'none',
    languages: ['pl'],
    themes: ['theme:work_life_balance', 'theme:unpaid_carer_support'],
    organizers: ['plineu', 'rops-krakow'],
  },
  {
    slug: 'social-care-policies-conference-muscat-2024',
    title: 'المؤتمر الدولي الثالث: سياسات وبرامج الرعاية الاجتماعية ودورها في تحقيق أهداف التنمية المستدامة',
    summary:
      'مؤتمر دولي على مدى يومين في مسقط، ناقش خمسة محاور وانتهى إلى توصيات في الحماية الاجتماعية ورعاية الفئات الأولى بالرعاية.',
    description: 'استضافته جامعة السلطان قابوس واختتم أعماله يوم الثلاثاء 17 ديسمبر 2024.',
    language: 'ar',
    translations: {
      en: {
        title:
          'Third international conference: social-care policies and programmes and the Sustainable Development Goals',
        summary:
          'A two-day international conference in Muscat that discussed five axes and ended with recommendations on social protection and care for those most in need.',
        description: 'Hosted by Sultan Qaboos University; it closed on Tuesday 17 December 2024.',
      },
    },
    kind: 'conference',
    format: 'in_person',
    timeZone: 'Asia/Muscat',
    start: '2024-12-16T09:00',
    end: '2024-12-17T15:00',
    venue: 'جامعة السلطان قابوس',
    city: 'Muscat',
    countryCode: 'OM',
    latitude: 23.5881,
    longitude: 58.1693,
    registrationMode: 'none',
    languages: ['ar'],
    themes: [
      'theme:care_systems',
      'theme:carer_social_protection',
      'theme:child_protection',
      'theme:disability_support',
    ],
    organizers: ['sultan-qaboos-university'],
    relatedPractices: ['توصيات-مؤتمر-سياسات-الرعاية-الاجتماعية', 'long-term-care-insurance-japan'],
    relatedCommitments: ['dirasat-aebaa-alriaaya-oman'],
    outcome: {
      summary:
        'على مدى يومين تناول المشاركون سياسات الرعاية الاجتماعية وبرامجها من خمس زوايا، وخرجوا بتوصيات موجّهة إلى الحكومات والجامعات والقطاع الخاص والمجتمع المدني.',
      axes: [
        'دراسات سياسات الرعاية الاجتماعية وبرامجها في ضوء رؤية عُمان',
        'التجارب العربية والدولية في سياسات الرعاية وأهداف التنمية المستدامة',
        'العدالة الاجتماعية وأهداف التنمية المستدامة',
        'الدراسات البيئية وأهداف التنمية المستدامة',
        'استشراف مستقبل سياسات الرعاية الاجتماعية وبرامجها',
      ],
      recommendations: [
        {
          axis: 1,
          verb: 'recommends',
          text: 'توسيع مظلة الحماية الاجتماعية لتشمل النساء والأطفال وكبار السن والعاملين في القطاع غير الرسمي، مع إصلاح التشريعات وتنويع مصادر التمويل.',
          themes: ['theme:carer_social_protection', 'theme:care_financing'],
          addressees: ['governments'],
        },
        {
          axis: 1,
          verb: 'recommends',
          text: 'وضع دليل لأخلاقيات العمل الرقمي في مؤسسات الرعاية الاجتماعية يحمي حقوق المستفيدين ويعزّز الشفافية.',
          themes: ['theme:care_digitalisation'],
          addressees: ['مؤسسات الرعاية الاجتماعية'],
        },
        {
          axis: 2,
          verb: 'calls_for',
          text: 'الارتقاء برعاية الأطفال عبر برامج تحميهم من الإهمال والإساءة وتقدّم لهم الدعم النفسي والاستشاري.',
          themes: ['theme:child_protection', 'theme:early_childhood_care'],
          addressees: ['governments', 'civil_society'],
        },
        {
          axis: 2,
          verb: 'recommends',
          text: 'سياسات وطنية شاملة لكبار السن تلبّي احتياجاتهم الصحية والنفسية والاجتماعية وتشجّع مشاركتهم في المجتمع.',
          themes: ['theme:long_term_care'],
          addressees: ['governments'],
        },
        {
          axis: 3,
          verb: 'recommends',
          text: 'حلول تقنية تمكّن الطلبة ذوي الإعاقة من التنقّل والتعلّم باستقلالية، ومتابعة منتظمة لاستقرار الأشخاص ذوي الإعاقة في وظائفهم.',
          themes: ['theme:disability_support'],
          addressees: ['universities', 'employers'],
        },
        {
          axis: 3,
          verb: 'points_to',
          text: 'الحاجة إلى مرصد عربي للخدمة الاجتماعية يدرس أوضاع الفئات الأولى بالرعاية، ومنها فاقدو الرعاية الوالدية.',
          themes: ['theme:time_use_data', 'theme:child_protection'],
          addressees: ['universities', 'المنظمات الإقليمية'],
        },
        {
          axis: 4,
          verb: 'stresses',
          text: 'إدماج قيم التنمية المستدامة ومهارات المستقبل في المناهج، وبناء شراكات بين القطاعين العام والخاص والمجتمع المدني.',
          themes: ['theme:care_systems'],
          addressees: ['وزارات التعليم', 'private_sector'],
        },
        {
          axis: 5,
          verb: 'stresses',
          text: 'تعليم إدارة الأزمات والكوارث وتدريب فرق العمل عليها، وتشجيع القطاع الخاص على الاستثمار في المسؤولية الاجتماعية.',
          themes: ['theme:care_systems'],
          addressees: ['governments', 'private_sector'],
        },
        {
          axis: 5,
          verb: 'recommends',
          text: 'الاستفادة من الذكاء الاصطناعي في تحسين برامج الرعاية الاجتماعية وتقديم خدماتها بكفاءة أعلى.',
          themes: ['theme:care_digitalisation'],
          addressees: ['مؤسسات الرعاية الاجتماعية'],
        },
      ],
    },
  },
  {
    slug: 'alliance-webinar-sharing-care-practices',
    title: 'Alliance webinar: sharing care practices across regions',
    summary:
      'Members present care practices from their countries and answer questions. Seats are limited; when they are taken, a waiting list opens and moves up automatically.',
    description: 'Convened by the alliance’s secretariat. Interpretation between English and Spanish.',
    language: 'en',
    translations: {
      es: {
        title: 'Seminario web de la Alianza: compartir prácticas de cuidados entre regiones',
        summary:
          'Los miembros presentan prácticas de cuidados de sus países y responden preguntas. Las plazas son limitadas; cuando se agotan, se abre una lista de espera que avanza sola.',
        description: null,
      },
    },
    kind: 'webinar',
    format: 'online',
    timeZone: 'America/Mexico_City',
    start: upcomingWednesday('09:00'),
    end: upcomingWednesday('10:30'),
    onlineUrl: 'https://example.org/alliance-webinar',
    registrationMode: 'platform',
    capacity: 25,
    languages: ['en', 'es'],
    interpretation: ['en', 'es'],
    themes: ['theme:care_systems', 'theme:community_care'],
    organizers: ['inmujeres', 'un-women'],
  },
];

async function loadEvent(
  ctx: TDemoContext,
  e: TDemoEvent,
  search: ReturnType<typeof createHubSearch>,
): Promise<void> {
  const times = resolveEventTimes({
    timeZone: e.timeZone,
    start: typeof e.start === 'string' ? e.start : e.start(ctx.at),
    end: typeof e.end === 'string' ? e.end : e.end(ctx.at),
  });
  const id = newId(Date.parse(ctx.at));
  const organizerIds = e.organizers
    .map((slug) => ctx.organizationIds.get(slug))
    .filter((v): v is string => v !== undefined);
  await insertEvent(ctx.db, {
    id,
    slug: e.slug,
    status: 'published',
    kind: e.kind,
    format: e.format,
    language: e.language,
    title: e.title,
    summary: e.summary,
    description: e.description,
    translations: JSON.stringify(e.translations ?? {}),
    time_zone: times.timeZone,
    start_local: times.startLocal,
    end_local: times.endLocal,
    starts_at: times.startsAt,
    ends_at: times.endsAt,
    venue: e.venue ?? null,
    address: e.address ?? null,
    city: e.city ?? null,
    country_code: e.countryCode ?? null,
    latitude: e.latitude ?? null,
    longitude: e.longitude ?? null,
    online_url: e.onlineUrl ?? null,
    is_online_url_private: e.onlineUrl && e.registrationMode === 'platform' ? 1 : 0,
    registration_mode: e.registrationMode,
    registration_url: e.registrationUrl ?? null,
    capacity: e.capacity ?? null,
    languages: JSON.stringify(e.languages),
    interpretation: JSON.stringify(e.interpretation ?? []),
    themes: JSON.stringify(e.themes),
    related_practices: JSON.stringify(e.relatedPractices ?? []),
    related_commitments: JSON.stringify(e.relatedCommitments ?? []),
    outcome: e.outcome
      ? JSON.stringify({ summary: e.outcome.summary, axes: e.outcome.axes, recordings: [], documents: [] })
      : null,
    created_by: null,
    created_at: ctx.at,
    updated_at: ctx.at,
    published_at: ctx.at,
  });
  await replaceOrganizers(ctx.db, id, organizerIds);
  await replaceEventFacets(ctx.db, id, [
    { facet: 'kind', value: e.kind },
    { facet: 'format', value: e.format },
    ...e.themes.map((value) => ({ facet: 'theme', value })),
    ...(e.countryCode ? [{ facet: 'country', value: e.countryCode }] : []),
    ...[e.language, ...e.languages].map((value) => ({ facet: 'language', value })),
    ...e.organizers.map((value) => ({ facet: 'organizer', value })),
  ]);
  for (const r of e.outcome?.recommendations ?? []) {
    await insertRecommendation(ctx.db, {
      id: newId(Date.parse(ctx.at)),
      eventId: id,
      language: e.language,
      at: ctx.at,
      ...r,
    });
  }
  const event = await findEventById(ctx.db, id);
  if (event)
    await search.upsertDocument(eventSearchDocument(event, await listRecommendations(ctx.db, id)), {
      db: ctx.db,
    });
}

export const demoEventsPart: TDemoPart = {
  name: 'events',
  async load(ctx) {
    const search = createHubSearch({ db: ctx.db, dialect: dialectOf(ctx.db) });
    for (const event of demoEvents) await loadEvent(ctx, event, search);
    return demoEvents.length;
  },
};
