import { insertUser } from '../domains/accounts/accounts.repository.ts';
import {
  findThread,
  insertCommunity,
  insertMeetingLink,
  insertMember,
  insertPost,
  insertResource,
  insertThread,
  saveTranslation,
  setHelpfulMark,
} from '../domains/communities/communities.repository.ts';
import type { TMemberRole, TThreadKind } from '../domains/communities/communities.schemas.ts';
import { insertPostFiles } from '../domains/communities/post-files.repository.ts';
import { syncThreadIndex } from '../domains/communities/thread-indexing.ts';
import {
  saveMailSettings,
  setWatch,
  type TMailFrequency,
  watchThreadIfNew,
} from '../domains/communities/watching.repository.ts';
import { findShownEventIdBySlug } from '../domains/events/index.ts';
import { createHubSearch } from '../domains/search/hub-search.ts';
import { dialectOf } from '../platform/db/dialect-of.ts';
import { newId } from '../platform/ids.ts';
import { demoCommunityPicture, demoPdf } from './demo-community-files.ts';
import type { TDemoPart } from './demo-context.ts';

/**
 * The demo's communities of practice: care in cities, long-term care financing, care data and
 * time-use surveys, and a private circle of mothers' centres. The people are invented demo members
 * (they cannot sign in); the threads draw on the founding texts' facts (Bogotá's care blocks, the
 * Kraków partnership and its residence rule, the Muscat conference's call for time-use data) in
 * Spanish, English, Polish, Russian and Arabic, with translations members added.
 */
type TDemoPerson = { key: string; name: string; locale: string };

export const demoCommunityPeople: readonly TDemoPerson[] = [
  { key: 'lucia', name: 'Lucía Fernández', locale: 'es' },
  { key: 'amara', name: 'Amara Okafor', locale: 'en' },
  { key: 'kasia', name: 'Katarzyna Nowak', locale: 'pl' },
  { key: 'olga', name: 'Olga Smirnova', locale: 'ru' },
  { key: 'fatma', name: 'Fatma Al-Balushi', locale: 'ar' },
  { key: 'claire', name: 'Claire Martin', locale: 'fr' },
];

type TDemoPost = {
  by: string;
  language: string;
  body: string;
  /** Days before the demo was loaded. */
  daysAgo: number;
  translations?: { language: string; by: string; body: string }[];
  /** A one-page PDF attached to the post (made by demo-community-files.ts). */
  file?: { name: string; lines: string[] };
  helpfulFrom?: string[];
};

type TDemoThread = {
  title: string;
  kind: TThreadKind;
  language: string;
  posts: TDemoPost[];
  acceptedIndex?: number;
};

export type TDemoCommunity = {
  slug: string;
  name: string;
  description: string;
  language: string;
  visibility: 'public' | 'private';
  joinPolicy: 'open' | 'request';
  themes: string[];
  regions: string[];
  translations: Record<string, { name: string; description: string; pictureAlt?: string }>;
  /** A picture drawn by demo-community-files.ts, described in the community's language. */
  pictureAlt?: string;
  members: [string, TMemberRole][];
  threads: TDemoThread[];
  /** Slugs of demo events (loaded before communities) that the community holds as its meetings. */
  meetings?: string[];
  /** The community's library: public hub records a member added, with a note on why they matter. */
  resources?: { type: 'practice' | 'commitment'; slug: string; by: string; note: string; language: string }[];
};

