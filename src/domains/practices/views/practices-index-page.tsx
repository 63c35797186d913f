import { withParam, withToggled } from '../../../core/listing.ts';
import { FilterDisclosure } from '../../../ui/components/filter-disclosure.tsx';
import { Pager } from '../../../ui/components/pager.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { facetValueLabel } from '../../search/index.ts';
import type { TBrowseFacet } from '../practice-read.service.ts';
import type { TPractice } from '../practice-record.ts';
import { PracticeCard } from './practice-card.tsx';

export type TPracticesIndexProps = {
  ctx: TViewContext;
  params: URLSearchParams;
  items: TPractice[];
  total: number;
  page: number;
  pageSize: number;
  facetCounts: Record<TBrowseFacet, { value: string; count: number }[]>;
  selected: Record<string, string[]>;
  featured: TPractice[];
  canCreate: boolean;
  canReview: boolean;
};

const shownFacets: TBrowseFacet[] = ['theme', 'country', 'kind', 'population', 'region', 'language'];

/** The repository's front: featured practices, then every published one, narrowed by facets. */
export function PracticesIndexPage(props: TPracticesIndexProps) {
  const { ctx, params, items, total, page, pageSize, facetCounts, selected } = props;
  const { t } = ctx;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const isNarrowed = Object.keys(selected).length > 0 || params.get('featured') === '1';
  return (
    <Layout ctx={ctx} title={t('practices.index.title')} description={t('practices.index.lead')}>
      <h1>{t('practices.index.title')}</h1>
      <p class="lead">{t('practices.index.lead')}</p>
      <p class="actions">
        {props.canCreate ? (
          <a class="button" href={ctx.href('/practices/new')}>
            {t('practices.index.submit')}
          </a>
        ) : null}{' '}
        {ctx.user ? <a href={ctx.href('/practices/mine')}>{t('practices.index.mine')}</a> : null}{' '}
        {props.canReview ? <a href={ctx.href('/practices/review')}>{t('practices.index.review')}</a> : null}{' '}
        <a href={ctx.href('/practices/map')}>{t('practices.index.map')}</a>{' '}
        <a href="/feeds/practices.atom">{t('practices.index.feed')}</a>
      </p>
      {!isNarrowed && props.featured.length > 0 ? (
        <section aria-labelledby="featured-title">
          <h2 id="featured-title">{t('practices.index.featured')}</h2>
          <ul class="cards">
            {props.featured.map((p) => (
              <PracticeCard ctx={ctx} practice={p} />
            ))}
          </ul>
        </section>
      ) : null}
      <div class="with-facets">
        <aside class="facets" aria-label={t('practices.index.narrow')}>
          <FilterDisclosure
            ctx={ctx}
            count={
              Object.values(selected).reduce((n, values) => n + values.length, 0) +
              (params.get('featured') === '1' ? 1 : 0)
            }
          >
            <h2>{t('practices.index.narrow')}</h2>
            <p>
              <a
                href={withParam(params, 'featured', params.get('featured') === '1' ? null : '1')}
                aria-current={params.get('featured') === '1' ? 'true' : undefined}
              >
                {t('practices.index.featuredOnly')}
              </a>
            </p>
            {shownFacets.map((facet) =>
              facetCounts[facet].length === 0 ? null : (
                <section>
                  <h3>{t(`search.facet.${facet}`)}</h3>
                  <ul>
                    {facetCounts[facet].slice(0, 30).map(({ value, count }) => {
                      const isOn = selected[facet]?.includes(value) ?? false;
                      return (
                        <li>
                          <a
                            href={withToggled(params, facet, value)}
                            aria-current={isOn ? 'true' : undefined}
                          >
                            {facetValueLabel(ctx, facet, value)}
                          </a>{' '}
                          <span class="count">{ctx.i18n.formatNumber(count)}</span>
                        </li>
                      );
                    })}
                  </ul>
                </section>
              ),
            )}
          </FilterDisclosure>
        </aside>
        <section aria-labelledby="all-title">
          <h2 id="all-title">{t('practices.index.all', { count: total })}</h2>
          <p>
            {t('practices.index.sortLabel')}{' '}
            <a
              href={withParam(params, 'sort', null)}
              aria-current={params.get('sort') !== 'title' ? 'true' : undefined}
            >
              {t('practices.index.sortNewest')}
            </a>{' '}
            <a
              href={withParam(params, 'sort', 'title')}
              aria-current={params.get('sort') === 'title' ? 'true' : undefined}
            >
              {t('practices.index.sortTitle')}
            </a>
            {isNarrowed ? (
              <>
                {' · '}
                <a href={ctx.href('/practices')}>{t('practices.index.clear')}</a>
              </>
            ) : null}
          </p>
          {items.length === 0 ? <p>{t('practices.index.empty')}</p> : null}
          <ul class="cards">
            {items.map((p) => (
              <PracticeCard ctx={ctx} practice={p} />
            ))}
          </ul>
          <Pager ctx={ctx} messages="practices.index" page={page} pages={pages} params={params} />
        </section>
      </div>
    </Layout>
  );
}
