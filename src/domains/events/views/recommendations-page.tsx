import { conceptsOf } from '../../../taxonomy/taxonomy.ts';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { recommendationVerbs } from '../event-vocabulary.ts';
import type { TRecommendationHit } from '../events.record.ts';
import { RecommendationItem } from './recommendation-item.tsx';

/** Searching the recommendations of every event's outcome, by words, theme and verb. */
export function RecommendationsPage({
  ctx,
  query,
  hits,
}: {
  ctx: TViewContext;
  query: { text: string; theme: string; verb: string };
  hits: TRecommendationHit[];
}) {
  const { t, locale } = ctx;
  return (
    <Layout
      ctx={ctx}
      title={t('events.recommendations.title')}
      description={t('events.recommendations.lead')}
    >
      <h1>{t('events.recommendations.title')}</h1>
      <p class="lead">{t('events.recommendations.lead')}</p>
      <form
        novalidate
        method="get"
        action={ctx.href('/events/recommendations')}
        class="stack"
        role="search"
        aria-label={t('events.recommendations.title')}
      >
        <div class="field">
          <label for="rec-q">{t('events.recommendations.words')}</label>
          <input id="rec-q" type="search" name="q" value={query.text} />
        </div>
        <div class="field">
          <label for="rec-theme">{t('events.field.themes')}</label>
          <select id="rec-theme" name="theme">
            <option value="">{t('events.recommendations.anyTheme')}</option>
            {conceptsOf('theme').map((c) => (
              <option value={c.id} selected={c.id === query.theme}>
                {c.labels[locale]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="rec-verb">{t('events.outcome.verbField')}</label>
          <select id="rec-verb" name="verb">
            <option value="">{t('events.recommendations.anyVerb')}</option>
            {recommendationVerbs.map((v) => (
              <option value={v} selected={v === query.verb}>
                {t(`events.verb.${v}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('events.recommendations.search')}</button>
      </form>
      <h2>{t('events.recommendations.count', { count: hits.length })}</h2>
      <ol>
        {hits.map((hit) => (
          <RecommendationItem
            ctx={ctx}
            recommendation={hit}
            source={{
              href: ctx.href(`/events/${encodeURIComponent(hit.eventSlug)}/outcome#recommendation-${hit.id}`),
              title: hit.eventTitle,
            }}
          />
        ))}
      </ol>
    </Layout>
  );
}
