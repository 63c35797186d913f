import type { Insertable } from 'kysely';
import type { TDb } from '../src/platform/db/database.ts';
import type { Database } from '../src/platform/db/schema.ts';
import { newId } from '../src/platform/ids.ts';

/**
 * Bench-only data for communities (issue 13), written with bulk inserts in one transaction: `people`
 * people, each a member of two of `communities` public communities and watching the first in a weekly
 * digest; `threads` threads spread evenly over the communities; posts spread over the four weeks before
 * `now`. The first `longThreads` threads have 50 posts each (a thread page of 50 posts), the rest share
 * what is left of `posts`. Deterministic apart from ids.
 */
export type TCommunitySeed = {
  communities: number;
  people: number;
  threads: number;
  posts: number;
  longThreads: number;
};

export type TSeeded = { longThreadPaths: string[]; postCount: number };

const languages = ['en', 'es', 'fr', 'ru', 'ar', 'pl'] as const;
const zones = ['UTC', 'Europe/Warsaw', 'America/Bogota', 'Asia/Muscat', 'Europe/Moscow', 'Africa/Cairo'];
const bodies: Record<(typeof languages)[number], string> = {
  en: 'In our district the **care block** opens at seven, so carers can drop in before work. We count the hours it saves each week and share them with the city council.',
  es: 'En nuestro barrio la **manzana del cuidado** abre a las siete, para que las cuidadoras pasen antes del trabajo. Contamos las horas que ahorra cada semana.',
  fr: 'Dans notre quartier, le **bloc de soins** ouvre à sept heures : les aidantes passent avant le travail. Nous comptons les heures gagnées chaque semaine.',
  ru: 'В нашем районе **центр ухода** открывается в семь, чтобы ухаживающие могли зайти до работы. Мы считаем, сколько часов это экономит каждую неделю.',
  ar: 'في حيّنا يفتح **مركز الرعاية** في السابعة، لتمرّ مقدّمات الرعاية قبل العمل. نحسب الساعات التي يوفّرها كل أسبوع.',
  pl: 'W naszej dzielnicy **punkt opieki** otwiera się o siódmej, żeby opiekunki mogły wpaść przed pracą. Liczymy godziny, które oszczędza co tydzień.',
};

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

