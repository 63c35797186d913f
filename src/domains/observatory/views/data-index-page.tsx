import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { topics } from '../indicator-catalogue.ts';
import type { TSeries } from '../observatory.service.ts';
import { seriesTitle, unitName } from '../observatory-display.ts';
import { Citation } from './observatory-bits.tsx';
import { ObservatoryStyles } from './observatory-styles.tsx';

/** /{locale}/data: every series the hub holds, by topic, with its coverage. */
export function DataIndexPage({ ctx, series }: { ctx: TViewContext; series: readonly TSeries[] }) {
  const { t, i18n } = ctx;
  const groups = [
    ...topics.map((topic) => ({
      key: `observatory.topic.${topic}`,
      items: series.filter((s) => s.entry?.topic === topic),
    })),
    { key: 'observatory.topic.other', items: series.filter((s) => !s.entry) },
  ].filter((g) => g.items.length > 0);
  const release =
    series
      .map((s) => s.release)
      .sort()
      .at(-1) ?? '';
  return (
    <Layout ctx={ctx} title={t('observatory.data.title')} description={t('observatory.data.lead')}>
      <ObservatoryStyles />
      <h1>{t('observatory.data.title')}</h1>
      <p class="lead">{t('observatory.data.lead')}</p>
      <p>
        <a href={ctx.href('/countries')}>{t('observatory.countries.title')}</a> ·{' '}
        <a href={ctx.href('/data/codebook')}>{t('observatory.downloads.codebook')}</a> ·{' '}
        <a href="/api/v1/indicators">{t('observatory.data.api')}</a>
      </p>
      {series.length === 0 ? <p>{t('observatory.data.empty')}</p> : null}
      {groups.map((g) => (
        <section>
          <h2>{t(g.key)}</h2>
          <ul class="series-list">
            {g.items.map((s) => (
              <li>
                <a href={ctx.href(`/data/${encodeURIComponent(s.id)}`)}>{seriesTitle(i18n, s)}</a>
                <br />
                <small>
                  {t('observatory.indicator.lead', {
                    countries: s.country_count,
                    first: String(s.first_year ?? ''),
                    last: String(s.last_year ?? ''),
                    unit: unitName(i18n, s.unit_code),
                  })}
                </small>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {release ? <Citation ctx={ctx} release={release} /> : null}
    </Layout>
  );
}
