import { regionLabel } from '../../../taxonomy/region-label.ts';
import { conceptLabel } from '../../../taxonomy/taxonomy.ts';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TCommunity } from '../communities.record.ts';
import type { TMemberRole } from '../communities.schemas.ts';
import type { TDirectoryFilter, TFacetCount } from '../communities.service.ts';
import { CommunityCard, communityPath } from './community-bits.tsx';

export type TDirectoryProps = {
  ctx: TViewContext;
  filter: TDirectoryFilter;
  items: { community: TCommunity; role: TMemberRole | null }[];
  total: number;
  facets: { theme: TFacetCount[]; region: TFacetCount[]; joinPolicy: TFacetCount[] };
  mineCount: number;
  proposals: TCommunity[];
  /** For the secretariat: active communities nobody facilitates any more (docs/adr/0080). */
  withoutFacilitator: TCommunity[];
  canCreate: boolean;
  canPropose: boolean;
  canDecide: boolean;
};

/** The directory of communities: facets with counts beside the list, proposals for the secretariat. */
export function DirectoryPage(props: TDirectoryProps) {
  const { ctx, filter } = props;
  const { t, locale } = ctx;
  const query = (change: Partial<Record<keyof TDirectoryFilter, string | null>>) => {
    const params = new URLSearchParams();
    const merged = { ...filter, mine: filter.mine ? '1' : undefined, ...change };
    for (const [key, value] of Object.entries(merged)) if (value) params.set(key, String(value));
    const text = params.toString();
    return ctx.href(`/communities${text ? `?${text}` : ''}`);
  };
  const facet = (name: 'theme' | 'region' | 'joinPolicy', label: (value: string) => string) => (
    <section aria-labelledby={`facet-${name}`}>
      <h3 id={`facet-${name}`}>{t(`communities.facet.${name}`)}</h3>
      <ul>
        {filter[name] ? (
          <li>
            <a href={query({ [name]: null })}>{t('communities.facet.any')}</a>
          </li>
        ) : null}
        {props.facets[name].map((f) => (
          <li>
            <a href={query({ [name]: f.value })} aria-current={filter[name] === f.value ? 'true' : undefined}>
              {label(f.value)}
            </a>{' '}
            <span class="count">({f.count})</span>
          </li>
        ))}
      </ul>
    </section>
  );
  return (
    <Layout ctx={ctx} title={t('communities.title')} description={t('communities.lead')}>
      <h1>{t('communities.title')}</h1>
      <p class="lead">{t('communities.lead')}</p>
      {props.canCreate || props.canPropose ? (
        <p class="actions">
          <a class="button" href={ctx.href('/communities/new')}>
            {props.canCreate ? t('communities.create') : t('communities.propose')}
          </a>
        </p>
      ) : null}
      {props.proposals.length > 0 ? (
        <section aria-labelledby="proposals-title">
          <h2 id="proposals-title">{t('communities.proposals.title')}</h2>
          <ul>
            {props.proposals.map((p) => (
              <li>
                <a href={ctx.href(communityPath(p.slug))} lang={p.language} dir="auto">
                  {p.name}
                </a>{' '}
                <span class="tag">{t('communities.status.proposed')}</span>
              </li>
            ))}
          </ul>
          {props.canDecide ? <p class="hint">{t('communities.proposals.hint')}</p> : null}
        </section>
      ) : null}
      {props.withoutFacilitator.length > 0 ? (
        <section aria-labelledby="without-facilitator-title">
          <h2 id="without-facilitator-title">{t('communities.noFacilitator.title')}</h2>
          <ul>
            {props.withoutFacilitator.map((c) => (
              <li>
                <a href={ctx.href(`${communityPath(c.slug)}#members-title`)} lang={c.language} dir="auto">
                  {c.name}
                </a>
              </li>
            ))}
          </ul>
          <p class="hint">{t('communities.noFacilitator.secretariatHint')}</p>
        </section>
      ) : null}
      <div class="with-facets">
        <aside class="facets" aria-labelledby="facets-title">
          <h2 id="facets-title">{t('communities.facets')}</h2>
          {ctx.user ? (
            <p>
              <a
                href={query({ mine: filter.mine ? null : '1' })}
                aria-current={filter.mine ? 'true' : undefined}
              >
                {t('communities.mine', { count: props.mineCount })}
              </a>
            </p>
          ) : null}
          {facet('theme', (v) => conceptLabel(v, locale))}
          {facet('region', (v) => regionLabel(ctx.i18n, v))}
          {facet('joinPolicy', (v) => t(`communities.joinPolicy.${v}`))}
        </aside>
        <section aria-labelledby="list-title">
          <h2 id="list-title">{t('communities.found', { count: props.items.length, total: props.total })}</h2>
          {props.items.length === 0 ? <p>{t('communities.empty')}</p> : null}
          <ul class="cards">
            {props.items.map((i) => (
              <CommunityCard ctx={ctx} community={i.community} role={i.role} />
            ))}
          </ul>
        </section>
      </div>
    </Layout>
  );
}