async function insertChunks<T>(
  rows: readonly T[],
  size: number,
  insert: (chunk: T[]) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

export async function seedCommunities(db: TDb, seed: TCommunitySeed, now: Date): Promise<TSeeded> {
  const next = random(13);
  const weekMs = 7 * 86_400_000;
  const at = new Date(now.getTime() - 5 * weekMs).toISOString();
  const userIds = Array.from({ length: seed.people }, () => newId(now.getTime() - 5 * weekMs));
  const communityIds = Array.from({ length: seed.communities }, () => newId(now.getTime() - 5 * weekMs));
  const membersOf: string[][] = communityIds.map(() => []);
  const memberRows: {
    community_id: string;
    user_id: string;
    role: string;
    is_listed: number;
    joined_at: string;
  }[] = [];
  userIds.forEach((userId, u) => {
    for (const c of new Set([u % seed.communities, (u * 7 + 3) % seed.communities])) {
      membersOf[c]?.push(userId);
      memberRows.push({
        community_id: communityIds[c] as string,
        user_id: userId,
        role: membersOf[c]?.length === 1 ? 'facilitator' : 'member',
        is_listed: 1,
        joined_at: at,
      });
    }
  });
  const threadRows: Insertable<Database['community_threads']>[] = [];
  const postRows: Insertable<Database['community_posts']>[] = [];
  const longThreadPaths: string[] = [];
  const shortThreads = seed.threads - seed.longThreads;
  const shortPosts = seed.posts - seed.longThreads * 50;
  for (let t = 0; t < seed.threads; t++) {
    const c = t % seed.communities;
    const members = membersOf[c] ?? [];
    const postCount =
      t < seed.longThreads
        ? 50
        : Math.floor(shortPosts / shortThreads) + (t - seed.longThreads < shortPosts % shortThreads ? 1 : 0);
    // Posts over the last four weeks, oldest first; the thread opens with the first.
    const start = now.getTime() - 4 * weekMs + Math.floor(next() * 3 * weekMs);
    const times = Array.from({ length: postCount }, (_, i) =>
      Math.min(now.getTime() - 60_000, start + Math.floor((i * (now.getTime() - start)) / postCount)),
    );
    const language = languages[t % languages.length] as (typeof languages)[number];
    const threadId = newId(times[0]);
    for (let i = 0; i < postCount; i++) {
      const postLanguage =
        i % 3 === 2 ? (languages[(t + i) % languages.length] as typeof language) : language;
      postRows.push({
        id: i === 0 ? threadId : newId(times[i]),
        thread_id: threadId,
        community_id: communityIds[c] as string,
        author_id: members[Math.floor(next() * members.length)] ?? null,
        body: `${bodies[postLanguage]} (${t}.${i})`,
        language: postLanguage,
        quote_of: null,
        created_at: new Date(times[i] as number).toISOString(),
        edited_at: null,
      });
    }
    threadRows.push({
      id: threadId,
      community_id: communityIds[c] as string,
      kind: 'discussion',
      title: `${bodies[language].slice(0, 60)} ${t}`,
      language,
      status: 'open',
      author_id: postRows[postRows.length - postCount]?.author_id ?? null,
      accepted_post_id: null,
      post_count: postCount,
      created_at: new Date(times[0] as number).toISOString(),
      last_post_at: new Date(times[postCount - 1] as number).toISOString(),
    });
    if (t < seed.longThreads)
      longThreadPaths.push(`/en/communities/bench-community-${c}/threads/${threadId}`);
  }
  const userRows = userIds.map((id, i) => ({
    id,
    email: `${id}@bench.invalid`,
    name: `Bench person ${i}`,
    password_hash: '!bench',
    locale: languages[i % languages.length] as string,
    email_verified_at: at,
    created_at: at,
    updated_at: at,
  }));
  const communityRows = communityIds.map((id, c) => ({
    id,
    slug: `bench-community-${c}`,
    status: 'active',
    visibility: 'public',
    join_policy: 'open',
    language: languages[c % languages.length] as string,
    name: `Bench community ${c}`,
    description: 'Generated for the benchmark.',
    picture_id: null,
    picture_key: null,
    picture_alt: null,
    picture_width: null,
    picture_height: null,
    created_by: null,
    decided_by: null,
    created_at: at,
    updated_at: at,
    last_activity_at: now.toISOString(),
  }));
  const watchRows = userIds.map((userId, u) => ({
    user_id: userId,
    target_type: 'community',
    target_id: communityIds[u % seed.communities] as string,
    state: 'watching',
    reason: 'chosen',
    created_at: at,
  }));
  const settingsRows = userIds.map((userId, u) => ({
    user_id: userId,
    frequency: 'weekly',
    time_zone: zones[u % zones.length] as string,
    daily_sent_through: null,
    weekly_sent_through: at,
    updated_at: at,
  }));
  await db.transaction().execute(async (trx) => {
    await insertChunks(userRows, 500, (chunk) => trx.insertInto('users').values(chunk).execute());
    await insertChunks(communityRows, 500, (chunk) => trx.insertInto('communities').values(chunk).execute());
    await insertChunks(memberRows, 1000, (chunk) =>
      trx.insertInto('community_members').values(chunk).execute(),
    );
    await insertChunks(threadRows, 500, (chunk) =>
      trx.insertInto('community_threads').values(chunk).execute(),
    );
    await insertChunks(postRows, 500, (chunk) => trx.insertInto('community_posts').values(chunk).execute());
    await insertChunks(watchRows, 1000, (chunk) =>
      trx.insertInto('community_watches').values(chunk).execute(),
    );
    await insertChunks(settingsRows, 1000, (chunk) =>
      trx.insertInto('community_mail_settings').values(chunk).execute(),
    );
  });
  return { longThreadPaths, postCount: postRows.length };
}
