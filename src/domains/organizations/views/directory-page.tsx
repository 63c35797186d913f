import { countriesSorted, countryName } from '../../../i18n/names.ts';
import {
  regions,
  scopeLabel,
  scopes,
  stakeholderTypeLabel,
  stakeholderTypes,
} from '../../../taxonomy/organization-vocabulary.ts';
import { regionLabel } from '../../../taxonomy/region-label.ts';
import { FilterDisclosure } from '../../../ui/components/filter-disclosure.tsx';
import { FilterSelect } from '../../../ui/components/filter-select.tsx';
import { Pager } from '../../../ui/components/pager.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { directoryQueryString, type TDirectoryFilter } from '../organizations.schemas.ts';
import { displayName, type TDirectory, type TFacetCount } from '../organizations.service.ts';

/** The public member directory: text filter, facets with counts, one card per member, stable pages. */
export function DirectoryPage({ ctx, directory }: { ctx: TViewContext; directory: TDirectory }) {
  const { t, i18n } = ctx;
  const { filter } = directory;
  const facets = directoryFacets(ctx);
  const base = ctx.href('/members');
  const link = (changes: Partial<TDirectoryFilter>) =>
    `${base}${directoryQueryString(filter, { page: 1, ...changes })}`;
  const apiQuery = directoryQueryString({ ...filter, page: 1 }).replace(/^\?/, '');
  return (
    <Layout
      ctx={ctx}
      title={t('organizations.directory.title')}
      description={t('organizations.directory.lead')}
    >
      <h1>{t('organizations.directory.title')}</h1>
      <p class="lead">{t('organizations.directory.lead')}</p>
      <p class="actions">
        <a href={ctx.href('/members/map')}>{t('organizations.directory.mapLink')}</a>
        <a href={ctx.href('/members/champions')}>{t('organizations.directory.championsLink')}</a>
        <a href={`/api/v1/organizations?format=csv${apiQuery ? `&${apiQuery}` : ''}`}>
          {t('organizations.directory.csvLink')}
        </a>
        <a href={ctx.href('/members/codebook')}>{t('organizations.directory.codebookLink')}</a>
        <a class="button" href={ctx.href('/join')}>
          {t('organizations.directory.joinLink')}
        </a>
      </p>
      <div class="directory">
        <aside class="facets" aria-labelledby="filters-title">
          <FilterDisclosure
            ctx={ctx}
            count={
              [
                filter.type,
                filter.scope,
                filter.country,
                filter.region,
                filter.q,
                filter.isChampion || null,
              ].filter((v) => v !== null).length
            }
          >
            <h2 id="filters-title">{t('organizations.directory.filters')}</h2>
            <form novalidate method="get" action={base} class="stack">
              <div class="field">
                <label for="directory-q">{t('organizations.directory.search')}</label>
                <input id="directory-q" type="search" name="q" value={filter.q ?? ''} maxlength={100} />
              </div>
              {facets.map((f) => (
                <FilterSelect
                  id={`directory-${f.key}`}
                  name={f.key}
                  anyLabel={t('organizations.directory.all')}
                  label={t(`organizations.field.${f.field}`)}
                  value={filter[f.key]}
                  options={f.values.map((v) => ({ value: v, label: f.labelOf(v) }))}
                />
              ))}
              <div class="field checkbox">
                <span>
                  <input
                    id="directory-champion"
                    type="checkbox"
                    name="champion"
                    value="1"
                    checked={filter.isChampion}
                  />{' '}
                  <label for="directory-champion">{t('organizations.directory.championsOnly')}</label>
                </span>
              </div>
              <button type="submit">{t('organizations.directory.apply')}</button>
            </form>
            {facets.map((f) => (
              <FacetList
                ctx={ctx}
                title={t(`organizations.field.${f.field}`)}
                counts={directory.facets[f.key].slice(0, f.shown)}
                labelOf={f.labelOf}
                hrefOf={(v) => link({ [f.key]: v })}
                current={filter[f.key]}
              />
            ))}
            <h3>{t('organizations.champion.badge')}</h3>
            <ul class="facet">
              <li>
                <a href={link({ isChampion: true })} aria-current={filter.isChampion ? 'true' : undefined}>
                  {t('organizations.directory.championsOnly')}
                </a>{' '}
                <span class="count">{i18n.formatNumber(directory.facets.champion)}</span>
              </li>
            </ul>
          </FilterDisclosure>
        </aside>
        <section class="results" aria-labelledby="results-title">
          <h2 id="results-title">{t('organizations.directory.count', { count: directory.total })}</h2>
          {hasFilter(filter) ? (
            <p>
              <a href={base}>{t('organizations.directory.clear')}</a>
            </p>
          ) : null}
          {directory.items.length === 0 ? <p>{t('organizations.directory.empty')}</p> : null}
          <ul class="cards members">
            {directory.items.map((org) => (
              <li class="card">
                <h3>
                  <a href={ctx.href(`/members/${encodeURIComponent(org.slug)}`)} dir="auto">
                    {displayName(org, ctx.locale)}
                  </a>
                  {org.acronym ? (
                    <span class="acronym">
                      {' ('}
                      <bdi>{org.acronym}</bdi>)
                    </span>
                  ) : null}
                </h3>
                {org.isChampion ? (
                  <p>
                    <span class="badge champion">{t('organizations.champion.badge')}</span>
                  </p>
                ) : null}
                <p class="hint">
                  {stakeholderTypeLabel(i18n, org.stakeholderType)}
                  {' · '}
                  {scopeLabel(i18n, org.scope)}
                </p>
                <p>{i18n.formatList(org.countries.map((c) => countryName(ctx.locale, c)))}</p>
              </li>
            ))}
          </ul>
          <Pager
            ctx={ctx}
            messages="organizations.directory"
            page={filter.page}
            pages={directory.pageCount}
            hrefOf={(page) => link({ page })}
          />
        </section>
      </div>
    </Layout>
  );
}

