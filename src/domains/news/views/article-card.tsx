import { Tx } from '../../../ui/components/bidi.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TNewsArticle } from '../news.record.ts';
import { articleImage, articleText } from '../news-display.ts';

/** An article in a list: date, title, summary, category and who published it. */
export function ArticleCard({ ctx, article }: { ctx: TViewContext; article: TNewsArticle }) {
  const { t, locale } = ctx;
  const text = articleText(article, locale);
  const date = article.publishedAt ?? article.createdAt;
  const image = articleImage(article);
  return (
    <li class="card">
      {image ? (
        <img
          class="card-image"
          src={image.src}
          alt={image.alt}
          width={image.width}
          height={image.height}
          loading="lazy"
        />
      ) : null}
      <p class="hint">
        <time datetime={date}>{ctx.i18n.formatDate(date, 'long')}</time> ·{' '}
        <a href={ctx.href(`/news/category/${article.category}`)}>{t(`news.category.${article.category}`)}</a>
      </p>
      <h3>
        <a href={ctx.href(`/news/${encodeURIComponent(article.slug)}`)} lang={text.language} dir="auto">
          {text.title}
        </a>
      </h3>
      <p lang={text.language} dir="auto">
        {text.summary}
      </p>
      {article.organization ? (
        <p class="hint">
          <Tx
            ctx={ctx}
            k="news.by"
            values={{
              organization: article.organization.nameTranslations[locale] ?? article.organization.name,
            }}
            isolate={['organization']}
          />
        </p>
      ) : null}
    </li>
  );
}
