import type { TDeps } from '../../deps.ts';
import { shortened } from '../../platform/text.ts';
import { listPublishedArticles } from './news.repository.ts';
import type { TNewsCategory } from './news.schemas.ts';
import { articleText } from './news-display.ts';

/** A published article as a list on another page shows it: in the reader's language where translated. */
export type TNewsTeaser = {
  slug: string;
  title: string;
  summary: string;
  language: string;
  category: TNewsCategory;
  publishedAt: string;
};

/** The latest published articles, newest first (the home page's "latest news"). */
export async function readNewsTeasers(deps: TDeps, locale: string, limit: number): Promise<TNewsTeaser[]> {
  const articles = await listPublishedArticles(deps.db, {}, limit);
  return articles.map((article) => {
    const text = articleText(article, locale);
    return {
      slug: article.slug,
      title: text.title,
      summary: shortened(text.summary, 180),
      language: text.language,
      category: article.category,
      publishedAt: article.publishedAt ?? article.createdAt,
    };
  });
}
