import type { TNewsArticle } from './news.repository.ts';

/** An article's text in a language: its translation when there is one, else the original. */
export function articleText(
  article: Pick<TNewsArticle, 'title' | 'summary' | 'body' | 'language' | 'translations'>,
  locale: string,
) {
  const translation = article.translations[locale];
  if (locale === article.language || !translation?.title) {
    return { title: article.title, summary: article.summary, body: article.body, language: article.language };
  }
  return {
    title: translation.title,
    summary: translation.summary ?? article.summary,
    body: translation.body ?? article.body,
    language: locale,
  };
}
