import { isCurator, type TActor, writerOrganizationIds } from '../../core/actor.ts';
import { pageWithTotal } from '../../core/listing.ts';
import { sectionWithRecords, type TSitemapSource } from '../../core/sitemap.ts';
import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import type { TNewsArticle } from './news.record.ts';
import {
  countPublishedArticles,
  findArticleBySlug,
  listDraftArticles,
  listPublishedArticles,
  listSitemapRows,
  type TArticleFilter,
} from './news.repository.ts';

/** Reading news for feeds, the API and the pages: what routes call instead of the repository. */
export type { TNewsArticle };

/** Published articles matching the filter, newest first (feeds and the weekly digest). */
export function readPublishedArticles(deps: TDeps, filter: TArticleFilter, limit: number) {
  return listPublishedArticles(deps.db, filter, limit);
}

/** A page of published articles from an offset, with how many match in all (the API). */
export function readPublishedArticlePage(deps: TDeps, filter: TArticleFilter, limit: number, offset: number) {
  return pageWithTotal(
    listPublishedArticles(deps.db, filter, limit, offset),
    countPublishedArticles(deps.db, filter),
  );
}

/** A published article; a draft or unknown slug is not found. */
export async function readPublishedArticle(deps: TDeps, slug: string): Promise<TNewsArticle> {
  const article = await findArticleBySlug(deps.db, slug);
  if (article?.status !== 'published') throw new AppError('not_found');
  return article;
}

/** The unpublished articles this person may write: their organisations' and their own, or all for curators. */
export async function readOwnDraftArticles(deps: TDeps, actor: TActor): Promise<TNewsArticle[]> {
  if (!actor.userId) return [];
  return listDraftArticles(deps.db, {
    organizationIds: writerOrganizationIds(actor),
    userId: actor.userId,
    isAll: isCurator(actor),
  });
}

/** The news section and every published article's page, for /sitemap.xml (core/sitemap.ts). */
export const newsSitemapSource: TSitemapSource = {
  name: 'news',
  entries: async (deps) => sectionWithRecords('/news', await listSitemapRows(deps.db, 20_000)),
};
