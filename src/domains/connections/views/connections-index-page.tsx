import { countryName, languageName } from '../../../i18n/names.ts';
import { conceptLabel, findConcept } from '../../../taxonomy/taxonomy.ts';
import { Pager } from '../../../ui/components/pager.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TListing } from '../connections.record.ts';
import { helpKinds, listingKinds, type TListingKind } from '../connections.schemas.ts';
import { ListingCard } from './listing-card.tsx';

/** What the browse page was asked for, read from its query string. */
export type TBrowseQuery = {
  kind: TListingKind | null;
  help: string | null;
  topic: string[];
  country: string[];
  lang: string[];
  page: number;
};

type TFacetCounts = {
  kinds: Map<string, number>;
  helpKinds: Map<string, number>;
  terms: Map<string, number>;
};

function queryString(q: TBrowseQuery, change: Partial<TBrowseQuery>): string {
  const next = { ...q, page: 1, ...change };
  const params = new URLSearchParams();
  if (next.kind) params.set('kind', next.kind);
  if (next.help) params.set('help', next.help);
  for (const v of next.topic) params.append('topic', v);
  for (const v of next.country) params.append('country', v);
  for (const v of next.lang) params.append('lang', v);
  if (next.page > 1) params.set('page', String(next.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

const toggled = (list: string[], value: string) =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

type TFacetItem = { value: string; label: string; count: number; isOn: boolean; href: string };

function Facet({
  ctx,
  id,
  title,
  items,
}: {
  ctx: TViewContext;
  id: string;
  title: string;
  items: TFacetItem[];
}) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={`facet-${id}`}>
      <h3 id={`facet-${id}`}>{title}</h3>
      <ul>
        {items.map((item) => (
          <li>
            <a href={ctx.href(`/connections${item.href}`)} aria-current={item.isOn ? 'true' : undefined}>
              {item.label}
            </a>{' '}
            <span class="count">{ctx.i18n.formatNumber(item.count)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Offers and needs of member organisations, newest first, with facets to narrow them. */
export function ConnectionsIndexPage(props: {
  ctx: TViewContext;
  query: TBrowseQuery;
  items: TListing[];
  total: number;
  pageSize: number;
  facets: TFacetCounts;
  canCreate: boolean;
}) {
  const { ctx, query: q, facets } = props;
  const { t, locale } = ctx;
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  const byCount = (a: TFacetItem, b: TFacetItem) =>
    b.count - a.count || a.label.localeCompare(b.label, locale);
  const terms = [...facets.terms];
  const kindItems = listingKinds
    .filter((k) => facets.kinds.has(k) || q.kind === k)
    .map((k) => ({
      value: k,
      label: t(`connections.kindPlural.${k}`),
      count: facets.kinds.get(k) ?? 0,
      isOn: q.kind === k,
      href: queryString(q, { kind: q.kind === k ? null : k }),
    }));
  const helpItems = helpKinds
    .filter((h) => facets.helpKinds.has(h) || q.help === h)
    .map((h) => ({
      value: h,
      label: t(`connections.help.${h}`),
      count: facets.helpKinds.get(h) ?? 0,
      isOn: q.help === h,
      href: queryString(q, { help: q.help === h ? null : h }),
    }));
  const topicItems = terms
    .filter(([term]) => findConcept(term)?.scheme === 'theme')
    .map(([term, count]) => ({
      value: term,
      label: conceptLabel(term, locale),
      count,
      isOn: q.topic.includes(term),
      href: queryString(q, { topic: toggled(q.topic, term) }),
    }))
    .sort(byCount)
    .slice(0, 15);
  const countryItems = terms
    .filter(([term]) => term.startsWith('country:'))
    .map(([term, count]) => {
      const code = term.slice('country:'.length).toUpperCase();
      return {
        value: code,
        label: countryName(locale, code),
        count,
        isOn: q.country.includes(code),
        href: queryString(q, { country: toggled(q.country, code) }),
      };
    })
    .sort(byCount)
    .slice(0, 15);
  const languageItems = terms
    .filter(([term]) => term.startsWith('lang:'))
    .map(([term, count]) => {
      const tag = term.slice('lang:'.length);
      return {
        value: tag,
        label: languageName(locale, tag),
        count,
        isOn: q.lang.includes(tag),
        href: queryString(q, { lang: toggled(q.lang, tag) }),
      };
    })
    .sort(byCount);
  return (
    <Layout ctx={ctx} title={t('connections.title')} description={t('connections.lead')}>
      <h1>{t('connections.title')}</h1>
      <p class="lead">{t('connections.lead')}</p>
      <p class="actions">
        {props.canCreate ? (
          <>
            <a class="button" href={ctx.href('/connections/offers/new')}>
              {t('connections.publishOffer')}
            </a>{' '}
            <a class="button" href={ctx.href('/connections/needs/new')}>
              {t('connections.publishNeed')}
            </a>{' '}
          </>
        ) : null}
        {ctx.user ? <a href={ctx.href('/workspace/connections')}>{t('connections.workspace.link')}</a> : null}
      </p>
      <div class="with-facets">
        <aside class="facets" aria-label={t('connections.facets')}>
          <h2>{t('connections.facets')}</h2>
          <Facet ctx={ctx} id="kind" title={t('connections.facet.kind')} items={kindItems} />
          <Facet ctx={ctx} id="help" title={t('connections.facet.help')} items={helpItems} />
          <Facet ctx={ctx} id="topic" title={t('connections.facet.topic')} items={topicItems} />
          <Facet ctx={ctx} id="country" title={t('connections.facet.country')} items={countryItems} />
          <Facet ctx={ctx} id="lang" title={t('connections.facet.language')} items={languageItems} />
          {queryString(q, {}) ? (
            <p>
              <a href={ctx.href('/connections')}>{t('connections.clearFilters')}</a>
            </p>
          ) : null}
        </aside>
        <section aria-labelledby="listings-title">
          <h2 id="listings-title">{t('connections.count', { count: props.total })}</h2>
          {props.items.length === 0 ? <p>{t('connections.empty')}</p> : null}
          <ul class="cards">
            {props.items.map((listing) => (
              <ListingCard ctx={ctx} listing={listing} />
            ))}
          </ul>
          <Pager
            ctx={ctx}
            messages="connections"
            page={q.page}
            pages={pages}
            hrefOf={(n) => ctx.href(`/connections${queryString(q, { page: n })}`)}
          />
        </section>
      </div>
    </Layout>
  );
}
