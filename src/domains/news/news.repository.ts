import { type Selectable, sql } from 'kysely';
import { parseJson, updateAtVersion } from '../../core/records.ts';
import type { TSitemapRow } from '../../core/sitemap.ts';
import type { TDb } from '../../platform/db/database.ts';
import { recordRows } from '../../platform/db/record-rows.ts';
import type { Database } from '../../platform/db/schema.ts';
import type { TNewsArticle } from './news.record.ts';
import type { TNewsCategory, TNewsStatus } from './news.schemas.ts';

/** The news domain's SQL: articles (with their organisation) and daily read counts. */

type TRow = Selectable<Database['news_articles']> & {
  org_slug: string | null;
  org_name: string | null;
  org_translations: string | null;
};

function toArticle(row: TRow): TNewsArticle {
  return {
    id: row.id,
    slug: row.slug,
    status: row.status as TNewsStatus,
    category: row.category as TNewsCategory,
    organizationId: row.organization_id,
    organization:
      row.org_slug && row.org_name
        ? {
            slug: row.org_slug,
            name: row.org_name,
            nameTranslations:
              parseJson<{ name?: Record<string, string> }>(row.org_translations, {}).name ?? {},
          }
        : null,
    countryCode: row.country_code ?? null,
    language: row.language,
    title: row.title,
    summary: row.summary,
    body: row.body,
    translations: parseJson(row.translations, {}),
    imageUrl: row.image_url,
    imageAlt: row.image_alt,
    image:
      row.image_id && row.image_key
        ? {
            id: row.image_id,
            key: row.image_key,
            width: Number(row.image_width ?? 0),
            height: Number(row.image_height ?? 0),
          }
        : null,
    createdBy: row.created_by,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: Number(row.version),
  };
}

function articles(db: TDb) {
  return db
    .selectFrom('news_articles')
    .leftJoin('organizations', 'organizations.id', 'news_articles.organization_id')
    .selectAll('news_articles')
    .select([
      'organizations.slug as org_slug',
      'organizations.name as org_name',
      'organizations.translations as org_translations',
    ]);
}

export type TNewArticleRow = {
  id: string;
  slug: string;
  status: TNewsStatus;
  category: string;
  organization_id: string | null;
  country_code?: string | null;
  language: string;
  title: string;
  summary: string;
  body: string;
  translations: string;
  image_url: string | null;
  image_alt: string | null;
  image_id?: string | null;
  image_key?: string | null;
  image_width?: number | null;
  image_height?: number | null;
  created_by: string | null;
  published_at: string | null;
  created_at: string;
  updated_at: string;
};

export async function insertArticle(db: TDb, row: TNewArticleRow): Promise<void> {
  await db.insertInto('news_articles').values(row).execute();
}

export async function updateArticleRow(
  db: TDb,
  id: string,
  version: number,
  patch: Partial<Omit<TNewArticleRow, 'id' | 'created_at'>> & { version: number },
): Promise<boolean> {
  return updateAtVersion(db, 'news_articles', id, version, patch);
}

export async function isArticleSlugTaken(db: TDb, slug: string): Promise<boolean> {
  return (
    (await db.selectFrom('news_articles').select('id').where('slug', '=', slug).executeTakeFirst()) !==
    undefined
  );
}

export async function findArticleBySlug(db: TDb, slug: string): Promise<TNewsArticle | undefined> {
  const row = await articles(db).where('news_articles.slug', '=', slug).executeTakeFirst();
  return row ? toArticle(row) : undefined;
}

/** Every article's id, batch by batch, for a search reindex. */
export const articleRows = recordRows('news_articles', async (db, ids) => {
  const rows = await articles(db).where('news_articles.id', 'in', ids).execute();
  return rows.map(toArticle);
});

export async function findArticleByImageId(db: TDb, imageId: string): Promise<TNewsArticle | undefined> {
  const row = await articles(db).where('news_articles.image_id', '=', imageId).executeTakeFirst();
  return row ? toArticle(row) : undefined;
}

export type TArticleFilter = {
  category?: TNewsCategory;
  /** Only articles of member organisations ("latest from members"). */
  isFromMembers?: boolean;
  /** Published on or after (ISO). */
  publishedFrom?: string;
  publishedBefore?: string;
};

