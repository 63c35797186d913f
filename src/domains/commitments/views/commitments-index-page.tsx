import { countriesSorted } from '../../../i18n/names.ts';
import { stakeholderTypeLabel, stakeholderTypes } from '../../../taxonomy/organization-vocabulary.ts';
import { conceptLabel, conceptsOf } from '../../../taxonomy/taxonomy.ts';
import { FilterSelect } from '../../../ui/components/filter-select.tsx';
import { Pager } from '../../../ui/components/pager.tsx';
import type { TOption } from '../../../ui/components/select-field.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { commitmentFacets, facetLabel, kindLabel } from '../commitment-vocabulary.ts';
import type { TCycle, TListedCommitment } from '../commitments.record.ts';
import { filterQueryString, type TCommitmentFilter } from '../commitments.schemas.ts';
import {
  CommitmentsPage,
  CommitmentTitleLink,
  countriesText,
  cycleText,
  LightBadge,
  ProgressBadge,
} from './commitment-bits.tsx';

export type TCommitmentsIndexProps = {
  ctx: TViewContext;
  filter: TCommitmentFilter;
  cycles: TCycle[];
  items: TListedCommitment[];
  total: number;
  page: number;
  pageSize: number;
  canCreate: boolean;
  canReview: boolean;
  canManageRounds: boolean;
};

/** One published commitment in a listing: title, lead, progress and its staleness light. */
export function CommitmentListItem({ ctx, item }: { ctx: TViewContext; item: TListedCommitment }) {
  return (
    <li>
      <h3>
        <CommitmentTitleLink ctx={ctx} item={item} />
      </h3>
      <p class="meta">
        <span dir="auto">{item.leadName}</span>
        <span>{kindLabel(ctx.i18n, item.kind)}</span>
        <span>{countriesText(ctx, item.countries)}</span>
        <span>{ctx.t('commitments.value.cycle', { cycle: item.cycleSlug.replace('-', '–') })}</span>
        <ProgressBadge ctx={ctx} status={item.progressStatus} percent={item.progressPercent} />
        <LightBadge ctx={ctx} light={item.light} />
      </p>
    </li>
  );
}

/**
 * The listing's filters, in order: the filter's name, its label's key among the fields, and its options
 * (values with their labels in the reader's language).
 */
function filterSelects(
  ctx: TViewContext,
  cycles: readonly TCycle[],
): { name: Exclude<keyof TCommitmentFilter, 'q'>; label: string; options: TOption[] }[] {
  const { i18n, locale } = ctx;
  const labelled = (values: readonly string[], labelOf: (value: string) => string) =>
    values.map((value) => ({ value, label: labelOf(value) }));
  const concepts = (scheme: 'five_r' | 'sdg_target' | 'theme') =>
    labelled(
      conceptsOf(scheme).map((c) => c.id),
      (id) => conceptLabel(id, locale),
    );
  return [
    { name: 'cycle', label: 'cycle', options: cycles.map((c) => ({ value: c.slug, label: cycleText(c) })) },
    ...(['kind', 'stage', 'level', 'progress', 'light'] as const).map((facet) => ({
      name: facet,
      label: facet,
      options: labelled(commitmentFacets[facet].values, (value) => facetLabel(i18n, facet, value)),
    })),
    { name: 'fiveR', label: 'fiveR', options: concepts('five_r') },
    { name: 'sdg', label: 'sdg', options: concepts('sdg_target') },
    { name: 'theme', label: 'themes', options: concepts('theme') },
    {
      name: 'country',
      label: 'country',
      options: countriesSorted(locale).map((c) => ({ value: c.code, label: c.name })),
    },
    {
      name: 'type',
      label: 'stakeholderType',
      options: labelled(stakeholderTypes, (k) => stakeholderTypeLabel(i18n, k)),
    },
  ];
}

/** Every published commitment, narrowed by kind, stage, level, progress, light, 5R, SDG, country… */
export function CommitmentsIndexPage(props: TCommitmentsIndexProps) {
  const { ctx, filter, items, total, page, pageSize } = props;
  const { t, locale } = ctx;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const path = ctx.href('/commitments');
  const query = filterQueryString(filter);
  return (
    <CommitmentsPage ctx={ctx} page="index" hasLead isLeadDescribing>
      <p class="actions">
        {props.canCreate ? (
          <a class="button" href={ctx.href('/commitments/new')}>
            {t('commitments.index.declare')}
          </a>
        ) : null}{' '}
        {ctx.user ? <a href={ctx.href('/commitments/mine')}>{t('commitments.index.mine')}</a> : null}{' '}
        {props.canReview ? (
          <a href={ctx.href('/commitments/review')}>{t('commitments.index.review')}</a>
        ) : null}{' '}
        <a href={ctx.href('/commitments/dashboard')}>{t('commitments.index.dashboard')}</a>{' '}
        <a href={ctx.href('/commitments/rounds')}>{t('commitments.index.rounds')}</a>
      </p>
      <form novalidate class="filters" method="get" action={path} aria-labelledby="filters-title">
        <h2 id="filters-title">{t('commitments.filter.title')}</h2>
        <div class="filters-grid">
          <div class="field">
            <label for="filter-q">{t('commitments.filter.q')}</label>
            <input id="filter-q" type="search" name="q" value={filter.q ?? ''} />
          </div>
          {filterSelects(ctx, props.cycles).map(({ name, label, options }) => (
            <FilterSelect
              anyLabel={t('commitments.filter.any')}
              name={name}
              label={t(`commitments.field.${label}`)}
              value={filter[name]}
              options={options}
            />
          ))}
        </div>
        <p>
          <button type="submit">{t('commitments.filter.apply')}</button>{' '}
          {query ? <a href={path}>{t('commitments.filter.clear')}</a> : null}
        </p>
      </form>
      <section aria-labelledby="results-title">
        <h2 id="results-title">{t('commitments.index.count', { count: total })}</h2>
        <p>
          <a href={`/api/v1/commitments${query}`}>{t('commitments.index.json')}</a>
          {' · '}
          <a href={`/api/v1/commitments${filterQueryString(filter, { format: 'csv' })}`}>
            {t('commitments.index.csv')}
          </a>
          {' · '}
          <a href={ctx.href('/commitments/codebook')}>{t('commitments.index.codebook')}</a>
          {' · '}
          <a href={`/feeds/commitments.atom?locale=${locale}`}>{t('commitments.index.feed')}</a>
        </p>
        {items.length === 0 ? <p>{t('commitments.index.empty')}</p> : null}
        <ul class="commitment-list">
          {items.map((item) => (
            <CommitmentListItem ctx={ctx} item={item} />
          ))}
        </ul>
        <Pager
          ctx={ctx}
          messages="commitments.index"
          page={page}
          pages={pages}
          hrefOf={(n) => `${path}${filterQueryString(filter, { page: String(n) })}`}
        />
      </section>
    </CommitmentsPage>
  );
}
