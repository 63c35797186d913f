import type { TNewsArticle } from './news.record.ts';
import { newsImagePath } from './news-image.ts';

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

export type TArticleImage = {
  src: string;
  alt: string;
  width: number | undefined;
  height: number | undefined;
};

/**
 * The picture an article shows, with its description: the uploaded one (served by the hub), else a
 * picture given by web address on older articles. `publicUrl` makes the address absolute (share cards).
 */
export function articleImage(
  article: Pick<TNewsArticle, 'image' | 'imageUrl' | 'imageAlt'>,
  publicUrl = '',
): TArticleImage | null {
  if (article.image) {
    return {
      src: `${publicUrl}${newsImagePath(article.image.id)}`,
      alt: article.imageAlt ?? '',
      width: article.image.width || undefined,
      height: article.image.height || undefined,
    };
  }
  if (article.imageUrl)
    return { src: article.imageUrl, alt: article.imageAlt ?? '', width: undefined, height: undefined };
  return null;
}
