import { countryName } from '../../../i18n/names.ts';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TSeries } from '../observatory.service.ts';
import { seriesTitle } from '../observatory-display.ts';
import type { TFigure } from '../observatory-figures.ts';
import { ageLabel, Citation, valueText } from './observatory-bits.tsx';
import { ObservatoryStyles } from './observatory-styles.tsx';

/**
 * A side panel for pages about a country (a practice, a commitment): the country's headline care
 * figure, women and men, with the year, the survey and the citation, and a link to its page.
 */
export type TKeyFigure = { country: string; series: TSeries; figure: TFigure };

export function KeyFigurePanel({ ctx, keyFigure }: { ctx: TViewContext; keyFigure: TKeyFigure | null }) {
  if (!keyFigure) return null;
  const { t, i18n } = ctx;
  const { country, series, figure } = keyFigure;
  const name = countryName(ctx.locale, country);
  const unit = series.unit_code;
  return (
    <aside class="key-figure" aria-labelledby="key-figure-title">
      <ObservatoryStyles />
      <h2 id="key-figure-title">{t('observatory.panel.title', { country: name })}</h2>
      <p>
        {seriesTitle(i18n, series)}, {String(figure.year)}, {ageLabel(i18n, figure.women?.age ?? '')}:{' '}
        {t('observatory.countries.womenMen', {
          women: valueText(i18n, figure.women, unit),
          men: valueText(i18n, figure.men, unit),
          year: String(figure.year),
        })}
      </p>
      {figure.women?.source ? (
        <p class="provenance" lang="en" dir="ltr">
          {figure.women.source}
        </p>
      ) : null}
      <p>
        <a href={ctx.href(`/countries/${country}`)}>{t('observatory.panel.more', { country: name })}</a>
      </p>
      <Citation ctx={ctx} release={series.release} />
    </aside>
  );
}

/** On a concept page (SDG target 5.4…): the indicators that measure it. */
export function ConceptIndicators({ ctx, series }: { ctx: TViewContext; series: readonly TSeries[] }) {
  if (series.length === 0) return null;
  const { t, i18n } = ctx;
  return (
    <section aria-labelledby="concept-indicators">
      <h2 id="concept-indicators">{t('observatory.concept.title')}</h2>
      <ul>
        {series.map((s) => (
          <li>
            <a href={ctx.href(`/data/${encodeURIComponent(s.id)}`)}>{seriesTitle(i18n, s)}</a>{' '}
            <small>
              {t('observatory.concept.coverage', {
                countries: s.country_count,
                first: String(s.first_year ?? ''),
                last: String(s.last_year ?? ''),
              })}
            </small>
          </li>
        ))}
      </ul>
    </section>
  );
}
