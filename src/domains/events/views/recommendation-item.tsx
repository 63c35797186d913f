import { conceptLabel } from '../../../taxonomy/taxonomy.ts';
import { ListText, Tx } from '../../../ui/components/bidi.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { addresseeKinds, isOneOf } from '../event-vocabulary.ts';
import type { TRecommendation, TRespondingPractice } from '../events.record.ts';

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
      <p class="verb">
        <span class="badge">{t(`events.verb.${recommendation.verb}`)}</span>
      </p>
      <p class="recommendation-text" lang={recommendation.language} dir="auto">
        {recommendation.text}
      </p>
      {recommendation.themes.length > 0 || recommendation.addressees.length > 0 ? (
        <p class="hint">
          {recommendation.themes.length > 0
            ? t('events.outcome.themesOf', {
                themes: ctx.i18n.formatList(recommendation.themes.map((id) => conceptLabel(id, locale))),
              })
            : ''}
          {recommendation.themes.length > 0 && recommendation.addressees.length > 0 ? ' · ' : ''}
          {recommendation.addressees.length > 0 ? (
            <Tx
              ctx={ctx}
              k="events.outcome.addressedTo"
              nodes={{
                addressees: (
                  <ListText
                    ctx={ctx}
                    items={recommendation.addressees.map((a) =>
                      isOneOf(addresseeKinds, a) ? t(`events.addressee.${a}`) : a,
                    )}
                  />
                ),
              }}
            />
          ) : (
            ''
          )}
        </p>
      ) : null}
      {practices.length > 0 ? (
        <div class="responding">
          <p class="hint">{t('practices.recommendations.respondedBy')}</p>
          <ul>
            {practices.map((p) => (
              <li>
                <a href={ctx.href(`/practices/${encodeURIComponent(p.slug)}`)} lang={p.language} dir="auto">
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
