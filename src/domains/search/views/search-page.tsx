import { raw } from 'hono/html';
import { withParam, withToggled } from '../../../core/listing.ts';
import { countryName, directionOf, languageName } from '../../../i18n/names.ts';
import { Tx } from '../../../ui/components/bidi.tsx';
import { FilterDisclosure } from '../../../ui/components/filter-disclosure.tsx';
import { Pager } from '../../../ui/components/pager.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { facetNames, facetValueLabel } from '../facet-labels.ts';
import { matchLabels } from '../match-labels.ts';
import { placeChips } from '../place-chips.ts';
import { recordPath, recordTypeLabelKey } from '../record-paths.ts';
import type { THubSearchQuery } from '../search.schemas.ts';
import type { THubHit, THubResult } from '../search.service.ts';

export type TSearchPageProps = {
  ctx: TViewContext;
  params: URLSearchParams;
  query: THubSearchQuery;
  result: THubResult;
};

/** The search page: one box, results with highlighted snippets, facets that narrow, exports. */
export function SearchPage({ ctx, params, query, result }: TSearchPageProps) {
  const { t } = ctx;
  const isBrowse = result.query.isEmpty;
  const pageSize = query.limit;
  const page = Math.floor(query.offset / pageSize) + 1;
  const pages = Math.max(1, Math.ceil(Math.min(result.total, 10_000) / pageSize));
  const exportQuery = new URLSearchParams(params);
  exportQuery.delete('page');
  const exportSuffix = exportQuery.toString() ? `?${exportQuery.toString()}` : '';
  const title = isBrowse
    ? t('search.browseTitle')
    : t('search.resultsTitle', { query: query.q.slice(0, 80) });
  return (
    <Layout ctx={ctx} title={title} isPrivate={!isBrowse}>
      <h1>
        {isBrowse ? (
          title
        ) : (
          <Tx
            ctx={ctx}
            k="search.resultsTitle"
            values={{ query: query.q.slice(0, 80) }}
            isolate={['query']}
          />
        )}
      </h1>
      <form
        novalidate
        method="get"
        action={ctx.href('/search')}
        role="search"
        class="search-form"
        aria-label={t('search.label')}
      >
        <label for="search-q">{t('search.label')}</label>
        <input id="search-q" name="q" type="search" value={query.q} maxlength={1000} />
        <label for="search-sort">{t('search.sortLabel')}</label>
        <select id="search-sort" name="sort">
          <option value="relevance" selected={query.sort === 'relevance'}>
            {t('search.sortRelevance')}
          </option>
          <option value="newest" selected={query.sort === 'newest'}>
            {t('search.sortNewest')}
          </option>
        </select>
        <button type="submit">{t('search.submit')}</button>
      </form>
      {result.didYouMean ? (
        <p class="notice" role="status">
          {t('search.didYouMean', { query: query.q.slice(0, 80) })}{' '}
          <a href={`${ctx.href('/search')}${withParam(params, 'q', result.didYouMean)}`}>
            {result.didYouMean}
          </a>
        </p>
      ) : null}
      <div class="with-facets">
        <aside class="facets" aria-label={t('search.narrow')}>
          <FilterDisclosure
            ctx={ctx}
            count={Object.values(query.filters).reduce((n, values) => n + (values?.length ?? 0), 0)}
          >
            <h2>{t('search.narrow')}</h2>
            {result.facetsSampleSize !== undefined ? (
              <p class="facets-note">{t('search.facetsSample', { count: result.facetsSampleSize })}</p>
            ) : null}
            {facetNames.map((facet) => {
              const counts = result.facets[facet] ?? [];
              if (counts.length === 0) return null;
              const chosen = query.filters[facet] ?? [];
              return (
                <section>
                  <h3>{t(`search.facet.${facet}`)}</h3>
                  <ul>
                    {counts.slice(0, 20).map(({ value, count }) => (
                      <li>
                        <a
                          href={withToggled(params, facet, value)}
                          aria-current={chosen.includes(value) ? 'true' : undefined}
                        >
                          {facetValueLabel(ctx, facet, value)}
                        </a>{' '}
                        <span class="count">{ctx.i18n.formatNumber(count)}</span>
                      </li>
                    ))}
                  </ul>
                </section>
              );
            })}
          </FilterDisclosure>
        </aside>
        <section aria-labelledby="results-title">
          <h2 id="results-title">
            {result.isTotalExact
              ? t('search.count', { count: result.total })
              : t('search.countAtLeast', { count: result.total })}
          </h2>
          <PlaceChips ctx={ctx} chips={placeChips(ctx, params, result.query.concepts, query.filters)} />
          {Object.keys(query.filters).length > 0 ? (
            <p>
              <a href={`${ctx.href('/search')}${query.q ? `?q=${encodeURIComponent(query.q)}` : ''}`}>
                {t('search.clearFilters')}
              </a>
            </p>
          ) : null}
          {result.items.length === 0 ? (
            <p>{t(isBrowse ? 'search.emptyBrowse' : 'search.noResults')}</p>
          ) : null}
          <ol class="results">
            {result.items.map((hit) => (
              <SearchHit ctx={ctx} hit={hit} />
            ))}
          </ol>
          <Pager ctx={ctx} messages="search" page={page} pages={pages} params={params} />
          <p class="exports">
            {t('search.download')}{' '}
            <a href={`${ctx.href('/search/export.csv')}${exportSuffix}`}>{t('search.csv')}</a>{' '}
            <a href={`${ctx.href('/search/export.json')}${exportSuffix}`}>{t('search.json')}</a>{' '}
            <a href={ctx.href('/open-data/codebook')}>{t('search.codebook')}</a>
          </p>
        </section>
      </div>
    </Layout>
  );
}