export const demoCommunities: readonly TDemoCommunity[] = [
  {
    slug: 'care-in-cities',
    meetings: ['alliance-webinar-sharing-care-practices'],
    resources: [
      {
        type: 'practice',
        slug: 'manzanas-del-cuidado-bogota',
        by: 'lucia',
        language: 'es',
        note:
          'Lo que respondemos cuando otra ciudad pregunta por dónde empezar: cómo se eligieron los barrios y qué servicios ' +
          'se abrieron primero.',
      },
      {
        type: 'commitment',
        slug: 'manzanas-del-cuidado-20-localidades',
        by: 'amara',
        language: 'en',
        note: 'A city that put its plan in numbers, with dates: useful to show a council what "scaling up" can mean.',
      },
    ],
    name: 'Care in cities',
    language: 'en',
    description:
      'For people in local and regional governments and their partners who plan care close to where people live: ' +
      'services grouped in neighbourhoods, transport and streets that fit caregivers’ days, and time for the carers themselves.',
    visibility: 'public',
    joinPolicy: 'open',
    themes: ['theme:care_infrastructure', 'theme:community_care', 'theme:unpaid_carer_support'],
    regions: ['region:latin_america_caribbean', 'region:europe'],
    translations: {
      es: {
        name: 'Cuidados en las ciudades',
        description:
          'Para gobiernos locales y regionales y sus aliados que organizan los cuidados cerca de donde vive la gente: ' +
          'servicios agrupados en el barrio, calles y transporte pensados para quienes cuidan, y tiempo propio para ellas.',
      },
      pl: {
        name: 'Opieka w miastach',
        description:
          'Dla samorządów i ich partnerów, którzy organizują opiekę blisko miejsca zamieszkania: usługi w sąsiedztwie, ' +
          'ulice i transport dopasowane do dnia opiekunów oraz czas dla samych opiekunek i opiekunów.',
      },
    },
    members: [
      ['amara', 'facilitator'],
      ['lucia', 'member'],
      ['kasia', 'member'],
      ['claire', 'member'],
    ],
    threads: [
      {
        title: '¿Cómo elegir dónde abrir una manzana del cuidado?',
        kind: 'question',
        language: 'es',
        acceptedIndex: 1,
        posts: [
          {
            by: 'lucia',
            language: 'es',
            daysAgo: 12,
            body:
              'En Bogotá agrupamos en pocas cuadras servicios para las personas que necesitan cuidado y, al mismo tiempo, ' +
              'formación, descanso y orientación para las mujeres que cuidan sin pago. Ver la práctica: ' +
              '/es/practices/manzanas-del-cuidado-bogota\n\n' +
              'Otras ciudades nos preguntan cómo escogimos los barrios. ¿Qué datos usan ustedes para decidir dónde abrir la primera?',
            translations: [
              {
                language: 'en',
                by: 'amara',
                body:
                  'In Bogotá we group, within a few blocks, services for people who need care and, at the same time, ' +
                  'training, rest and guidance for women who care without pay. See the practice: ' +
                  '/en/practices/manzanas-del-cuidado-bogota\n\n' +
                  'Other cities ask us how we chose the neighbourhoods. What data do you use to decide where to open the first one?',
              },
            ],
          },
          {
            by: 'amara',
            language: 'en',
            daysAgo: 11,
            helpfulFrom: ['lucia', 'kasia'],
            body:
              'Thank you @Lucía Fernández. Cities in our network usually start from three maps laid over each other: ' +
              'where unpaid carers live, where existing public buildings could host services, and how long the trip takes on foot.\n\n' +
              '> ¿Qué datos usan ustedes?\n\n' +
              'Time-use survey results by district help a lot, when the statistics office can break them down that far.',
            translations: [
              {
                language: 'es',
                by: 'lucia',
                body:
                  'Gracias, @Lucía Fernández. Las ciudades de nuestra red suelen partir de tres mapas superpuestos: ' +
                  'dónde viven las personas que cuidan sin pago, qué edificios públicos podrían acoger servicios y cuánto se tarda a pie.\n\n' +
                  'Los resultados de las encuestas de uso del tiempo por distrito ayudan mucho, cuando la oficina de estadística puede desagregarlos.',
              },
            ],
          },
          {
            by: 'kasia',
            language: 'pl',
            daysAgo: 9,
            body:
              'W Krakowie zaczynaliśmy od miejsc, do których mieszkańcy i tak przychodzą: ośrodków pomocy społecznej i urzędów pracy. ' +
              'Dzięki temu pierwsze usługi ruszyły bez budowania czegokolwiek od zera.',
          },
        ],
      },
      {
        title: 'Streets and buses that fit a carer’s day',
        kind: 'discussion',
        language: 'en',
        posts: [
          {
            by: 'claire',
            language: 'en',
            daysAgo: 6,
            body:
              'Caregivers make many short trips: school, clinic, market, back home. Has anyone changed bus routes or timetables ' +
              'to follow these chains of trips rather than the commute to the centre?',
          },
        ],
      },
    ],
  },
  {
    slug: 'long-term-care-financing',
    name: 'Long-term care financing',
    language: 'en',
    description:
      'How to pay for long-term care fairly and for the long run: public budgets, social insurance, local partnerships, ' +
      'and who is entitled to support.',
    visibility: 'public',
    joinPolicy: 'request',
    themes: ['theme:care_financing', 'theme:long_term_care'],
    regions: ['region:europe'],
    translations: {
      ru: {
        name: 'Финансирование долгосрочного ухода',
        description:
          'Как справедливо и надолго оплачивать долгосрочный уход: государственные бюджеты, социальное страхование, ' +
          'местные партнёрства и право на поддержку.',
      },
    },
    members: [
      ['kasia', 'facilitator'],
      ['olga', 'member'],
      ['amara', 'member'],
    ],
    threads: [
      {
        title: 'Kto może skorzystać? Zasada zamieszkania w partnerstwie lokalnym',
        kind: 'discussion',
        language: 'pl',
        posts: [
          {
            by: 'kasia',
            language: 'pl',
            daysAgo: 8,
            body:
              'W naszym partnerstwie dziewięciu instytucji wsparcie jest dla osób mieszkających w Krakowie lub w powiecie krakowskim, ' +
              'zarówno pracujących, jak i niepracujących: /pl/practices/rownowaga-praca-rodzina\n\n' +
              'Ta zasada ułatwia finansowanie z budżetów lokalnych, ale ludzie dojeżdżający do pracy z innych gmin zostają poza programem. ' +
              'Jak rozwiązujecie to u siebie?',
            translations: [
              {
                language: 'ru',
                by: 'olga',
                body:
                  'В нашем партнёрстве из девяти учреждений поддержка предназначена для жителей Кракова и Краковского повята — ' +
                  'и работающих, и неработающих.\n\n' +
                  'Такое правило упрощает финансирование из местных бюджетов, но люди, которые ездят на работу из других гмин, ' +
                  'остаются за рамками программы. Как вы решаете этот вопрос у себя?',
              },
            ],
          },
          {
            by: 'olga',
            language: 'ru',
            daysAgo: 7,
            body:
              'У нас муниципалитеты заключают соглашения друг с другом: услуга оплачивается по месту жительства, ' +
              'а оказывается там, где человеку удобнее. Это требует общего реестра получателей, зато никто не выпадает из системы.',
          },
        ],
      },
    ],
  },
  {
    slug: 'care-data-and-time-use-surveys',
    name: 'Care data and time-use surveys',
    language: 'en',
    description:
      'For statisticians, researchers and policy teams who measure care: time-use surveys, SDG indicator 5.4.1, ' +
      'and turning the figures into decisions.',
    visibility: 'public',
    joinPolicy: 'open',
    themes: ['theme:time_use_data', 'theme:unpaid_care_work'],
    regions: [],
    pictureAlt:
      'A drawing of two bars of a chart, one short and one tall, beside a clock face on a green background.',
    translations: {
      ar: {
        name: 'بيانات الرعاية ومسوح استخدام الوقت',
        description:
          'للإحصائيين والباحثين وفرق السياسات الذين يقيسون الرعاية: مسوح استخدام الوقت، والمؤشر 5.4.1 من أهداف التنمية المستدامة، ' +
          'وتحويل الأرقام إلى قرارات.',
        pictureAlt: 'رسم لعمودين في مخطط بياني، أحدهما قصير والآخر طويل، بجانب وجه ساعة على خلفية خضراء.',
      },
    },
    members: [
      ['fatma', 'facilitator'],
      ['amara', 'member'],
      ['olga', 'member'],
      ['lucia', 'member'],
    ],
    threads: [
      {
        title: 'كيف نقيس العمل غير المأجور في الرعاية داخل الأسرة؟',
        kind: 'question',
        language: 'ar',
        posts: [
          {
            by: 'fatma',
            language: 'ar',
            daysAgo: 5,
            body:
              'خرج مؤتمر مسقط حول سياسات وبرامج الرعاية الاجتماعية بتوصية واضحة: لا يمكن تخطيط الخدمات من دون بيانات عن الوقت ' +
              'الذي تقضيه الأسر في الرعاية. نفكّر في إضافة وحدة قصيرة عن استخدام الوقت إلى مسح قائم بدل إطلاق مسح مستقل.\n\n' +
              'هل جرّب أحدكم ذلك؟ وما الأسئلة التي أعطت أرقامًا يمكن الاعتماد عليها؟',
            translations: [
              {
                language: 'en',
                by: 'amara',
                body:
                  'The Muscat conference on social care policies and programmes ended with a clear recommendation: services cannot be ' +
                  'planned without data on the time families spend on care. We are thinking of adding a short time-use module to an ' +
                  'existing survey instead of launching a separate one.\n\n' +
                  'Has anyone tried this? Which questions gave figures you could rely on?',
              },
            ],
          },
          {
            by: 'olga',
            language: 'ru',
            daysAgo: 4,
            helpfulFrom: ['fatma'],
            file: {
              name: 'one-day-diary-module.pdf',
              lines: [
                'One-day diary module (draft for discussion)',
                '',
                '1. Yesterday, from waking up to going to sleep: what did you do, hour by hour?',
                '2. While doing it, were you also looking after someone? Who?',
                '3. Was anyone looking after you, or after someone in your home?',
                '',
                'Ask about the whole of yesterday, not a typical week.',
              ],
            },
            body:
              'Мы добавляли короткий дневник за один день к обследованию рабочей силы. Важно спрашивать о вчерашнем дне целиком, ' +
              'а не о «типичной неделе»: иначе уход, который совмещается с другими делами, почти не виден.',
            translations: [
              {
                language: 'ar',
                by: 'fatma',
                body:
                  'أضفنا مذكّرة قصيرة ليوم واحد إلى مسح القوى العاملة. المهم أن نسأل عن يوم الأمس كاملًا، لا عن «أسبوع معتاد»، ' +
                  'وإلا فإن الرعاية التي تتداخل مع أعمال أخرى تكاد لا تظهر.',
              },
            ],
          },
        ],
      },
    ],
  },
  {
    slug: 'mothers-centres-circle',
    name: 'Mothers’ centres circle',
    language: 'en',
    description:
      'A private circle where people who run mothers’ centres compare notes on volunteers, funding and safe spaces. ' +
      'Ask to join: a facilitator will answer.',
    visibility: 'private',
    joinPolicy: 'request',
    themes: ['theme:community_care', 'theme:caregiver_health'],
    regions: ['region:europe'],
    translations: {
      fr: {
        name: 'Cercle des centres de mères',
        description:
          'Un cercle privé où les personnes qui animent des centres de mères échangent sur les bénévoles, le financement ' +
          'et les lieux sûrs. Demandez à le rejoindre : un animateur ou une animatrice vous répondra.',
      },
    },
    members: [
      ['claire', 'facilitator'],
      ['kasia', 'member'],
    ],
    threads: [
      {
        title: 'Keeping volunteers for more than a year',
        kind: 'discussion',
        language: 'en',
        posts: [
          {
            by: 'claire',
            language: 'en',
            daysAgo: 3,
            body: 'What helps your volunteers stay? For us, a small budget for childcare during their shifts made the biggest difference.',
          },
        ],
      },
    ],
  },
];

