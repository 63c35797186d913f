import type { TDb } from '../../platform/db/database.ts';

/**
 * The public pages of events, news and campaigns for /sitemap.xml: a path under a language
 * ("/events/{slug}"), the language the record is written in, and when it last changed.
 * The sitemap route (src/domains/practices/practice-feeds.routes.ts) adds them to its list.
 */
export type TSitemapEntry = { path: string; language: string; lastmod: string };

export async function listEventNewsCampaignPages(db: TDb, limit = 20_000): Promise<TSitemapEntry[]> {
  const [events, articles, campaigns] = await Promise.all([
    db
      .selectFrom('events')
      .select(['slug', 'language', 'updated_at'])
      .where('status', 'in', ['published', 'cancelled'])
      .where('audience', '=', 'public')
      .limit(limit)
      .execute(),
    db
      .selectFrom('news_articles')
      .select(['slug', 'language', 'updated_at'])
      .where('status', '=', 'published')
      .limit(limit)
      .execute(),
    db
      .selectFrom('campaigns')
      .select(['slug', 'language', 'updated_at'])
      .where('status', 'in', ['published', 'closed'])
      .limit(limit)
      .execute(),
  ]);
  const entry = (base: string) => (r: { slug: string; language: string; updated_at: string }) => ({
    path: `${base}/${encodeURIComponent(r.slug)}`,
    language: r.language,
    lastmod: r.updated_at.slice(0, 10),
  });
  return [
    ...['/events', '/news', '/campaigns'].map((path) => ({ path, language: '', lastmod: '' })),
    ...events.map(entry('/events')),
    ...articles.map(entry('/news')),
    ...campaigns.map(entry('/campaigns')),
  ];
}