function PlaceChips({ ctx, chips }: { ctx: TViewContext; chips: ReturnType<typeof placeChips> }) {
  if (chips.length === 0) return null;
  const { t } = ctx;
  return (
    <nav aria-label={t('search.placeChipsLabel')} class="place-chips">
      <ul class="chips">
        {chips.map((chip) =>
          chip.isActive ? (
            <li>
              <a
                href={chip.href}
                class="chip"
                aria-current="true"
                aria-label={t('search.placeChipRemove', { place: chip.label })}
              >
                {t('search.placeChip', { place: chip.label })} <span aria-hidden="true">×</span>
              </a>
            </li>
          ) : (
            <li>
              <a href={chip.href} class="chip">
                {t('search.placeChipOffer', { place: chip.label })}
              </a>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}

function SearchHit({ ctx, hit }: { ctx: TViewContext; hit: THubHit }) {
  const { t, locale } = ctx;
  const href = ctx.href(recordPath(hit.type, hit.slug));
  const dir = directionOf(hit.language);
  const translation = hit.translation;
  return (
    <li class="result">
      {translation ? (
        <h3 lang={translation.language} dir={directionOf(translation.language)}>
          <a href={href}>{translation.title}</a>
        </h3>
      ) : (
        <h3 lang={hit.language} dir={dir}>
          <a href={href}>{raw(hit.titleHtml)}</a>
        </h3>
      )}
      {translation ? (
        <p class="translated">
          {t('practices.page.translatedFrom', { language: languageName(locale, hit.language) })}{' '}
          <a href={`${href}?original=1`}>
            {t('practices.page.showOriginal')}:{' '}
            <bdi lang={hit.language} dir={dir}>
              {hit.title}
            </bdi>
          </a>
        </p>
      ) : null}
      <p class="meta">
        <span class="badge">{t(recordTypeLabelKey(hit.type))}</span>{' '}
        {(hit.details?.badgeKeys ?? []).map((key) => (
          <span class="badge">{t(key)}</span>
        ))}{' '}
        {hit.isOtherLanguage ? (
          <span class="badge other-language">
            {t('search.otherLanguage', { language: languageName(locale, hit.language) })}
          </span>
        ) : (
          languageName(locale, hit.language)
        )}
        {hit.details?.countries
          ? ` · ${ctx.i18n.formatList(hit.details.countries.map((c) => countryName(locale, c)))}`
          : ''}
      </p>
      {translation ? (
        <p class="snippet" lang={translation.language} dir={directionOf(translation.language)}>
          {translation.summary.length > 300 ? `${translation.summary.slice(0, 297)}…` : translation.summary}
        </p>
      ) : (
        <p class="snippet" lang={hit.language} dir={dir}>
          {raw(hit.snippet)}
        </p>
      )}
      {hit.matched.length > 0 ? (
        <p class="matched">
          {t('search.matched')}{' '}
          {matchLabels(hit.matched, locale).map((label, i) => (
            <>
              {i > 0 ? ' · ' : ''}
              <bdi>{label}</bdi>
            </>
          ))}
        </p>
      ) : null}
    </li>
  );
}