/**
 * The directory's choice filters, in the form's order: each is a select of the filter form and a list
 * of counts beside it (the countries' list shows the first 15).
 */
function directoryFacets(ctx: TViewContext) {
  const { i18n } = ctx;
  const facets: {
    key: 'type' | 'scope' | 'region' | 'country';
    /** Its label's key under `organizations.field`. */
    field: string;
    values: readonly string[];
    labelOf: (value: string) => string;
    shown?: number;
  }[] = [
    {
      key: 'type',
      field: 'stakeholderType',
      values: stakeholderTypes,
      labelOf: (v) => stakeholderTypeLabel(i18n, v),
    },
    { key: 'scope', field: 'scope', values: scopes, labelOf: (v) => scopeLabel(i18n, v) },
    { key: 'region', field: 'region', values: regions, labelOf: (v) => regionLabel(i18n, v) },
    {
      key: 'country',
      field: 'country',
      values: countriesSorted(ctx.locale).map((c) => c.code),
      labelOf: (v) => countryName(ctx.locale, v),
      shown: 15,
    },
  ];
  return facets;
}

function hasFilter(f: TDirectoryFilter): boolean {
  return Boolean(f.q || f.type || f.scope || f.region || f.country || f.isChampion);
}

function FacetList(props: {
  ctx: TViewContext;
  title: string;
  counts: TFacetCount[];
  labelOf: (value: string) => string;
  hrefOf: (value: string) => string;
  current: string | null;
}) {
  if (props.counts.length === 0) return null;
  return (
    <>
      <h3>{props.title}</h3>
      <ul class="facet">
        {props.counts.map((c) => (
          <li>
            <a href={props.hrefOf(c.value)} aria-current={props.current === c.value ? 'true' : undefined}>
              {props.labelOf(c.value)}
            </a>{' '}
            <span class="count">{props.ctx.i18n.formatNumber(c.count)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
