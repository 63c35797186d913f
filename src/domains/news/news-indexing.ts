import type { TSearchSource } from '../../core/search-sources.ts';
import type { TDeps } from '../../deps.ts';
import type { TDb } from '../../platform/db/database.ts';
import { markdownToText } from '../../platform/markdown.ts';
import type { TReindexCount, TSearchDocument } from '../../platform/search/search-index.ts';
import type { TNewsArticle } from './news.record.ts';
import { articleRows } from './news.repository.ts';

/** Keeps the hub's search index in step with news: published articles are in it, others are not. */
export function newsSearchDocument(article: TNewsArticle): TSearchDocument {
  const translations = Object.values(article.translations);
  return {
    id: article.id,
    type: 'news',
    slug: article.slug,
    language: article.language,
    title: article.title,
    summary: [article.summary, ...translations.map((t) => `${t.title ?? ''} ${t.summary ?? ''}`)].join('\n'),
    body: [
      markdownToText(article.body),
      article.organization?.name ?? '',
      ...translations.map((t) => markdownToText(t.body ?? '')),
    ]
      .filter((part) => part.trim() !== '')
      .join('\n'),
    publishedAt: article.publishedAt ?? article.updatedAt,
    facets: [
      { facet: 'language', value: article.language },
      { facet: 'year', value: (article.publishedAt ?? article.createdAt).slice(0, 4) },
    ],
  };
}

/**
 * Called inside the transaction that changes the article (as practices do), so the two never
 * disagree; true when the article is in the index.
 */
export async function syncNewsIndex(deps: TDeps, article: TNewsArticle, db?: TDb): Promise<boolean> {
  const isPublished = article.status === 'published';
  if (isPublished) await deps.search.upsertDocument(newsSearchDocument(article), db ? { db } : {});
  else await deps.search.removeDocument(article.id, db ? { db } : {});
  return isPublished;
}

/** Syncs every article's document and drops those of articles that are gone (the search reindex). */
export function reindexAllNews(deps: TDeps): Promise<TReindexCount> {
  return deps.search.reindexRecords('news', articleRows, (article, trx) => syncNewsIndex(deps, article, trx));
}

/** What this domain makes searchable (core/search-sources.ts), registered by compose.ts. */
export const newsSearchSource: TSearchSource = {
  name: 'news',
  types: {
    news: { path: '/news', labelKey: 'search.type.news' },
  },
  reindex: reindexAllNews,
};
