import { countriesSorted } from '../../../i18n/names.ts';
import { stakeholderTypeLabel, stakeholderTypes } from '../../../taxonomy/organization-vocabulary.ts';
import { conceptLabel, conceptsOf } from '../../../taxonomy/taxonomy.ts';
import { FilterSelect } from '../../../ui/components/filter-select.tsx';
import { Pager } from '../../../ui/components/pager.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import {
  commitmentKinds,
  commitmentLevels,
  commitmentStages,
  kindLabel,
  levelLabel,
  lightLabel,
  progressFilterValues,
  progressLabel,
  stageLabel,
  stalenessLights,
} from '../commitment-vocabulary.ts';
import type { TCycle, TListedCommitment } from '../commitments.record.ts';
import { filterQueryString, type TCommitmentFilter } from '../commitments.schemas.ts';
import {
  CommitmentsStyles,
  countriesText,
  cycleText,
  LightBadge,
  ProgressBadge,
  titleFor,
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
  const title = titleFor(ctx, item);
  return (
    <li>
      <h3>
        <a href={ctx.href(`/commitments/${encodeURIComponent(item.slug)}`)} lang={title.lang} dir="auto">
          {title.text}
        </a>
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

/** Every published commitment, narrowed by kind, stage, level, progress, light, 5R, SDG, country… */
export function CommitmentsIndexPage(props: TCommitmentsIndexProps) {
  const { ctx, filter, items, total, page, pageSize } = props;
  const { t, i18n, locale } = ctx;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const path = ctx.href('/commitments');
  const query = filterQueryString(filter);
  return (
    <Layout ctx={ctx} title={t('commitments.index.title')} description={t('commitments.index.lead')}>
      <CommitmentsStyles />
      <h1>{t('commitments.index.title')}</h1>
      <p class="lead">{t('commitments.index.lead')}</p>
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
          <FilterSelect
            anyLabel={t('commitments.filter.any')}
            name="cycle"
            label={t('commitments.field.cycle')}
            value={filter.cycle}
            options={props.cycles.map((c) => ({ value: c.slug, label: cycleText(c) }))}
          />
          <FilterSelect
            anyLabel={t('commitments.filter.any')}
            name="kind"
            label={t('commitments.field.kind')}
            value={filter.kind}
            options={commitmentKinds.map((k) => ({ value: k, label: kindLabel(i18n, k) }))}
          />
          <FilterSelect
            anyLabel={t('commitments.filter.any')}
            name="stage"
            label={t('commitments.field.stage')}
            value={filter.stage}
            options={commitmentStages.map((s) => ({ value: s, label: stageLabel(i18n, s) }))}
          />
          <FilterSelect
            anyLabel={t('commitments.filter.any')}
            name="level"
            label={t('commitments.field.level')}
            value={filter.level}
            options={commitmentLevels.map((l) => ({ value: l, label: levelLabel(i18n, l) }))}
          />
          <FilterSelect
            anyLabel={t('commitments.filter.any')}
            name="progress"
            label={t('commitments.field.progress')}
            value={filter.progress}
            options={progressFilterValues.map((p) => ({
              value: p,
              label: progressLabel(i18n, p === 'not_reported' ? null : p),
            }))}
          />
          <FilterSelect
            anyLabel={t('commitments.filter.any')}
            name="light"
            label={t('commitments.field.light')}
            value={filter.light}
            options={stalenessLights.map((l) => ({ value: l, label: lightLabel(i18n, l) }))}
          />
          <FilterSelect
            anyLabel={t('commitments.filter.any')}
            name="fiveR"
            label={t('commitments.field.fiveR')}
            value={filter.fiveR}
            options={conceptsOf('five_r').map((c) => ({ value: c.id, label: conceptLabel(c.id, locale) }))}
          />
          <FilterSelect
            anyLabel={t('commitments.filter.any')}
            name="sdg"
            label={t('commitments.field.sdg')}
            value={filter.sdg}
            options={conceptsOf('sdg_target').map((c) => ({
              value: c.id,
              label: conceptLabel(c.id, locale),
            }))}
          />
          <FilterSelect
            anyLabel={t('commitments.filter.any')}
            name="theme"
            label={t('commitments.field.themes')}
            value={filter.theme}
            options={conceptsOf('theme').map((c) => ({ value: c.id, label: conceptLabel(c.id, locale) }))}
          />
          <FilterSelect
            anyLabel={t('commitments.filter.any')}
            name="country"
            label={t('commitments.field.country')}
            value={filter.country}
            options={countriesSorted(locale).map((c) => ({ value: c.code, label: c.name }))}
          />
          <FilterSelect
            anyLabel={t('commitments.filter.any')}
            name="type"
            label={t('commitments.field.stakeholderType')}
            value={filter.type}
            options={stakeholderTypes.map((s) => ({ value: s, label: stakeholderTypeLabel(i18n, s) }))}
          />
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
    </Layout>
  );
}
