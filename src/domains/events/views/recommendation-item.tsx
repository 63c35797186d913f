import { conceptLabel } from '../../../taxonomy/taxonomy.ts';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TRecommendation, TRespondingPractice } from '../event-outcomes.repository.ts';

/** One recommendation: its verb, its text (in its language), themes and whom it addresses. */
export function RecommendationItem({
  ctx,
  recommendation,
  source,
  practices = [],
}: {
  ctx: TViewContext;
  recommendation: TRecommendation;
  /** On search results: the event the recommendation comes from. */
  source?: { href: string; title: string };
  /** On the outcome page: published practices that respond to it. */
  practices?: readonly TRespondingPractice[];
}) {
  const { t, locale } = ctx;
  return (
    <li class="recommendation" id={`recommendation-${recommendation.id}`}>
      <p>
        <span class="verb">{t(`events.verb.${recommendation.verb}`)}</span>{' '}
        <span lang={recommendation.language}>{recommendation.text}</span>
      </p>
      {recommendation.themes.length > 0 || recommendation.addressees.length > 0 ? (
        <p class="hint">
          {recommendation.themes.length > 0
            ? t('events.outcome.themesOf', {
                themes: recommendation.themes.map((id) => conceptLabel(id, locale)).join(', '),
              })
            : ''}
          {recommendation.themes.length > 0 && recommendation.addressees.length > 0 ? ' · ' : ''}
          {recommendation.addressees.length > 0
            ? t('events.outcome.addressedTo', { addressees: recommendation.addressees.join(', ') })
            : ''}
        </p>
      ) : null}
      {practices.length > 0 ? (
        <div class="responding">
          <p class="hint">{t('practices.recommendations.respondedBy')}</p>
          <ul>
            {practices.map((p) => (
              <li>
                <a href={ctx.href(`/practices/${encodeURIComponent(p.slug)}`)} lang={p.language}>
                  {p.title}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {source ? (
        <p class="hint">
          {t('events.recommendations.from')} <a href={source.href}>{source.title}</a>
        </p>
      ) : null}
    </li>
  );
}
