import { directionOf } from '../../../i18n/names.ts';
import { conceptsOf } from '../../../taxonomy/taxonomy.ts';
import { CsrfField } from '../../../ui/components/form-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TRecommendationHit } from '../../events/index.ts';
import type { TLinkedRecommendation, TPractice } from '../practice-record.ts';

/** Where a recommendation lives: its event's outcome page, at the recommendation. */
export function recommendationHref(ctx: TViewContext, r: { id: string; eventSlug: string }): string {
  return ctx.href(`/events/${encodeURIComponent(r.eventSlug)}/outcome#recommendation-${r.id}`);
}

/** One recommendation as a line: "calls for" + its text, and the event it comes from. */
export function RecommendationLine({
  ctx,
  recommendation: r,
}: {
  ctx: TViewContext;
  recommendation: Pick<
    TLinkedRecommendation,
    'id' | 'verb' | 'text' | 'language' | 'eventSlug' | 'eventTitle'
  >;
}) {
  return (
    <>
      <span class="verb">{ctx.t(`events.verb.${r.verb}`)}</span>{' '}
      <a href={recommendationHref(ctx, r)} lang={r.language} dir={directionOf(r.language)}>
        {r.text}
      </a>{' '}
      <span class="hint">{ctx.t('practices.recommendations.from', { event: r.eventTitle })}</span>
    </>
  );
}

/**
 * The practice's editors choose the recommendations it responds to: the linked ones with a button
 * to unlink each, a search (a plain GET form, so it works without JavaScript) and a button per hit.
 */
export function PracticeRecommendationsPage({
  ctx,
  practice,
  linked,
  candidates,
  query,
  hasQuery,
}: {
  ctx: TViewContext;
  practice: TPractice;
  linked: TLinkedRecommendation[];
  candidates: TRecommendationHit[];
  query: { text: string; theme: string };
  hasQuery: boolean;
}) {
  const { t, locale } = ctx;
  const base = `/practices/${encodeURIComponent(practice.slug)}/recommendations`;
  const post = (recommendationId: string, action: 'link' | 'unlink') => (
    <form novalidate method="post" action={ctx.href(`${base}/${action}`)} class="inline-form">
      <CsrfField ctx={ctx} />
      <input type="hidden" name="recommendation" value={recommendationId} />
      {action === 'link' ? (
        <>
          <input type="hidden" name="q" value={query.text} />
          <input type="hidden" name="theme" value={query.theme} />
        </>
      ) : null}
      <button type="submit" class="secondary">
        {t(`practices.recommendations.${action}`)}
      </button>
    </form>
  );
  /** Recommendations, each with its button to link it to the practice or unlink it. */
  const lines = (
    recommendations: ReadonlyArray<TLinkedRecommendation | TRecommendationHit>,
    action: 'link' | 'unlink',
  ) => (
    <ul class="plain">
      {recommendations.map((r) => (
        <li>
          <RecommendationLine ctx={ctx} recommendation={r} /> {post(r.id, action)}
        </li>
      ))}
    </ul>
  );
  return (
    <Layout ctx={ctx} title={t('practices.recommendations.pageTitle')} isPrivate>
      <h1>{t('practices.recommendations.pageTitle')}</h1>
      <p class="lead">
        <a
          href={ctx.href(`/practices/${encodeURIComponent(practice.slug)}`)}
          lang={practice.language}
          dir={directionOf(practice.language)}
        >
          {practice.title}
        </a>
      </p>
      <section aria-labelledby="linked-title">
        <h2 id="linked-title">{t('practices.recommendations.linked')}</h2>
        {linked.length === 0 ? <p>{t('practices.recommendations.noneLinked')}</p> : null}
        {lines(linked, 'unlink')}
      </section>
      <section aria-labelledby="find-title">
        <h2 id="find-title">{t('practices.recommendations.find')}</h2>
        <form
          novalidate
          method="get"
          action={ctx.href(base)}
          class="stack"
          role="search"
          aria-labelledby="find-title"
        >
          <div class="field">
            <label for="rec-q">{t('practices.recommendations.words')}</label>
            <input id="rec-q" type="search" name="q" value={query.text} maxlength={200} />
          </div>
          <div class="field">
            <label for="rec-theme">{t('practices.details.themes')}</label>
            <select id="rec-theme" name="theme">
              <option value="">{t('practices.recommendations.anyTheme')}</option>
              {conceptsOf('theme').map((c) => (
                <option value={c.id} selected={c.id === query.theme}>
                  {c.labels[locale]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">{t('practices.recommendations.search')}</button>
        </form>
        {hasQuery ? (
          <>
            <h3>{t('practices.recommendations.count', { count: candidates.length })}</h3>
            {lines(candidates, 'link')}
          </>
        ) : null}
      </section>
    </Layout>
  );
}