function published(db: TDb, filter: TArticleFilter) {
  let query = articles(db).where('news_articles.status', '=', 'published');
  if (filter.category) query = query.where('news_articles.category', '=', filter.category);
  if (filter.isFromMembers) query = query.where('news_articles.organization_id', 'is not', null);
  if (filter.publishedFrom) query = query.where('news_articles.published_at', '>=', filter.publishedFrom);
  if (filter.publishedBefore) query = query.where('news_articles.published_at', '<', filter.publishedBefore);
  return query;
}

export async function listPublishedArticles(db: TDb, filter: TArticleFilter, limit: number, offset = 0) {
  const rows = await published(db, filter)
    .orderBy('news_articles.published_at', 'desc')
    .orderBy('news_articles.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map(toArticle);
}

export async function countPublishedArticles(db: TDb, filter: TArticleFilter): Promise<number> {
  const row = await db
    .selectFrom('news_articles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'published')
    .$if(filter.category !== undefined, (q) => q.where('category', '=', filter.category ?? ''))
    .$if(filter.isFromMembers === true, (q) => q.where('organization_id', 'is not', null))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Articles the person may manage that are not published (their drafts), newest first. */
export async function listDraftArticles(
  db: TDb,
  scope: { organizationIds: readonly string[]; userId: string; isAll: boolean },
) {
  let query = articles(db).where('news_articles.status', '!=', 'published');
  if (!scope.isAll) {
    query = query.where((eb) =>
      eb.or([
        eb('news_articles.created_by', '=', scope.userId),
        eb('news_articles.organization_id', 'in', ['', ...scope.organizationIds]),
      ]),
    );
  }
  const rows = await query.orderBy('news_articles.updated_at', 'desc').limit(50).execute();
  return rows.map(toArticle);
}

/** Adds one read to today's count (one row per article per day: no person is ever recorded). */
export async function countRead(db: TDb, articleId: string, day: string): Promise<void> {
  await db
    .insertInto('news_reads')
    .values({ article_id: articleId, day, reads: 1 })
    .onConflict((oc) => oc.columns(['article_id', 'day']).doUpdateSet({ reads: sql`news_reads.reads + 1` }))
    .execute();
}

/** The most read published articles since a day (inclusive). */
export async function listMostRead(
  db: TDb,
  sinceDay: string,
  limit: number,
): Promise<(TNewsArticle & { reads: number })[]> {
  const totals = await db
    .selectFrom('news_reads')
    .innerJoin('news_articles', 'news_articles.id', 'news_reads.article_id')
    .select(['news_reads.article_id as id', (eb) => eb.fn.sum<number>('news_reads.reads').as('total')])
    .where('news_reads.day', '>=', sinceDay)
    .where('news_articles.status', '=', 'published')
    .groupBy('news_reads.article_id')
    .orderBy('total', 'desc')
    .orderBy('news_reads.article_id', 'desc')
    .limit(limit)
    .execute();
  if (totals.length === 0) return [];
  const rows = await articles(db)
    .where(
      'news_articles.id',
      'in',
      totals.map((t) => t.id),
    )
    .execute();
  const byId = new Map(rows.map((r) => [r.id, toArticle(r)]));
  return totals.flatMap((t) => {
    const article = byId.get(t.id);
    return article ? [{ ...article, reads: Number(t.total) }] : [];
  });
}

/** Which of these stored-file keys an article's picture is (the orphan file sweep asks). */
export async function findReferencedImageKeys(db: TDb, keys: readonly string[]): Promise<string[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .selectFrom('news_articles')
    .select('image_key')
    .where('image_key', 'in', keys)
    .execute();
  return rows.flatMap((row) => (row.image_key ? [row.image_key] : []));
}

/** Published articles' pages for the sitemap. */
export function listSitemapRows(db: TDb, limit: number): Promise<TSitemapRow[]> {
  return db
    .selectFrom('news_articles')
    .select(['slug', 'language', 'updated_at as updatedAt'])
    .where('status', '=', 'published')
    .limit(limit)
    .execute();
}
