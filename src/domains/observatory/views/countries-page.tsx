import { countryName } from '../../../i18n/names.ts';
import { conceptLabel, conceptsOf } from '../../../taxonomy/taxonomy.ts';
import { ColumnTable, numberColumn, rowHeaderColumn } from '../../../ui/components/column-table.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { alpha2ByM49 } from '../m49.ts';
import { seriesTitle } from '../observatory-display.ts';
import type { readSeriesFigures } from '../observatory-pages.service.ts';
import { valueText } from './observatory-bits.tsx';
import { ObservatoryStyles } from './observatory-styles.tsx';

/** A country as the table lists it: its code and its name in the reader's language. */
type TCountry = { code: string; name: string };

/** /{locale}/countries: every country, how many care figures the hub holds for it, its key figure; the regions. */
export function CountriesPage({
  ctx,
  counts,
  keyFigures,
}: {
  ctx: TViewContext;
  counts: ReadonlyMap<string, number>;
  keyFigures: Awaited<ReturnType<typeof readSeriesFigures>> | null;
}) {
  const { t, i18n } = ctx;
  const key = new Map((keyFigures?.countries ?? []).map((c) => [c.country, c.figure]));
  const unit = keyFigures?.series.unit_code ?? '';
  const countries = [...new Set(alpha2ByM49.values())]
    .filter((code) => code !== 'AQ')
    .map((code) => ({ code, name: countryName(ctx.locale, code) }))
    .sort((a, b) => a.name.localeCompare(b.name, ctx.locale));
  const regions = conceptsOf('region').filter((r) => r.notation && !r.broader.length);
  return (
    <Layout ctx={ctx} title={t('observatory.countries.title')} description={t('observatory.countries.lead')}>
      <ObservatoryStyles />
      <h1>{t('observatory.countries.title')}</h1>
      <p class="lead">{t('observatory.countries.lead')}</p>
      <nav aria-label={t('observatory.regions.title')}>
        <h2>{t('observatory.regions.title')}</h2>
        <ul class="chips">
          {regions.map((r) => (
            <li>
              <a href={ctx.href(`/regions/${r.notation}`)}>{conceptLabel(r.id, ctx.locale)}</a>
            </li>
          ))}
          <li>
            <a href={ctx.href('/regions/001')}>{t('common.region.001')}</a>
          </li>
        </ul>
      </nav>
      <h2>{t('observatory.countries.all')}</h2>
      <ColumnTable
        caption={t('observatory.countries.caption')}
        isCaptionHidden
        items={countries}
        columns={[
          rowHeaderColumn(t('observatory.table.country'), (c: TCountry) => (
            <a href={ctx.href(`/countries/${c.code}`)}>{c.name}</a>
          )),
          numberColumn(t('observatory.countries.values'), (c: TCountry) =>
            i18n.formatNumber(counts.get(c.code) ?? 0),
          ),
          {
            header: keyFigures ? seriesTitle(i18n, keyFigures.series) : t('observatory.countries.keyFigure'),
            cell: (c) => {
              const f = key.get(c.code);
              return f?.women && f.men
                ? t('observatory.countries.womenMen', {
                    women: valueText(i18n, f.women, unit),
                    men: valueText(i18n, f.men, unit),
                    year: String(f.year),
                  })
                : '';
            },
          },
        ]}
      />
    </Layout>
  );
}
