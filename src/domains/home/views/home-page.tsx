import type { Child } from 'hono/jsx';
import { assetUrl } from '../../../ui/assets.ts';
import { PageText } from '../../../ui/components/page-text.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { worldMapImageHeight, worldMapImageWidth } from '../../organizations/index.ts';
import type { THomeContent, THomeFigures } from '../home.service.ts';
import { CampaignTeaserCard, EventTeaserCard, NewsTeaserCard, PracticeTeaserCard } from './home-lists.tsx';

/** What each offer promises, and the page that keeps the promise. */
const offers = [
  ['share', '/practices/new'],
  ['learn', '/practices'],
  ['champion', '/members/champions'],
  ['campaign', '/campaigns'],
  ['connect', '/connections'],
  ['repository', '/search'],
  ['sdg', '/data'],
  ['dialogue', '/communities'],
] as const;
const joinerKeys = [
  'governments',
  'agencies',
  'privateSector',
  'philanthropy',
  'academia',
  'youthFeminist',
  'civilSociety',
] as const;

export function HomePage({ ctx, content }: { ctx: TViewContext; content: THomeContent }) {
  const { t } = ctx;
  return (
    <Layout
      ctx={ctx}
      title={t('home.title')}
      structuredData={[
        {
          '@context': 'https://schema.org',
          '@type': 'WebSite',
          name: t('common.siteName'),
          inLanguage: ctx.locale,
          potentialAction: {
            '@type': 'SearchAction',
            target: `${ctx.href('/search')}?q={query}`,
            'query-input': 'required name=query',
          },
        },
      ]}
    >
      <section class="hero" aria-labelledby="home-title">
        <div>
          <h1 id="home-title">
            <PageText ctx={ctx} name="home.heading" />
          </h1>
          <p class="lead">
            <PageText ctx={ctx} name="home.lead" />
          </p>
          <p>
            <a class="button" href={ctx.href('/join')}>
              {t('home.cta.join')}
            </a>{' '}
            <a class="button secondary" href={ctx.href('/practices')}>
              {t('home.cta.explore')}
            </a>
          </p>
          <Figures ctx={ctx} figures={content.figures} />
        </div>
      </section>
      <HomeSection
        ctx={ctx}
        id="practices"
        isEmpty={content.practices.featured.length + content.practices.newest.length === 0}
      >
        {(['featured', 'newest'] as const).map((group) =>
          content.practices[group].length > 0 ? (
            <>
              <h3 class="subheading">{t(`home.practices.${group}`)}</h3>
              <Cards
                items={content.practices[group]}
                card={(p) => <PracticeTeaserCard ctx={ctx} practice={p} level={4} />}
              />
            </>
          ) : null,
        )}
      </HomeSection>
      <HomeSection ctx={ctx} id="events" isEmpty={content.events.length === 0}>
        <Cards items={content.events} card={(e) => <EventTeaserCard ctx={ctx} event={e} />} />
        <p class="hint">
          <a href={`${ctx.href('/time-zone')}?back=${encodeURIComponent(ctx.href('/'))}`}>
            {t('events.time.change')}
          </a>
        </p>
      </HomeSection>
      <HomeSection ctx={ctx} id="news" isEmpty={content.news.length === 0}>
        <Cards items={content.news} card={(a) => <NewsTeaserCard ctx={ctx} article={a} />} />
      </HomeSection>
      <HomeSection ctx={ctx} id="campaigns" isEmpty={content.campaigns.length === 0}>
        <Cards items={content.campaigns} card={(c) => <CampaignTeaserCard ctx={ctx} campaign={c} />} />
      </HomeSection>
      <HomeSection ctx={ctx} id="map" more={['/members/map', 'home.map.all']} isEmpty={false}>
        <figure class="home-map">
          <a href={ctx.href('/members/map')}>
            <img
              src={ctx.href(content.mapImagePath)}
              width={worldMapImageWidth}
              height={worldMapImageHeight}
              alt={t('home.map.alt', {
                members: content.figures.members,
                countries: content.figures.countries,
              })}
              loading="lazy"
              decoding="async"
            />
          </a>
        </figure>
      </HomeSection>
      <TextSection ctx={ctx} id="why" hasBody />
      <TextSection ctx={ctx} id="offers">
        <ul class="cards offers">
          {offers.map(([key, path]) => (
            <li class="card">
              <h3>
                <a href={ctx.href(path)}>
                  <PageText ctx={ctx} name={`home.offers.${key}.title`} />
                </a>
              </h3>
              <p>
                <PageText ctx={ctx} name={`home.offers.${key}.body`} />
              </p>
            </li>
          ))}
        </ul>
      </TextSection>
      <section aria-labelledby="who-title">
        <h2 id="who-title">{t('home.who.title')}</h2>
        <ul>
          {joinerKeys.map((key) => (
            <li>{t(`home.who.${key}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="commit-title">
        <h2 id="commit-title">{t('home.commitments.title')}</h2>
        <p>{t('home.commitments.body', { start: 2021, end: 2026 })}</p>
      </section>
      <TextSection ctx={ctx} id="join" hasBody>
        <p>
          <a class="button" href={ctx.href('/join')}>
            {t('home.cta.join')}
          </a>
        </p>
      </TextSection>
      <script src={assetUrl('time-zone.js')} defer />
    </Layout>
  );
}

/**
 * A section of live content: its heading, its cards (or a line saying there is nothing yet), and a
 * link to all (`more`: its path and words; the section's own list, `/<id>`, unless told).
 */
function HomeSection({
  ctx,
  id,
  more = [`/${id}`, `home.${id}.all`],
  isEmpty,
  children,
}: {
  ctx: TViewContext;
  id: 'practices' | 'events' | 'news' | 'campaigns' | 'map';
  more?: readonly [path: string, key: string];
  isEmpty: boolean;
  children?: Child;
}) {
  const { t } = ctx;
  return (
    <section aria-labelledby={`home-${id}-title`} class="home-section">
      <h2 id={`home-${id}-title`}>{t(`home.${id}.title`)}</h2>
      {isEmpty ? <p>{t(`home.${id}.none`)}</p> : children}
      <p class="more">
        <a href={ctx.href(more[0])}>{t(more[1])}</a>
      </p>
    </section>
  );
}

/** A section of the secretariat's words (page texts `home.<id>.title`, and `.body` when it has one). */
function TextSection(props: {
  ctx: TViewContext;
  id: 'why' | 'offers' | 'join';
  hasBody?: boolean;
  children?: Child;
}) {
  const { ctx, id } = props;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        <PageText ctx={ctx} name={`home.${id}.title`} />
      </h2>
      {props.hasBody ? (
        <p>
          <PageText ctx={ctx} name={`home.${id}.body`} />
        </p>
      ) : null}
      {props.children}
    </section>
  );
}

/** A list of cards, one for each item. */
function Cards<T>({ items, card }: { items: readonly T[]; card: (item: T) => Child }) {
  return <ul class="cards">{items.map(card)}</ul>;
}

/** The alliance in numbers; each figure links to the list it counts. */
function Figures({ ctx, figures }: { ctx: TViewContext; figures: THomeFigures }) {
  const { t, i18n } = ctx;
  const rows: readonly [keyof THomeFigures, string | null][] = [
    ['members', '/members'],
    ['countries', '/members/map'],
    ['practices', '/practices'],
    ['upcomingEvents', '/events'],
    ['openCampaigns', '/campaigns'],
    ['communities', '/communities'],
    ['discussions', null],
  ];
  return (
    <section aria-labelledby="home-figures-title">
      <h2 id="home-figures-title" class="visually-hidden">
        {t('home.figures.title')}
      </h2>
      <dl class="stats">
        {rows.map(([key, path]) => {
          const label = t(`home.figures.${key}Label`, { count: figures[key] });
          return (
            <div>
              <dt>{path ? <a href={ctx.href(path)}>{label}</a> : label}</dt>
              <dd>{i18n.formatNumber(figures[key])}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
