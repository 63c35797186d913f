import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { directionOf, languageName } from '../../../i18n/names.ts';
import { renderMarkdown } from '../../../platform/markdown.ts';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { shownText } from '../practice-display.ts';
import type { TPracticePageData } from '../practice-read.service.ts';
import { stalenessOf } from '../practice-vocabulary.ts';
import type { TPracticeAction } from '../practices.policy.ts';
import { PracticeActions } from './practice-actions.tsx';
import { PracticeCard } from './practice-card.tsx';
import { PracticeDetails } from './practice-details.tsx';
import { PracticeEligibility } from './practice-eligibility.tsx';
import { PracticeEvidence } from './practice-evidence.tsx';
import { RecommendationLine } from './practice-recommendations-page.tsx';
import { practiceStructuredData } from './practice-structured-data.ts';
import { PracticeSummary } from './practice-summary.tsx';
import { ShareLinks } from './share-links.tsx';

export type TPracticePageProps = {
  ctx: TViewContext;
  data: TPracticePageData;
  url: string;
  isOriginalWanted: boolean;
  allowed: ReadonlySet<TPracticeAction>;
  now: Date;
  /** A side panel from elsewhere (the country's key care figure). */
  aside?: Child;
  /** Whether the reader may ask the organisation behind the practice for an introduction (issue 14). */
  canLearnFrom?: boolean;
};

/** A practice, whole: text in the reader's language where a translation exists, facts, evidence, related. */
export function PracticePage({
  ctx,
  data,
  url,
  isOriginalWanted,
  allowed,
  now,
  aside,
  canLearnFrom,
}: TPracticePageProps) {
  const { t, locale } = ctx;
  const { practice } = data;
  const title = shownText(practice, 'title', locale, isOriginalWanted);
  const summary = shownText(practice, 'summary', locale, isOriginalWanted);
  const body = shownText(practice, 'body', locale, isOriginalWanted);
  const beneficiaries = shownText(practice, 'beneficiaries', locale, isOriginalWanted);
  const isTranslated = [title, summary, body].some((s) => s.isTranslation);
  const hasTranslation = !!practice.translations[locale]?.title && locale !== practice.language;
  const staleness = stalenessOf(practice.lastReviewedAt, now);
  const path = `/practices/${encodeURIComponent(practice.slug)}`;
  return (
    <Layout
      ctx={ctx}
      title={title.text}
      description={summary.text.slice(0, 300)}
      isPrivate={practice.status !== 'published'}
      structuredData={[practiceStructuredData(practice, url, locale)]}
    >
      <article class="practice">
        <p class="meta">
          <a href={ctx.href('/practices')}>{t('practices.index.title')}</a> ·{' '}
          <span class="badge">{t(`practices.kind.${practice.kind}`)}</span>{' '}
          {practice.isVerified ? <span class="badge verified">{t('practices.badge.verified')}</span> : null}{' '}
          {practice.isFeatured ? <span class="badge">{t('practices.badge.featured')}</span> : null}{' '}
          {practice.status !== 'published' ? (
            <span class="badge warning">{t(`practices.status.${practice.status}`)}</span>
          ) : null}
        </p>
        <h1 lang={title.language} dir={directionOf(title.language)}>
          {title.text}
        </h1>
        {isTranslated ? (
          <p class="notice">
            {t('practices.page.translatedFrom', { language: languageName(locale, practice.language) })}{' '}
            <a href={`${ctx.href(path)}?original=1`}>{t('practices.page.showOriginal')}</a>
          </p>
        ) : hasTranslation && isOriginalWanted ? (
          <p class="notice">
            <a href={ctx.href(path)}>{t('practices.page.showTranslation')}</a>
          </p>
        ) : null}
        <p class="lead" lang={summary.language} dir={directionOf(summary.language)}>
          {summary.text}
        </p>
        <div class="record-layout">
          <PracticeSummary
            ctx={ctx}
            practice={practice}
            organizations={data.organizations}
            files={data.files}
          />
          <div class="record-main">
            <div class="prose" lang={body.language} dir={directionOf(body.language)}>
              {raw(renderMarkdown(body.text))}
            </div>
            <PracticeDetails
              ctx={ctx}
              practice={practice}
              organizations={data.organizations}
              isSummaryShown
            />
            <PracticeEligibility ctx={ctx} practice={practice} beneficiaries={beneficiaries} />
            <PracticeEvidence ctx={ctx} practice={practice} files={data.files} isContactShown={false} />
          </div>
        </div>
        {data.recommendations.length > 0 ? (
          <section aria-labelledby="recommendations-title">
            <h2 id="recommendations-title">{t('practices.recommendations.respondsTo')}</h2>
            <ul>
              {data.recommendations.map((r) => (
                <li>
                  <RecommendationLine ctx={ctx} recommendation={r} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <p class={`staleness ${staleness}`}>
          {practice.lastReviewedAt
            ? t('practices.page.lastReviewed', { date: new Date(practice.lastReviewedAt) })
            : t('practices.page.neverReviewed')}{' '}
          <span class="badge">{t(`practices.staleness.${staleness}`)}</span>
        </p>
        <p class="no-print">
          <a href={ctx.href(`${path}/print`)}>{t('practices.page.print')}</a> ·{' '}
          <a href={`/api/v1/practices/${encodeURIComponent(practice.slug)}`}>{t('practices.page.json')}</a>
        </p>
        <ShareLinks ctx={ctx} url={url} title={title.text} />
      </article>
      {canLearnFrom ? (
        <section class="panel no-print" aria-labelledby="learn-from-title">
          <h2 id="learn-from-title">{t('practices.learnFrom.title')}</h2>
          <p>{t('practices.learnFrom.hint')}</p>
          <p>
            <a
              class="button"
              href={ctx.href(`/connections/practices/${encodeURIComponent(practice.slug)}/introduction`)}
            >
              {t('practices.learnFrom.title')}
            </a>
          </p>
        </section>
      ) : null}
      <PracticeActions ctx={ctx} practice={practice} allowed={allowed} completeness={data.completeness} />
      {aside}
      {data.related.length > 0 ? (
        <section aria-labelledby="related-title">
          <h2 id="related-title">{t('practices.page.related')}</h2>
          <ul class="cards">
            {data.related.map((p) => (
              <PracticeCard ctx={ctx} practice={p} />
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}
