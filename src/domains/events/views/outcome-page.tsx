import { Tx } from '../../../ui/components/bidi.tsx';
import { Prose } from '../../../ui/components/prose.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { eventText, formatRangeIn } from '../event-display.ts';
import type { TEvent, TRecommendation, TRespondingPractice } from '../events.record.ts';
import { RecommendationItem } from './recommendation-item.tsx';

export type TAxisGroup = { number: number; title: string; recommendations: TRecommendation[] };

/** After an event: what it concluded — summary, recordings, documents and recommendations by axis. */
export function OutcomePage({
  ctx,
  event,
  groups,
  canEdit,
  responding = [],
}: {
  ctx: TViewContext;
  event: TEvent;
  groups: TAxisGroup[];
  canEdit: boolean;
  /** Published practices linked to the recommendations (by their editors). */
  responding?: TRespondingPractice[];
}) {
  const { t, locale } = ctx;
  const text = eventText(event, locale);
  const base = `/events/${encodeURIComponent(event.slug)}`;
  const outcome = event.outcome;
  const title = t('events.outcome.title', { title: text.title });
  return (
    <Layout ctx={ctx} title={title} description={outcome?.summary || text.summary}>
      <h1>{title}</h1>
      <p class="lead">
        <a href={ctx.href(base)} lang={text.language} dir="auto">
          {text.title}
        </a>{' '}
        ·{' '}
        <time datetime={event.startsAt}>
          {formatRangeIn(event.startsAt, event.endsAt, locale, event.timeZone, 'medium')}
        </time>
      </p>
      {canEdit ? (
        <p>
          <a class="button secondary" href={ctx.href(`${base}/outcome/edit`)}>
            {t('events.outcome.edit')}
          </a>
        </p>
      ) : null}
      {!outcome ? <p>{t('events.outcome.none')}</p> : null}
      {outcome?.summary ? (
        <section aria-labelledby="summary-title">
          <h2 id="summary-title">{t('events.outcome.summary')}</h2>
          <Prose text={outcome.summary} lang={event.language} />
        </section>
      ) : null}
      {outcome && (outcome.recordings.length > 0 || outcome.documents.length > 0) ? (
        <section aria-labelledby="materials-title">
          <h2 id="materials-title">{t('events.outcome.materials')}</h2>
          <ul>
            {[
              ...outcome.recordings.map((link) => ({ kind: 'recording', link })),
              ...outcome.documents.map((link) => ({ kind: 'document', link })),
            ].map(({ kind, link }) => (
              <li>
                {t(`events.outcome.${kind}`)}{' '}
                <a href={link.url} rel="noopener noreferrer">
                  {link.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {groups.some((g) => g.recommendations.length > 0) ? (
        <section aria-labelledby="recommendations-title" class="recommendations">
          <h2 id="recommendations-title">{t('events.outcome.recommendations')}</h2>
          {groups.map((group) =>
            group.recommendations.length === 0 ? null : (
              <section class="axis" aria-labelledby={`axis-${group.number}`}>
                <h3 id={`axis-${group.number}`}>
                  {group.title ? (
                    <Tx
                      ctx={ctx}
                      k="events.outcome.axis"
                      values={{ number: group.number, title: group.title }}
                      nodes={{
                        title: (
                          <bdi lang={event.language} dir="auto">
                            {group.title}
                          </bdi>
                        ),
                      }}
                    />
                  ) : (
                    t('events.outcome.general')
                  )}
                </h3>
                <ol>
                  {group.recommendations.map((r) => (
                    <RecommendationItem
                      ctx={ctx}
                      recommendation={r}
                      practices={responding.filter((p) => p.recommendationId === r.id)}
                    />
                  ))}
                </ol>
              </section>
            ),
          )}
        </section>
      ) : null}
    </Layout>
  );
}
