import type { Child } from 'hono/jsx';
import { languageName } from '../../../i18n/names.ts';
import { renderMarkdown } from '../../../platform/markdown.ts';
import { ButtonForm } from '../../../ui/components/button-form.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TNewsArticle } from '../news.record.ts';
import { articleImage, articleText } from '../news-display.ts';
import { ArticleLinks } from './article-links.tsx';
import { ArticleSummary } from './article-summary.tsx';

type TArticlePageProps = {
  ctx: TViewContext;
  article: TNewsArticle;
  mostRead: (TNewsArticle & { reads: number })[];
  /** Beside the article: the key care figure of the country it is about. */
  aside?: Child;
  publicUrl: string;
  permissions: { canEdit: boolean; canPublish: boolean; canUnpublish: boolean };
};

/** schema.org NewsArticle: headline, dates, language, image with its description, publisher. */
function newsStructuredData(article: TNewsArticle, ctx: TViewContext, publicUrl: string): object {
  const text = articleText(article, ctx.locale);
  const image = articleImage(article, publicUrl);
  const url = `${publicUrl}/${ctx.locale}/news/${encodeURIComponent(article.slug)}`;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url,
    url,
    headline: text.title,
    description: text.summary,
    inLanguage: text.language,
    datePublished: article.publishedAt ?? undefined,
    dateModified: article.updatedAt,
    articleSection: article.category,
    ...(image
      ? {
          image: {
            '@type': 'ImageObject',
            url: image.src,
            description: image.alt,
            ...(image.width ? { width: image.width, height: image.height } : {}),
          },
        }
      : {}),
    author: article.organization
      ? {
          '@type': 'Organization',
          name: article.organization.name,
          url: `${publicUrl}/${ctx.locale}/members/${article.organization.slug}`,
        }
      : { '@type': 'Organization', name: ctx.t('common.siteName') },
    publisher: { '@type': 'Organization', name: ctx.t('common.siteName'), url: publicUrl },
  };
}

/** One article: the text (translated when a translation exists), its image, and where to read more. */
export function ArticlePage({ ctx, article, mostRead, publicUrl, permissions, aside }: TArticlePageProps) {
  const { t, locale } = ctx;
  const text = articleText(article, locale);
  const date = article.publishedAt ?? article.createdAt;
  const base = `/news/${encodeURIComponent(article.slug)}`;
  const image = articleImage(article);
  const shared = articleImage(article, publicUrl);
  const otherLanguages = [article.language, ...Object.keys(article.translations)].filter(
    (l) => l !== text.language,
  );
  return (
    <Layout
      ctx={ctx}
      title={text.title}
      description={text.summary}
      structuredData={article.status === 'published' ? [newsStructuredData(article, ctx, publicUrl)] : []}
      openGraph={{
        title: text.title,
        description: text.summary,
        url: `${publicUrl}/${locale}${base}`,
        image: shared ? { url: shared.src, alt: shared.alt } : undefined,
      }}
    >
      <article lang={text.language}>
        <p class="hint" lang={locale}>
          <time datetime={date}>{ctx.i18n.formatDate(date, 'long')}</time> ·{' '}
          <a href={ctx.href(`/news/category/${article.category}`)}>
            {t(`news.category.${article.category}`)}
          </a>
          {article.status !== 'published' ? (
            <>
              {' · '}
              <span class="badge warn">{t(`news.status.${article.status}`)}</span>
            </>
          ) : null}
        </p>
        <h1 dir="auto">{text.title}</h1>
        <p class="lead" dir="auto">
          {text.summary}
        </p>
        <div class="record-layout" lang={locale}>
          <ArticleSummary ctx={ctx} article={article} />
          <div class="record-main" lang={text.language}>
            {image ? (
              <figure class="featured">
                <img src={image.src} alt={image.alt} width={image.width} height={image.height} />
              </figure>
            ) : null}
            <div class="prose" dir="auto" dangerouslySetInnerHTML={{ __html: renderMarkdown(text.body) }} />
            {otherLanguages.length > 0 ? (
              <p class="hint" lang={locale}>
                {t('news.alsoIn', {
                  languages: ctx.i18n.formatList(otherLanguages.map((l) => languageName(locale, l))),
                })}
              </p>
            ) : null}
          </div>
        </div>
      </article>
      <p>
        <a href={ctx.href(`/news/category/${article.category}`)}>
          {t('news.seeAllInCategory', { category: t(`news.category.${article.category}`) })}
        </a>
      </p>
      {permissions.canEdit ? (
        <section aria-labelledby="editor-title">
          <h2 id="editor-title">{t('news.editorTitle')}</h2>
          <p class="actions">
            <a class="button secondary" href={ctx.href(`${base}/edit`)}>
              {t('news.edit')}
            </a>
          </p>
          {permissions.canPublish || permissions.canUnpublish ? (
            <ButtonForm
              ctx={ctx}
              action={ctx.href(`${base}/${permissions.canPublish ? 'publish' : 'unpublish'}`)}
            >
              {permissions.canPublish ? t('news.publish') : t('news.unpublish')}
            </ButtonForm>
          ) : null}
        </section>
      ) : null}
      {aside}
      {mostRead.length > 0 ? (
        <ArticleLinks
          ctx={ctx}
          id="most-read-title"
          heading={t('news.mostRead')}
          articles={mostRead}
          isRanked
        />
      ) : null}
    </Layout>
  );
}