/**
 * Watches and mail settings in use (ADR 0055): Katarzyna reads Long-term care financing in a weekly
 * digest on Warsaw's clock (her first one, in Polish, quotes Olga's Russian reply of a week ago);
 * Lucía watches the Arabic thread on unpaid care work and wants each reply at once, in Spanish. As on
 * the hub, everyone who started or answered a thread watches it.
 */
type TDemoWatching = {
  person: string;
  frequency: TMailFrequency;
  timeZone: string;
  community?: string;
  /** A thread by its title. */
  thread?: string;
};

export const demoWatching: readonly TDemoWatching[] = [
  { person: 'kasia', frequency: 'weekly', timeZone: 'Europe/Warsaw', community: 'long-term-care-financing' },
  {
    person: 'lucia',
    frequency: 'immediately',
    timeZone: 'America/Bogota',
    thread: 'كيف نقيس العمل غير المأجور في الرعاية داخل الأسرة؟',
  },
];

export const demoCommunitiesPart: TDemoPart = {
  name: 'communities',
  async load(ctx) {
    const now = Date.parse(ctx.at);
    const when = (daysAgo: number) => new Date(now - daysAgo * 86_400_000).toISOString();
    const people = new Map<string, string>();
    for (const person of demoCommunityPeople) {
      const id = newId(now);
      // Demo people cannot sign in: no password hash matches any password.
      await insertUser(ctx.db, {
        id,
        email: `${person.key}.demo@carehub.invalid`,
        name: person.name,
        passwordHash: '!demo-person',
        locale: person.locale,
        emailVerifiedAt: ctx.at,
        at: ctx.at,
      });
      people.set(person.key, id);
    }
    const personId = (key: string) => people.get(key) ?? null;
    const search = createHubSearch({ db: ctx.db, dialect: dialectOf(ctx.db) });
    const communityIds = new Map<string, string>();
    const threadIds = new Map<string, string>();
    for (const community of demoCommunities) {
      const id = newId(now);
      communityIds.set(community.slug, id);
      const lastActivity = Math.min(...community.threads.flatMap((t) => t.posts.map((p) => p.daysAgo)), 30);
      const picture = community.pictureAlt ? await demoCommunityPicture() : null;
      const pictureKey = picture ? (await ctx.files.save(picture.data)).key : null;
      await insertCommunity(ctx.db, {
        id,
        slug: community.slug,
        status: 'active',
        visibility: community.visibility,
        join_policy: community.joinPolicy,
        language: community.language,
        name: community.name,
        description: community.description,
        translations: JSON.stringify(community.translations),
        themes: JSON.stringify(community.themes),
        regions: JSON.stringify(community.regions),
        picture_id: picture ? newId(now) : null,
        picture_key: pictureKey,
        picture_alt: picture ? (community.pictureAlt ?? null) : null,
        picture_width: picture?.width ?? null,
        picture_height: picture?.height ?? null,
        created_by: personId(community.members[0]?.[0] ?? ''),
        decided_by: null,
        created_at: when(30),
        updated_at: when(30),
        last_activity_at: when(lastActivity),
      });
      for (const [key, role] of community.members) {
        const userId = personId(key);
        if (userId) await insertMember(ctx.db, { communityId: id, userId, role, at: when(30) });
      }
      for (const eventSlug of community.meetings ?? []) {
        const eventId = await findShownEventIdBySlug(ctx.db, eventSlug);
        if (eventId)
          await insertMeetingLink(ctx.db, {
            id: newId(now),
            community_id: id,
            event_id: eventId,
            added_by: personId(community.members[0]?.[0] ?? ''),
            added_at: when(7),
          });
      }
      for (const resource of community.resources ?? [])
        await insertResource(ctx.db, {
          id: newId(now),
          community_id: id,
          record_type: resource.type,
          record_slug: resource.slug,
          note: resource.note,
          note_language: resource.language,
          added_by: personId(resource.by),
          added_at: when(10),
        });
      for (const thread of community.threads) {
        const postIds = thread.posts.map(() => newId(now));
        const threadId = postIds[0] as string;
        threadIds.set(thread.title, threadId);
        const first = thread.posts[0] as TDemoPost;
        const last = thread.posts.at(-1) as TDemoPost;
        await insertThread(ctx.db, {
          id: threadId,
          community_id: id,
          kind: thread.kind,
          title: thread.title,
          language: thread.language,
          status: 'open',
          author_id: personId(first.by),
          accepted_post_id:
            thread.acceptedIndex !== undefined ? (postIds[thread.acceptedIndex] ?? null) : null,
          post_count: thread.posts.length,
          created_at: when(first.daysAgo),
          last_post_at: when(last.daysAgo),
        });
        for (const [index, post] of thread.posts.entries()) {
          const postId = postIds[index] as string;
          await insertPost(ctx.db, {
            id: postId,
            thread_id: threadId,
            community_id: id,
            author_id: personId(post.by),
            body: post.body,
            language: post.language,
            quote_of: null,
            created_at: when(post.daysAgo),
            edited_at: null,
          });
          const authorId = personId(post.by);
          if (post.file) {
            const bytes = demoPdf(post.file.lines);
            const saved = await ctx.files.save(bytes);
            await insertPostFiles(ctx.db, {
              postId,
              files: [
                { ...saved, uploadId: newId(now), name: post.file.name, contentType: 'application/pdf' },
              ],
              at: when(post.daysAgo),
              by: authorId,
            });
          }
          if (authorId)
            await watchThreadIfNew(ctx.db, {
              userId: authorId,
              threadId,
              reason: index === 0 ? 'started' : 'replied',
              at: when(post.daysAgo),
            });
          for (const translation of post.translations ?? []) {
            await saveTranslation(ctx.db, {
              id: newId(now),
              postId,
              language: translation.language,
              body: translation.body,
              translatedBy: personId(translation.by),
              at: when(post.daysAgo - 0.5),
            });
          }
          for (const key of post.helpfulFrom ?? []) {
            const userId = personId(key);
            if (userId) await setHelpfulMark(ctx.db, postId, userId, true, when(post.daysAgo - 0.5));
          }
        }
        const saved = await findThread(ctx.db, threadId);
        if (saved) await syncThreadIndex({ search }, saved, ctx.db);
      }
    }
    for (const watching of demoWatching) {
      const userId = personId(watching.person);
      const targetId = watching.community
        ? communityIds.get(watching.community)
        : threadIds.get(watching.thread ?? '');
      if (!userId || !targetId) continue;
      // Settings chosen a month ago: the first digest covers the last whole week before the demo loaded.
      await saveMailSettings(ctx.db, {
        userId,
        frequency: watching.frequency,
        timeZone: watching.timeZone,
        at: when(30),
      });
      await setWatch(ctx.db, {
        userId,
        target: { type: watching.community ? 'community' : 'thread', id: targetId },
        state: 'watching',
        reason: 'chosen',
        at: when(30),
      });
    }
    return demoCommunities.length;
  },
};
