import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TNewsArticle } from '../news.record.ts';
import { newsCategories, type TNewsCategory } from '../news.schemas.ts';
import { ArticleCard } from './article-card.tsx';
import { ArticleLinks } from './article-links.tsx';

export type TNewsIndexProps = {
  ctx: TViewContext;
  category: TNewsCategory | null;
  items: TNewsArticle[];
  total: number;
  page: number;
  pageSize: number;
  mostRead: (TNewsArticle & { reads: number })[];
  fromMembers: TNewsArticle[];
  drafts: TNewsArticle[];
  canCreate: boolean;
};

/** The news: latest articles (or one category's), most read, latest from members, feeds. */
export function NewsIndexPage(props: TNewsIndexProps) {
  const { ctx, category } = props;
  const { t, locale } = ctx;
  const title = category
    ? t('news.categoryTitle', { category: t(`news.category.${category}`) })
    : t('news.title');
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  const basePath = category ? `/news/category/${category}` : '/news';
  const feedQuery = `?lang=${locale}${category ? `&category=${category}` : ''}`;
  return (
    <Layout ctx={ctx} title={title} description={t('news.lead')}>
      <h1>{title}</h1>
      <p class="lead">{t('news.lead')}</p>
      <p class="actions">
        {props.canCreate ? (
          <a class="button" href={ctx.href('/news/new')}>
            {t('news.write')}
          </a>
        ) : null}{' '}
        <a href={`/feeds/news.atom${feedQuery}`} type="application/atom+xml">
          {t('news.atom')}
        </a>{' '}
        <a href={`/feeds/news.rss${feedQuery}`} type="application/rss+xml">
          {t('news.rss')}
        </a>{' '}
        <a href={ctx.href('/news/digest')}>{t('news.digest.link')}</a>
      </p>
      <nav aria-label={t('news.categories')}>
        <ul class="inline-list">
          <li>
            <a href={ctx.href('/news')} aria-current={category === null ? 'page' : undefined}>
              {t('news.allCategories')}
            </a>
          </li>
          {newsCategories.map((c) => (
            <li>
              <a href={ctx.href(`/news/category/${c}`)} aria-current={c === category ? 'page' : undefined}>
                {t(`news.category.${c}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {props.drafts.length > 0 ? (
        <section aria-labelledby="drafts-title">
          <h2 id="drafts-title">{t('news.drafts')}</h2>
          <ul>
            {props.drafts.map((a) => (
              <li>
                <a href={ctx.href(`/news/${encodeURIComponent(a.slug)}`)}>{a.title}</a> (
                {t(`news.status.${a.status}`)})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div class="with-facets">
        <aside class="facets">
          {props.mostRead.length > 0 ? (
            <ArticleLinks
              ctx={ctx}
              id="most-read-title"
              heading={t('news.mostRead')}
              articles={props.mostRead}
              isRanked
            />
          ) : null}
          {!category && props.fromMembers.length > 0 ? (
            <ArticleLinks
              ctx={ctx}
              id="members-title"
              heading={t('news.fromMembers')}
              articles={props.fromMembers}
            />
          ) : null}
        </aside>
        <section aria-labelledby="latest-title">
          <h2 id="latest-title">{t('news.latest', { count: props.total })}</h2>
          {props.items.length === 0 ? <p>{t('news.empty')}</p> : null}
          <ul class="cards">
            {props.items.map((a) => (
              <ArticleCard ctx={ctx} article={a} />
            ))}
          </ul>
          {pages > 1 ? (
            <nav class="pager" aria-label={t('news.pages')}>
              {props.page > 1 ? (
                <a href={ctx.href(`${basePath}?page=${props.page - 1}`)}>{t('news.previous')}</a>
              ) : null}{' '}
              <span>{t('news.pageOf', { page: props.page, pages })}</span>{' '}
              {props.page < pages ? (
                <a href={ctx.href(`${basePath}?page=${props.page + 1}`)}>{t('news.next')}</a>
              ) : null}
            </nav>
          ) : null}
        </section>
      </div>
    </Layout>
  );
}
