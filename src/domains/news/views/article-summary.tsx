import { countryName, languageName } from '../../../i18n/names.ts';
import { ListText } from '../../../ui/components/bidi.tsx';
import { RecordSummary, type TSummaryFact } from '../../../ui/components/record-summary.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TNewsArticle } from '../news.record.ts';

/**
 * A news article's summary panel (ADR 0072): when it was published, its category (a link to the
 * category's articles), the languages it can be read in, the organisation that published it, and the
 * country it is about, with that country's outline.
 */
export function ArticleSummary({ ctx, article }: { ctx: TViewContext; article: TNewsArticle }) {
  const { t, i18n, locale } = ctx;
  const date = article.publishedAt ?? article.createdAt;
  const facts: TSummaryFact[] = [
    {
      label: t('news.summary.published'),
      value: <time datetime={date}>{i18n.formatDate(date, 'long')}</time>,
    },
    {
      label: t('news.field.category'),
      value: (
        <a href={ctx.href(`/news/category/${article.category}`)}>{t(`news.category.${article.category}`)}</a>
      ),
    },
    {
      label: t('news.summary.language'),
      value: (
        <ListText
          ctx={ctx}
          items={[article.language, ...Object.keys(article.translations)].map((l) => languageName(locale, l))}
        />
      ),
    },
  ];
  if (article.organization) {
    const name = article.organization.nameTranslations[locale] ?? article.organization.name;
    facts.push({
      label: t('news.summary.publisher'),
      value: (
        <a href={ctx.href(`/members/${encodeURIComponent(article.organization.slug)}`)}>
          <bdi>{name}</bdi>
        </a>
      ),
    });
  }
  const country = article.countryCode;
  if (country) facts.push({ label: t('news.summary.country'), value: countryName(locale, country) });
  return (
    <RecordSummary
      ctx={ctx}
      facts={facts}
      place={
        country ? { name: countryName(locale, country), country, latitude: null, longitude: null } : null
      }
    />
  );
}
